"""(komeet49, issue 15) 찾다 'to go to, to call at' is a visit verb only with a place or a state as its object: '총리는
페루를 찾아 대통령과 회담했다', '리마를 찾았다', '서울을 찾은 외교장관' visit, as '방문하다' does; '해법을 찾아', '원인을 찾았다'
('to look for, to find') visit nothing. The lexicon's `visit_re` and `meeting_trigger_re` read every 찾 form after an
object; this keeps those whose object word is a country word or a city of the knowledge base, and masks the others
so that no meeting word near them becomes a visit.

Why a module of its own: the test is on the word before the verb (its noun and object particle), which the regular
expressions of the lexicon cannot ask the knowledge base about.
"""
from __future__ import annotations

import re

from readout.kb.geo import lookup_city
from readout.lang.ko import country_words
from readout.lang.ko.tags import OBJECT_PARTICLES

FIND_RE = re.compile(r"(?<![가-힣])([가-힣]+?)(" + "|".join(sorted(OBJECT_PARTICLES, key=len, reverse=True)) + r")\s+(찾)(?=[아았은는])")
FIND_SYLLABLE = "찾"  # the syllable the lexicon's `meeting_trigger_re` matches for the verb
MASK = "□"  # one character for the masked syllable: the text keeps its length, so offsets stay


def place_word(noun: str) -> bool:
    """The object noun names a state ('페루', '대만') or a city of the knowledge base ('리마', '서울')."""
    return country_words.country_of_word(noun) is not None or lookup_city(noun) is not None


def visits_found(text: str, at: int) -> bool:
    """The 찾 syllable at `at` is a visit: its object word right before names a place."""
    return any(m.start(3) == at and place_word(m.group(1)) for m in FIND_RE.finditer(text, 0, at + 2))


def unplaced_finds_masked(text: str) -> str:
    """`text` with each 찾 whose object names no place masked ('해법을 찾아': no visit), the rest unchanged."""
    spots = [m.start(3) for m in FIND_RE.finditer(text) if not place_word(m.group(1))]
    if not spots:
        return text
    chars = list(text)
    for at in spots:
        chars[at] = MASK
    return "".join(chars)
