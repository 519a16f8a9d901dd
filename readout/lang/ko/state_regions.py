"""(places53, issue 13) A state's region written after the state with its type word ('러시아 브랸스크주에서', '중국 광둥성의
공장'): the region is the place, at region precision (kb/region_sound.region_named_by_sound names it by sound), as
English 'in Russia's Bryansk region' is (lang/en/named_regions.py), so the two reports agree on it.

Why only after its state: a word before '주' or '성' alone is a Korean word as often as a region ('민주', '정성'), and the
sound of a name fits regions of many states; the state written before it picks the one.

(places54) A region the written state has none of, heard exactly among one other state's regions ('우크라이나
벨고로드주에서': Russia's Belgorod), is that state's region: the region table's state wins over the state written
before it, as English 'in Ukraine's Belgorod region' is Russia's Belgorod (lang/en/named_regions.py). The word still
stands after a state's name and before a type word, so the guard against a Korean word holds; it must sound like a
region of one state only, with every vowel class (`region_by_sound`, exact).
"""
from __future__ import annotations

from readout.kb.geo import country_index
from readout.kb.loader import lexicon
from readout.lang.ko.struck_verbs import struck_after
from readout.model import Place, Span
from readout.settings import LanguageSettings


def state_regions(text: str, offset: int) -> list[Place]:
    """The regions the sentence names after their state and before a type word (lexicon ko `state_region_re`), as
    places of region precision over the region's word and type word; locative before '에서'."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.kb.region_sound import region_by_sound, region_named_by_sound
    from readout.lang.ko.places import is_locative  # cycle: places imports this module

    out = []
    for m in lexicon("ko").re("state_region_re").finditer(text):
        code = country_index().get(m.group("state"))
        name = region_named_by_sound(m.group("word"), code) if code else None
        if code and name is None:
            code = region_by_sound(m.group("word"), exact=True)  # places54: a region of another state, by its own
            name = region_named_by_sound(m.group("word"), code) if code else None
        if name is None:
            continue
        out.append(Place(Span(offset + m.start("word"), offset + m.end(), "place",
                              {"locative": is_locative(text, m.end())}), name, [m.group("word") + m.group("type")],
                         code, None, None, "region"))
    return out


def unplaced_regions(text: str, offset: int, found: list[Place], settings: LanguageSettings) -> list[Place]:
    """(places57, issue 14) A region written with its type word and no state right before it ('중국 경찰은 허난성에서',
    '경찰은 허난성에서'; lexicon ko `bare_region_re`): heard by sound among the regions of the sentence's one state
    (heard_cities.sentence_state, as places56b hears a town), else, before a locative in a sentence naming no state,
    among the regions of one state with every vowel class (`region_by_sound`, exact). Why: places53 read a region only
    after its state, and a date or the actor's noun often stands between ('중국 경찰은 화요일 허난성에서'). Guards: a
    word kiwi reads as a Korean word before its type word ('가능성', '안정성': heard_cities.korean_word, asked only of
    a word heard as a region; with the type word kiwi reads '허난성' as common nouns too) names no region, nor a word
    a place found already covers ('러시아 브랸스크주에서', read by `state_regions`). (places58, issue 14) A region struck
    as an attack's object ('파키스탄 전투기들이 쿠나르주를 폭격했다'; `struck_verbs.struck_after`) is heard as
    one before a locative in a sentence naming no state is, whatever state the sentence names: the attacker's state
    is the struck region's rarely (heard_cities.sentence_state asks no state of a struck town either). (places59, issue
    14) A region before a locative that the sentence's one state has none of ('러시아군은 14일 수미주에서': Russia's
    forces in Ukraine's Sumy) is heard so too: the region of the state it belongs to, not of the state the sentence
    named first, as `state_regions` hears a region the written state lacks (places54)."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.kb.region_sound import region_by_sound, region_named_by_sound
    from readout.lang.ko.heard_cities import korean_word, sentence_state
    from readout.lang.ko.places import is_locative  # cycle: places imports this module

    out = []
    state: list[str | None] = []  # the sentence's one state, read once and only where a region word stands
    for m in lexicon("ko").re("bare_region_re").finditer(text):
        start, end = offset + m.start("word"), offset + m.end()
        if any(p.span.start < end and start < p.span.end for p in found):
            continue
        if not state:
            state.append(sentence_state(text))
        locative = is_locative(text, m.end())
        code = state[0]
        name = region_named_by_sound(m.group("word"), code) if code else None
        struck = not locative and struck_after().match(text, m.end()) is not None
        if name is None and (locative or struck):  # places58: '쿠나르주를 폭격했다', any state's; places59: not the
            # sentence's state's region ('러시아군은 14일 수미주에서'): the one state's that has it, as places54 hears one
            code = region_by_sound(m.group("word"), exact=True)
            name = region_named_by_sound(m.group("word"), code) if code else None
        if name is not None and not korean_word(m.group("word"), settings):  # (speed) kiwi asked only of a word heard
            out.append(Place(Span(start, end, "place", {"locative": locative}), name, [m.group(0)], code, None, None,
                             "region"))
    return out
