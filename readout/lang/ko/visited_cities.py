"""(komeet48, issue 13) A Korean visit to a city named after its state ('A 총리는 B 리마를 방문했다', 'B의 수도 리마를
방문해 ...', 'B 남부 아레키파를 방문했다'): the state word before its own city names the host visited, as '페루를 방문했다'
does; English 'visited Lima' reads the capital's state. The party's phrase runs from the state word to the city, so its
role is read on the city's object particle.

Why a module of its own: reading_meetings.state_party reads a country word's phrase; this is one phrase of it, over the
knowledge base's cities (kb.geo.lookup_city) and the lexicon's `visited_object_re`, `state_part_nouns` and
`clause.visited_city_between_nouns`. Not a city of another state ('B 리마를' where 리마 is no city of B), nor a city
that is no visit's object ('B 리마에서 회의가 열렸다': a place).
"""
from __future__ import annotations

import re

from readout.kb.geo import lookup_city
from readout.lang.ko import country_words, words as ko_words
from readout.lang.ko.clauses import clause_words
from readout.lang.ko.tags import OBJECT_PARTICLES
from readout.model import CountryMention

GENITIVE = "의"
WORD_RE = re.compile(r"\s+([가-힣]+)")
ADNOMINAL_ENDS = ("찾은", "찾는", "방문한", "중인")  # the adnominal forms of lexicon `visited_object_re`


def visited_city_end(lex, text: str, start: int, end: int) -> int | None:
    """Where the visited city after the country word at [start, end) ends, or None: the word (bare or in the genitive),
    then parts of the state or the capital noun, then a city of that state as the object of a visit verb."""
    code = country_words.country_of_word(text[start:end])
    if code is None:
        return None
    at = end + len(GENITIVE) if text.startswith(GENITIVE, end) else end
    between = set(lex["state_part_nouns"]) | clause_words()["visited_city_between_nouns"]
    while (m := WORD_RE.match(text, at)) is not None and m.group(1) in between:
        at = m.end()
    if not text[at:at + 1].isspace():
        return None
    city_start = len(text[at:]) - len(text[at:].lstrip()) + at
    visit = lex.re("visited_object_re").match(text, city_start)
    if visit is None:
        return None
    entry = lookup_city(visit.group(1))
    return visit.end(1) + 1 if entry is not None and entry.country == code else None


def bare_visited_cities(lex, text: str, offset: int, tokens, found: list) -> list:
    """(kovisit48, issue 13) A city named alone as a visit's object ('A 대통령은 [리마를] 방문했다', '[나이로비를] 방문해
    ...'): the city stands for its state as the host visited, as English 'visited Lima' reads the capital's state. A
    country mention (with the object particle) over the city of the knowledge base, for each visit object of the
    lexicon's `visited_object_re` that opens its word and names a city no country word already covers; not a city a
    country word before it owns ('B 리마를': `visited_city_end` reads it), nor a city as a place ('리마에서 회담했다'), nor
    one an adnominal visit verb takes ('리마를 방문한 X는', '리마를 찾은 X'): that clause describes a person."""
    owned = [visited_city_end(lex, text, c.start - offset, c.end - offset) for c in found]
    out = []
    for w in ko_words.words_of(text, tokens):
        visit = lex.re("visited_object_re").match(text, w.start)
        if visit is None or visit.group(1) != w.noun or w.particle not in OBJECT_PARTICLES \
                or visit.group(0).endswith(ADNOMINAL_ENDS):
            continue  # '키토를 방문한 X 대통령은': the visit describes a person, who is the sentence's party
        entry = lookup_city(w.noun)
        if entry is None or country_words.country_of_word(w.noun) is not None \
                or any(c.start - offset <= w.start < c.end - offset for c in found) \
                or any(e is not None and w.start < e for e in owned) \
                or any(c.end - offset <= w.start and text[c.end - offset:w.start].strip() in ("", GENITIVE) for c in found):
            continue  # 'B 리마를' where 리마 is no city of B: the state word's own phrase, no host of its own
        out.append(CountryMention(offset + w.start, offset + w.start + len(w.noun), [entry.country],
                                  particle=w.particle))
    return out
