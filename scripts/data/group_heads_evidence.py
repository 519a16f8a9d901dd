"""Show where the head words of unlisted armed groups' names come from (orgs52, issue 14): the last word of each name
of an armed group in the Phoenix MilNonState dictionary (codes ending in REB, or IMG/INT groups), counted, beside the
heads readout's English lexicon lists (`unlisted_group_heads`). Why a check and no generated file: the heads are a
dozen words kept beside the other armed-group words of lexicon/en.yaml (`armed_group_heads`), and the guard words
that make a name a state's own forces (`state_force_name_words`) come from no dictionary; this script shows each listed
head is a name's last word in the dictionary, and fails (exit 1) when one is not.

Source: openeventdata/petrarch2, Phoenix.MilNonState.actors.txt, MIT licence, Copyright (c) 2014 Open Event Data
Alliance; sector REB as the PLOVER manual defines it (rebels, insurgents, militias).

Usage: python scripts/data/group_heads_evidence.py /work/shared/data/open-event-data [--top 30]
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from phoenix_dict import parse_blocks  # noqa: E402

from readout.kb.loader import lexicon  # noqa: E402


def armed(codes: list[str]) -> bool:
    return any(c.endswith("REB") or c.startswith(("IMG", "INT")) for c in codes)


def last_words(folder: Path) -> collections.Counter:
    """The last word of each armed group's name (a bracketed acronym dropped), title case."""
    counts: collections.Counter = collections.Counter()
    for names, codes in parse_blocks(folder / "Phoenix.MilNonState.actors.txt"):
        if not armed(codes):
            continue
        for name in names:
            words = [w for w in name.replace("+", "_").split("_") if w and not w.startswith("(")]
            if words:
                counts[words[-1].capitalize()] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    counts = last_words(args.folder)
    heads = lexicon("en")["unlisted_group_heads"]
    for word, n in counts.most_common(args.top):
        print(f"{n:5d}  {word}{'  (listed head)' if word in heads else ''}")
    missing = [h for h in heads if counts[h] == 0]
    if missing:
        print("heads no armed group's name ends with:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
