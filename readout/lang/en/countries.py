"""English country mentions in a sentence: names, adjectives and capitals standing for governments
("North Korea's", "South Korean", "Pyongyang"), but not a capital after 'in' (a place)."""
from __future__ import annotations

import functools
import re

from readout.kb.geo import country_index
from readout.kb.loader import kb
from readout.lang.patterns import alternation
from readout.model import CountryMention


@functools.lru_cache(maxsize=1)
def pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = {n: c for n, c in country_index().items() if re.fullmatch(r"[A-Za-z .'’]+", n)}
    for c in kb().countries.countries:
        table.update({m: c.code for m in c.metonyms_en})
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + alternation(names) + r")(?!\w|\s+Peninsula)"), table


def find_countries(text: str, offset: int, tokens: list | None = None) -> list[CountryMention]:
    regex, table = pattern()
    metonyms = {m for c in kb().countries.countries for m in c.metonyms_en}
    out = []
    for m in regex.finditer(text):
        name = m.group(1)
        if name in metonyms and re.search(r"\b(in|at|to|from|visit to)\s+$", text[max(0, m.start() - 12):m.start()]):
            continue  # "in Pyongyang" is a place, not the government
        if name in ("US", "UN") and not text[m.start():m.end()].isupper():
            continue
        genitive = text[m.end():m.end() + 2] in ("'s", "’s") or (name.endswith("s") and text[m.end():m.end() + 1] in "'’")
        governed = bool(re.search(r"\b(to|in|of|with|from|against|on|for|by|between|toward|towards|into)\s+(the\s+)?$",
                                  text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(offset + m.start(), offset + m.end(), [table[name]], genitive=genitive,
                                  subject=not genitive and not governed))
    return out
