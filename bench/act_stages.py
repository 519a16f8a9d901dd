"""Where each missed act was lost: for every required gold act (not meetings) of a batch in the scorer's format
(`articles.jsonl` + `gold.json`, as ../shared/eval/dev2), the stage of readout's act reading it failed at:

- `found`: an event of its type with an overlapping acting side (and receiving side, where the gold names one);
- `wrong_sides`: an event of its type in the document, with other sides (or another event of that type);
- `no_actor`: an act word of its type was matched and dropped because no one was read as acting;
- `no_recipient`: ... dropped because it needs a receiving side and found none;
- `other_drop`: ... dropped for another reason (history, a pledge of effort, a time budget);
- `skipped`: an act word of its type was matched and never built (negated, inside a name, planned meeting);
- `no_trigger`: no act word of its type anywhere in the document (the lexicon's reach).

Why: the scorer says an act was missed, not why; a class of misses is fixed where it is lost, and the counts say
which stage to work on (the eighteenth session found about one miss in twenty at `no_trigger`, the rest at sides).
It reads each document alone (`readout.api.extract_text`; no cross-document merging) and hooks the act builder
(`pipeline.acts.build_act`, and `acting_side`, `unreceived` where `pipeline.act_build` calls them) and the languages' `find_acts` for the run, so it needs no
change to readout. `--detail` prints, for each act not found, every act word of its type in the document and what
became of it. Usage: `python bench/act_stages.py BATCH_DIR [BATCH_DIR ...] [--detail]`.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from readout.api import extract_text
from readout.lang.en.language import English
from readout.lang.ko.language import Korean
from readout.pipeline import act_build, acts

TRACE: list[dict] = []  # every act word seen and what became of it, in reading order
STATE: dict = {}  # the document being read and the last builder call's steps


def hook():
    """Wrap the act word finders and the act builder so each act word leaves a record in `TRACE`; returns the
    function that puts the originals back (a test must not leave them wrapped)."""
    originals = [(language, language.find_acts) for language in (English, Korean)]
    for language in (English, Korean):
        found = language.find_acts

        def find_acts(self, text, tokens, *rest, found=found):  # rest: the sentence before (acts60), as given
            hits = found(self, text, tokens, *rest)
            TRACE.extend({"doc": STATE["doc"], "stage": "hit", "type": h.type, "word": text[h.start:h.end],
                          "sentence": text} for h in hits)
            return hits
        language.find_acts = find_acts
    acting_side, unreceived, build_act = act_build.acting_side, act_build.unreceived, acts.build_act

    def traced_side(*args, **kwargs):
        STATE["side"] = acting_side(*args, **kwargs)
        return STATE["side"]

    def traced_unreceived(*args, **kwargs):
        STATE["unreceived"] = unreceived(*args, **kwargs)
        return STATE["unreceived"]

    def traced_build(article, sent, lang, text, tokens, hit, *args, **kwargs):
        STATE["side"], STATE["unreceived"] = "not read", False
        event = build_act(article, sent, lang, text, tokens, hit, *args, **kwargs)
        stage = "built" if event is not None else "no_actor" if STATE["side"] is None \
            else "no_recipient" if STATE["unreceived"] else "other_drop"
        sides = event and ([p.country for p in event.participants], [r.country for r in event.recipients])
        TRACE.append({"doc": STATE["doc"], "stage": stage, "type": hit.type, "word": text[hit.start:hit.end],
                      "sentence": text, "sides": sides})
        return event
    act_build.acting_side, act_build.unreceived, acts.build_act = traced_side, traced_unreceived, traced_build

    def undo() -> None:
        for language, found in originals:
            language.find_acts = found
        act_build.acting_side, act_build.unreceived, acts.build_act = acting_side, unreceived, build_act
    return undo


def stage_of(gold: dict, events: list, doc: str) -> str:
    """The stage a gold act was lost at (module docstring), from the document's events and the trace."""
    same = [e for e in events if e.type == gold["type"]]
    actors, recipients = set(gold.get("actors", ())), set(gold.get("recipients", ()))
    if any({p.country for p in e.participants} & actors and (not recipients or {r.country for r in e.recipients}
                                                             & recipients) for e in same):
        return "found"
    if same:
        return "wrong_sides"
    stages = {t["stage"] for t in TRACE if t["doc"] == doc and t["type"] == gold["type"]}
    dropped = sorted(stages - {"hit", "built"})
    return dropped[0] if dropped else "skipped" if stages else "no_trigger"


def batch(folder: Path, detail: bool) -> collections.Counter:
    """The stages of one batch's required gold acts; prints the lost ones' act words with `detail`."""
    gold = json.loads((folder / "gold.json").read_text())["docs"]
    counts: collections.Counter = collections.Counter()
    for line in (folder / "articles.jsonl").read_text().splitlines():
        doc = json.loads(line)
        STATE["doc"] = f"{folder.name}/{doc['id']}"
        events = extract_text(doc["text"], doc["id"], doc.get("published")).events
        for g in gold.get(doc["id"], {}).get("events", ()):
            if g["type"] == "CONSULT" or not g.get("required", True):
                continue
            stage = stage_of(g, events, STATE["doc"])
            counts[stage] += 1
            if detail and stage != "found":
                print(f"## {STATE['doc']} {g['type']} {stage} {g['key']}: {g.get('actors')} -> {g.get('recipients')}")
                for t in TRACE:
                    if t["doc"] == STATE["doc"] and t["type"] == g["type"] and t["stage"] != "hit":
                        print(f"    {t['stage']:12} {t['word']!r:24} {t.get('sides')} {t['sentence'][:120]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", nargs="+", type=Path, help="folders with articles.jsonl and gold.json")
    parser.add_argument("--detail", action="store_true", help="print the act words of each act not found")
    args = parser.parse_args(argv)
    undo = hook()
    total: collections.Counter = collections.Counter()
    try:
        for folder in args.batches:
            counts = batch(folder, args.detail)
            total += counts
            print(folder.name, dict(sorted(counts.items())))
    finally:
        undo()
    print("all", dict(sorted(total.items())), f"({sum(total.values())} required acts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
