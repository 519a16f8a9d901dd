"""The English sentence's country mentions as the `Units` reader gives them to the pipeline (moved from
lang/en/reading_names.py, debt57b: finding a sentence's countries is no reader of names): the country words of
lang/en/countries.py, the regional bodies named by description, and the Korean peninsula's own names of its states.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.en import countries
from readout.lang.region_bodies import region_bodies
from readout.model import CountryMention


def peninsula_countries(text: str, offset: int, tokens=None) -> list[CountryMention]:
    """The sentence's country mentions (lang/en/countries.py), with the peninsula's own names of its states:
    'the South' is South Korea where the North is named beside it ('refused the South's aid'), and
    'inter-Korean' names both Koreas, not South Korea through its 'Korean' ('suspended the inter-Korean
    military pact': a pact with the other Korea). `tokens` is the `Units` reader's argument: English reads the text
    alone."""
    found = countries.find_countries(text, offset)
    lex = lexicon("en")
    bodies = region_bodies(lex, text, offset, found)  # 'the West African bloc': a body by description (world39)
    if bodies:
        found = sorted(found + bodies, key=lambda c: c.start)
    if "outh" not in text and "nter-" not in text:
        return found  # most sentences name neither
    for m in lex.re("inter_korean_re").finditer(text):
        start, end = offset + m.start(), offset + m.end()
        found = [c for c in found if not (start <= c.start < end)]
        found.append(CountryMention(start, end, ["KOR", "PRK"], subject=False))
    if any("PRK" in c.codes for c in found):
        for m in lex.re("the_south_re").finditer(text):
            start, end = offset + m.start(), offset + m.end()
            if not any(c.start < end and start < c.end for c in found):
                genitive = text[m.end():m.end() + 2] in ("'s", "’s")
                found.append(CountryMention(start, end, ["KOR"], genitive=genitive, subject=not genitive))
    return sorted(found, key=lambda c: c.start)
