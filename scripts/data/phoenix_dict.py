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


COUNTRY_HEADER_RE = re.compile(r"[A-Z]{3}")  # a block's one code naming the state ('[PER]')


def country_blocks(path: Path):
    """(state, names, codes, header) per entry of Phoenix.Countries.actors.txt: the file lists a state's institutions
    and people after the block naming the state, so an entry's state is the last header read (None before the
    first); a header block (its one code the state's, '[PER]') comes with header True and its own state."""
    current = None
    for names, codes in parse_blocks(path):
        header = len(codes) == 1 and bool(COUNTRY_HEADER_RE.fullmatch(codes[0]))
        if header:
            current = codes[0]
        yield current, names, codes, header


def country_entries(path: Path):
    """(state, names, codes) per entry of Phoenix.Countries.actors.txt under its state's header block, the headers
    themselves left out (`country_blocks`)."""
    for current, names, codes, header in country_blocks(path):
        if current and not header:
            yield current, names, codes
