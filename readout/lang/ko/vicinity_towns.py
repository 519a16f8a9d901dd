"""(koplace47, issue 13) A town before a noun of the area around it ('키달 인근에서 교전이', '고마 외곽의 검문소에서',
'가오 근처에서'): the town is the place, as English reads 'near Kidal', 'outside Goma' (lang/en/bare_towns.py).

Why a reader of its own: kiwi reads many foreign towns standing bare before another noun as common words or pieces
('고' + '마', '가오' a slang noun), so the gazetteer reader, which waits for a proper noun, never sees them. The
word after (lexicon ko `vicinity_nouns`: 인근, 외곽, 근처, 부근 ...) is the structure that makes the bare word a place.
A gazetteer town is read as it stands, unless Korean also writes it as an ordinary word (`heard_cities.korean_word`:
'고원 인근' is a plateau) and the sentence does not name the town's state; a town no gazetteer names in Hangul is heard
among the cities of the state named right before it ('리비아 미스라타 외곽에서', kb/city_sound.py). Not a common noun
('국경 인근', '공항 인근': no town unless named), nor a state ('말리 인근' is no place in Mali), nor a word
places.yaml lists as no city."""
from __future__ import annotations

import re

from readout.kb.cities import LOCAL_KINDS
from readout.kb.geo import country_index, lookup_city, not_cities_ko
from readout.kb.loader import lexicon
from readout.lang.common import to_place
from readout.model import Place
from readout.settings import LanguageSettings
from readout.lang.ko.heard_cities import korean_word, state_before

# a whitespace word of Hangul, then spaces, then the next word
BARE_BEFORE_RE = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣]{2,})(?=\s+(?P<next>[가-힣]+))")
# the vicinity noun carrying where something happens or whose thing it is: '인근에서', '외곽의', '근처로'
PLACING_PARTICLES = ("에서", "서", "에", "의", "으로", "로", "까지")


def vicinity_towns(text: str, offset: int, found: list[Place], settings: LanguageSettings) -> list[Place]:
    from readout.lang.ko.places import is_locative  # cycle: places imports this module

    nouns = lexicon("ko")["vicinity_nouns"]
    out: list[Place] = []
    for m in BARE_BEFORE_RE.finditer(text):
        name, nxt = m.group("name"), m.group("next")
        noun = next((n for n in nouns if nxt.startswith(n)), None)
        if noun is None or nxt[len(noun):] not in ("", *PLACING_PARTICLES):
            continue
        start, end = offset + m.start(), offset + m.end("name")
        if any(p.span.start < end and start < p.span.end for p in (*found, *out)):
            continue  # a place the gazetteer reader already took
        entry = town_of(text, m.start(), name, settings)
        if entry is None:
            continue
        locative = is_locative(text, m.end("name")) or nxt[len(noun):] in PLACING_PARTICLES
        out.append(to_place(entry, name, start, end, locative))
    return out


def town_of(text: str, at: int, name: str, settings: LanguageSettings):
    """The town the bare word `name` at `at` names, or None."""
    if name in country_index() or name in not_cities_ko():
        return None
    entry = lookup_city(name)
    if entry is not None:
        if entry.kind not in LOCAL_KINDS or korean_word(name, settings) and entry.country not in states_named(text):
            return None
        return entry
    code = state_before(text, at)
    if code is None or korean_word(name, settings):
        return None
    from readout.kb.city_sound import city_by_sound  # cold start: not loaded with `Korean`, only on first use

    return city_by_sound(name, code)


def states_named(text: str) -> set[str]:
    """The states the sentence names by a word ('말리', '말리군의' is not read here: a plain name with a particle)."""
    from readout.lang.ko.places import strip_particle  # cycle: places imports this module

    index = country_index()
    return {index.get(strip_particle(w)) for w in re.findall(r"[가-힣]+", text)} - {None}


AREA_AFTER_RE = re.compile(r"\s+(?P<next>[가-힣]+)")


def area_after(text: str, end: int) -> bool:
    """A noun of the area around a place right after `end` ('말리 인근에서'): near a state is no place in it, as
    English 'outside Peru' (lexicon ko `vicinity_nouns`)."""
    m = AREA_AFTER_RE.match(text, end)
    nxt = m.group("next") if m else ""
    return any(nxt.startswith(n) and nxt[len(n):] in ("", *PLACING_PARTICLES) for n in lexicon("ko")["vicinity_nouns"])
