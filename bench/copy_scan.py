"""Lines of the repository that reproduce the wording of evaluation texts (the copy check of session 13).

Why: real articles are copyrighted and evaluation sentences must stay held out, so tests, fixtures and docstrings
use sentences we write. This scan flags a repository line that shares 7 consecutive English words, or two runs of
14 Hangul-bearing characters (spaces removed), with any text under ../shared/eval/*/articles.jsonl,
../shared/seeds/ or ../shared/eval/plover/articles.jsonl. A flagged line is not always a copy: an official title
followed by a name (the full title of a special envoy, "U.S. <office> <person>") is a fact shared by any text
naming that person; --facts leaves out English n-grams that the knowledge base's own person and office names
cover but for at most two words. The shared texts are read at run time and never written anywhere.

usage (from the repository root): python bench/copy_scan.py [--shared DIR] [--grams] [--facts] [PATH ...]
  --shared DIR  where the shared evaluation tree lives (default: ../shared, then /work/shared)
  --grams       also print the shared n-grams of each flagged line (to see what to reword)
  --facts       do not count English n-grams that are a KB person's name and office title (needs PyYAML)
  PATH ...      limit the scan to these files (default: tracked files under tests readout bench samples docs)
"""
from __future__ import annotations

import argparse
import glob
import json
import re
import subprocess
import sys
from pathlib import Path

EN_N = 7
KO_N = 14
KO_MIN = 2
SUFFIXES = (".py", ".yaml", ".jsonl", ".txt", ".md", ".html")


def en_grams(text: str, n: int = EN_N) -> set[str]:
    """Runs of n consecutive word tokens (apostrophes and hyphens stay inside a word)."""
    words = re.findall(r"[\w'’-]+", text)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def ko_grams(text: str, n: int = KO_N) -> set[str]:
    """Runs of n characters with spaces removed that hold at least one Hangul syllable."""
    flat = re.sub(r"\s+", "", text)
    return {flat[i:i + n] for i in range(len(flat) - n + 1) if re.search("[가-힣]", flat[i:i + n])}


def fact_phrases(root: Path = Path(".")) -> list[list[str]]:
    """Token runs of every person name and English office name in readout/data (lowercased)."""
    import yaml  # only --facts needs it

    phrases: list[str] = []
    persons = yaml.safe_load((root / "readout" / "data" / "persons.yaml").read_text(encoding="utf-8"))
    for entry in _entries(persons):
        phrases += [entry.get("name", "")] + list(entry.get("variants") or [])
    offices = yaml.safe_load((root / "readout" / "data" / "offices.yaml").read_text(encoding="utf-8"))
    for entry in _entries(offices):
        phrases += [entry.get("name", "")] + list(entry.get("en") or [])
    runs = [re.findall(r"[\w'’-]+", str(p).lower()) for p in phrases]
    return [r for r in runs if r]


def _entries(tree: object) -> list[dict]:
    """Every mapping with a 'name' anywhere in a loaded YAML tree."""
    if isinstance(tree, dict):
        found = [tree] if "name" in tree else []
        return found + [e for v in tree.values() for e in _entries(v)]
    if isinstance(tree, list):
        return [e for v in tree for e in _entries(v)]
    return []


def is_fact(gram: str, facts: list[list[str]], slack: int = 2) -> bool:
    """True when KB names and titles cover all but `slack` words of the n-gram. A name or title may run
    past either end of the n-gram; an overlap of one word counts only when it is the whole name."""
    words = gram.lower().split()
    covered = [False] * len(words)
    for run in facts:
        for offset in range(1 - len(run), len(words)):
            lo, hi = max(0, offset), min(len(words), offset + len(run))
            if hi - lo < min(2, len(run)):
                continue
            if all(words[k] == run[k - offset] for k in range(lo, hi)):
                covered[lo:hi] = [True] * (hi - lo)
    return covered.count(False) <= slack


def shared_texts(shared: Path) -> list[str]:
    """Every evaluation article, seed article and PLOVER sentence text under the shared tree."""
    texts: list[str] = []
    for path in sorted(glob.glob(str(shared / "eval" / "*" / "articles.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    for path in sorted(glob.glob(str(shared / "seeds" / "*"))):
        if Path(path).is_file():
            texts.append(Path(path).read_text(encoding="utf-8", errors="replace"))
    return texts


def find_shared() -> Path | None:
    """../shared beside the checkout, else the machine-wide copy."""
    for cand in (Path("..") / "shared", Path("/work/shared")):
        if (cand / "eval").is_dir():
            return cand
    return None


def scan(paths: list[str], shared: Path, show: bool, facts: list[list[str]] | None = None) -> int:
    """Print each flagged line (file:line: counts | text) and return how many there were."""
    en_all: set[str] = set()
    ko_all: set[str] = set()
    for text in shared_texts(shared):
        en_all |= en_grams(text)
        ko_all |= ko_grams(text)
    count = 0
    for name in paths:
        if not name.endswith(SUFFIXES):
            continue
        try:
            lines = Path(name).read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        for i, line in enumerate(lines):
            en_hit = en_grams(line) & en_all
            if facts is not None:
                en_hit = {g for g in en_hit if not is_fact(g, facts)}
            ko_hit = ko_grams(line) & ko_all
            if en_hit or len(ko_hit) >= KO_MIN:
                count += 1
                print(f"{name}:{i + 1}: eng7={len(en_hit)} ko14={len(ko_hit)} | {line.strip()[:160]}")
                if show:
                    for gram in sorted(en_hit | ko_hit):
                        print(f"    {gram}")
    print("TOTAL", count)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--grams", action="store_true")
    parser.add_argument("--facts", action="store_true")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    shared = args.shared or find_shared()
    if shared is None:
        print("no shared evaluation tree (../shared or /work/shared): nothing to scan against", file=sys.stderr)
        return 2
    paths = args.paths or subprocess.run(["git", "ls-files", "tests", "readout", "bench", "samples", "docs"],
                                         capture_output=True, text=True, check=True).stdout.split()
    scan(paths, shared, args.grams, fact_phrases() if args.facts else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
