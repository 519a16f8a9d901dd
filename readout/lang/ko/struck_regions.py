"""(places59, issue 14) A province, state, governorate or oblast struck bare as an attack's object ('미군 전투기들이 밤새
<주 이름>를 공습했다', no type word after it): the regions of that kind the word sounds like (kb/region_sound
.provinces_by_sound), one a state, each a candidate the story decides (lang/place_candidates: pipeline/places
.story_places takes the state the whole story names most; a word no candidate state of which the story names is no
place).

Why: kiwi reads such an unknown name as a common noun (NNG), which no heard-town reader asks, and a region was heard
only before its type word ('…주를', lang/ko/state_regions). Why so narrow: hearing every struck word among every state's
first-level regions heard '다르포르' (no region) as Slovenia's municipality Tabor; ISO 3166-2's type keeps the
thousands of municipalities, districts and communes out (subdivisions_world.yaml `types`), and the story's states pick
among the provinces that remain.

Guards (as lang/ko/heard_cities' struck towns): a word of its own of two syllables or more before the object particle
and an attack word (`struck_verbs.struck_after`), no place another reader found, no state's name, no name the
gazetteer reads or lists as no city, no Korean person's name where the sentence makes it one (places59b: a title or
a person's particle after it somewhere; '안바르' alone is a province whose first syllable is a surname), no Korean word (`korean_word`, asked last: kiwi's reading
of a word that sounds like a province)."""
from __future__ import annotations

from readout.kb.geo import country_index, lookup_city, not_cities_ko
from readout.lang.ko.heard_cities import OBJECT_RE, WORD_RE, heard, korean_word, person_name, person_named, \
    struck_after
from readout.lang.place_candidates import mark_candidates
from readout.model import Place, Span
from readout.settings import LanguageSettings


def struck_regions(text: str, offset: int, found: list[Place], settings: LanguageSettings) -> list[Place]:
    """The bare words struck as an attack's object that sound like one or more provinces, as region places of no state
    yet with those provinces as their candidates."""
    from readout.kb.region_sound import provinces_by_sound  # cold start: not loaded with `Korean`, only on first use

    out: list[Place] = []
    struck = struck_after()
    for m in OBJECT_RE.finditer(text):
        name = m.group("name")
        start, end = offset + m.start(), offset + m.start() + len(name)
        if m.start() and WORD_RE.match(text, m.start() - 1) or not struck.match(text, m.start() + len(name)) \
                or any(p.span.start < end and start < p.span.end for p in (*found, *out)):
            continue  # inside a longer word, not struck, or read already
        if name in country_index() or name in not_cities_ko() or lookup_city(name) is not None \
                or person_name(name) and person_named(text, name):  # places59b: a person where one stands
            continue
        regions = provinces_by_sound(name)
        if regions and not korean_word(name, settings):
            place = Place(Span(start, end, "place", {"locative": False}), name, [name], None, None, None, "region")
            out.append(heard(mark_candidates(place, regions)))
    return out
