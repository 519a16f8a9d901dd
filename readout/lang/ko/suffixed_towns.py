"""(places55, issue 13) A town Korean news writes with its administrative suffix joined ('캥페르시에서', '리옹시의',
'하르키우시를'): the town the word before the suffix names, over the whole word, as '캥페르에서' names it.

Why: GeoNames gives most foreign towns their Hangul name without a suffix ('캥페르'), and kb/geo.city_index takes
the suffix off only where GeoNames wrote it on ('김해시' -> 김해), so a word news wrote with it named no place and
the act took none, while English 'in Quimper' did. The suffixes (lexicon ko `town_suffix_re`) are 시 (city) and 구
(district); 군 is left out: after a foreign name it is the name's army ('싱가포르군', '아덴군'), and Korea's own
counties are GeoNames' names with it. A region's type word (주, 성) is read after its state only
(lang/ko/state_regions.py): a word before it alone is a Korean word as often as a region.

Guards: the word before the suffix has two syllables or more (one is a Korean word first: '도시', '연구'), is no
state's name, names a town the gazetteer reads (kb/geo.lookup_city) or one heard by sound with every guard of
`heard_town`, and kiwi does not read the whole word as a Korean word of its own (`korean_word`).
"""
from __future__ import annotations

from readout.kb.cities import LOCAL_KINDS
from readout.kb.geo import country_index, lookup_city
from readout.kb.loader import lexicon
from readout.lang.common import to_place
from readout.model import Place
from readout.settings import LanguageSettings
from readout.lang.ko.heard_cities import heard_town, korean_word


def suffixed_towns(text: str, offset: int, found: list[Place], tokens: list | None,
                   settings: LanguageSettings) -> list[Place]:
    """The towns the sentence writes with a joined administrative suffix (lexicon ko `town_suffix_re`) that no
    other reader placed, each over its name and suffix; locative as the place finder reads it after the suffix."""
    from readout.lang.ko.places import is_locative  # cycle: places imports this module

    out: list[Place] = []
    for m in lexicon("ko").re("town_suffix_re").finditer(text):
        start, end = offset + m.start(), offset + m.end("type")
        if any(p.span.start < end and start < p.span.end for p in found):
            continue  # '김해시': GeoNames' own name with the suffix, read already
        entry = suffixed_town(m.group("word"), m.group("word") + m.group("type"), settings)
        if entry is not None:
            out.append(to_place(entry, m.group(0), start, end, is_locative(text, m.end("type"), tokens)))
    return out


def suffixed_town(stem: str, whole: str, settings: LanguageSettings):
    """The town `stem` names when news wrote it as `whole` (stem and suffix), or None: a state's name, a Korean word
    (the whole read by kiwi as its own), or a stem no gazetteer reads and none heard by sound."""
    if stem in country_index():
        return None
    entry = lookup_city(stem)
    if entry is not None and entry.kind not in LOCAL_KINDS[:1]:
        return None  # a region of places.yaml ('가자지구' is its own entry) takes no town's suffix
    entry = entry or heard_town(stem, settings)
    return None if entry is None or korean_word(whole, settings) else entry
