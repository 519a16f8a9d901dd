#!/usr/bin/env python3
"""Coverage of the Korean place reader on a sentence set with location tags (KLUE-NER's character BIO format: a
'## id<TAB>sentence' line, then one 'character<TAB>tag' line per character).

For every span tagged LC it says what the gazetteer makes of it: a country form, a Korean city, a foreign city,
or nothing (the span as written, then without a place particle, then its last word), a city of the state named
first heard by sound (kb/city_sound.py), and, with --context, whether the sentence's place
reader (kiwi's morphemes and `find_places`) puts a place on the span. Spans that name a region, a building or a
Korean place are counted too; the foreign-city line is the one this measures.

usage: PYTHONPATH=. python scripts/place_coverage_ko.py FILE.tsv [--context] [--misses N]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter


def spans(path: str):
    """(sentence, [(start, end)]) for each sentence of the file, the LC spans by character offset."""
    text, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("##"):
                continue
            if not line:
                if text:
                    yield "".join(text), lc_spans(tags)
                text, tags = [], []
                continue
            char, _, tag = line.rpartition("\t")
            text.append(char or " ")
            tags.append(tag)
    if text:
        yield "".join(text), lc_spans(tags)


def lc_spans(tags: list[str]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-LC":
            out.append((start, i))
            start = None
        if tag == "B-LC":
            start = i
    return out


def kind_of(name: str) -> str:
    from readout.kb.geo import country_index, lookup_city
    from readout.lang.ko.places import strip_particle

    words = name.split()
    for form in dict.fromkeys((name, strip_particle(name), words[-1], strip_particle(words[-1]))):
        entry = lookup_city(form)
        if entry is not None:
            return "city KOR" if entry.country == "KOR" else "city foreign"
        if form in country_index():
            return "country"
    state = country_index().get(words[0]) if len(words) > 1 else None
    if state in (None, "KOR", "PRK"):
        return "none"
    from readout.kb.city_sound import city_by_sound
    from readout.kb.loader import lexicon
    from readout.lang.ko.heard_cities import korean_word

    name = strip_particle(words[-1])
    between = words[1:-1]
    heard = None
    if all(w in lexicon("ko")["state_part_nouns"] for w in between) and len(between) <= 1 and not korean_word(name):
        heard = city_by_sound(name, state)  # as lang/ko/heard_cities reads it, whatever particle follows
    return "none after a foreign state" if heard is None else "foreign city heard after its state"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--context", action="store_true", help="also run the sentence's place reader")
    ap.add_argument("--misses", type=int, default=0, help="list this many unresolved spans by frequency")
    args = ap.parse_args()
    from readout.lang.ko import sentences
    from readout.lang.ko.places import find_places

    kinds: Counter[str] = Counter()
    misses: Counter[str] = Counter()  # the spans no form of which resolves
    placed = total = 0
    for text, found in spans(args.file):
        places = []
        if args.context and found:
            for span, tokens in sentences.split(text, 0):
                places += find_places(text[span.start:span.end], span.start, list(tokens))
        for a, b in found:
            name = text[a:b].strip()
            total += 1
            kind = kind_of(name)
            kinds[kind] += 1
            if kind.startswith(("none", "foreign city heard")):
                misses[name] += 1
            placed += any(p.span.start < b and a < p.span.end for p in places)
    print(f"LC spans {total}: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if args.context:
        print(f"placed in context {placed}")
    for name, n in misses.most_common(args.misses):
        print(f"  {n}\t{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
