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
from readout.model import Place, Span


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
