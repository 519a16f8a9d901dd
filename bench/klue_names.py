#!/usr/bin/env python3
"""Korean person-name recognition on KLUE-NER dev (text nobody here wrote), run by hand:

    .venv/bin/python bench/klue_names.py [--limit 5000]

Precision and recall of our Korean person mentions (title chains and knowledge-base names) against
the PS spans, by exact surface. readout looks for people with a title or a known name, as diplomatic
news writes them; so recall over all PS spans (nicknames, 박씨, film characters) is expected to be low,
and precision is the figure that matters. Recall is also given for PS spans followed by a title word.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
MARK_RE = re.compile(r"<([^<>:]+):([A-Z]{2})>")


def sentences(limit: int):
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("## klue-ner"):
            markup = line.split("\t", 1)[1]
            plain = MARK_RE.sub(lambda m: m.group(1), markup)
            people = [m.group(1) for m in MARK_RE.finditer(markup) if m.group(2) == "PS"]
            yield plain, people
            limit -= 1
            if limit == 0:
                return


def main() -> None:
    from readout.lang.ko.mentions import find_mentions, title_of
    from readout.lang.ko.sentences import kiwi

    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=5000)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent")
    tp = fp = gold = titled = titled_found = 0
    for plain, people in sentences(args.limit):
        tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(plain)]
        found = [m.surface for m in find_mentions(plain, tokens) if not m.excluded or m.surface]
        remaining = list(people)
        for name in found:
            if name in remaining:
                tp += 1
                remaining.remove(name)
            else:
                fp += 1
        gold += len(people)
        for name in people:
            after = plain.split(name, 1)[1].lstrip().split(" ")[0] if name in plain else ""
            if after and title_of(re.sub(r"[은는이가을를과와의도,.]+$", "", after)):
                titled += 1
                titled_found += name in found
    print(f"sentences {args.limit}: PS spans {gold}, found {tp + fp}")
    print(f"precision {tp / max(1, tp + fp):.3f}  recall {tp / max(1, gold):.3f}  "
          f"recall on names followed by a title {titled_found / max(1, titled):.3f} ({titled} spans)")


if __name__ == "__main__":
    main()
