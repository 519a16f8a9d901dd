"""English place mentions: a capitalized city name after a preposition ("in Lima", "visiting
Munster, Germany"), or a country name there ("in Cambodia")."""
from __future__ import annotations

import re

from readout.kb.geo import country_index, country_place, lookup_city
from readout.kb.loader import lexicon
from readout.lang.ko.places import to_place
from readout.model import Place

WORD_BREAK_RE = re.compile(r"[^A-Za-z0-9]")
POSSESSIVE_RE = re.compile(r"['’](?:s\b|\s)")
PAREN_AFTER_RE = re.compile(r"\s*\(\s*")
NAME_RE = re.compile(r"\b[A-Z][a-zA-Z'’.-]*(?:,?\s+(?:de\s+|D\.C\.|DC|[A-Z][a-zA-Z'’.-]*)){0,3}")


def find_places(text: str, offset: int, tokens: list | None = None) -> list[Place]:
    before_re = lexicon("en").re("place_preposition_re")
    continuation = lexicon("en").re("place_name_continues_re")
    countries = country_index()
    out: list[Place] = []
    for m in NAME_RE.finditer(text):
        words = m.group(0)
        has_prep = bool(before_re.search(text[max(0, m.start() - 25):m.start()]))
        if out and out[-1].span.data.get("locative") and \
                PAREN_AFTER_RE.fullmatch(text, out[-1].span.end - offset, m.start()):
            has_prep = True  # 'visiting Peru (Lima)': the bracketed city is where the phrase points
        ends = [len(words), *reversed([b.start() for b in WORD_BREAK_RE.finditer(words, 2)])]
        for n in ends:  # longest prefix that names a place, ending at a word break
            form = words[:n].rstrip(",. ")
            entry = lookup_city(form)
            if entry is None and has_prep and form in countries and form[0].isupper():
                entry = country_place(countries[form])
            if entry is not None and n < len(words) and continuation.match(words, n):
                break  # 'the Taiwan Strait', 'the Korea Herald': a longer name, not the place
            if entry is not None and (has_prep or entry.population >= 10**9):
                owner = POSSESSIVE_RE.match(text, m.start() + len(form))  # 'to North Korea's launch' names an owner
                out.append(to_place(entry, form, offset + m.start(), offset + m.start() + len(form),
                                    has_prep and not owner))
                break
    return out
