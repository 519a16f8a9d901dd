"""Read the Phoenix actor and agent dictionaries (Phoenix.Countries.actors.txt, Phoenix.agents.txt, ...;
MIT) into (names, codes) entries: one reader for the builders of readout's data files and for the actor
string benchmark, which sample the same files."""
from __future__ import annotations

import re
from pathlib import Path


def parse_blocks(path: Path):
    """(names, codes) per entry: a name line, its '+' synonyms, and the codes on it or on the tab lines."""
    names, codes = [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            if names:
                yield names, codes
            names, codes = [], []
            continue
        found = re.findall(r"\[([^\]]+)\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line)
        if line.startswith(("\t", " ")) and not text.strip():
            codes += found
            continue
        if not line.startswith("+") and names and (codes or found):
            yield names, codes
            names, codes = [], []
        if text.strip().lstrip("+").strip():
            names.append(text.strip().lstrip("+").strip())
        codes += found
    if names:
        yield names, codes
