"""(places56b, issue 14) A count with no people noun as the object of an arrest or an attack: 'arrested nine in X',
'killed 1,200 overnight' take people, as 'arrested nine students' does.

Why: `act_sides.people_span` needs a people noun as the object's head, so a bare count gave no object span and the
domestic readers' fallback made the actor's own state the arrested side, even when the town named is another state's
(Korean '9명을 체포했다' reads the same way since places56: lang/ko/counted_people). Only a count followed by a phrase
of place or time (cue `counted_people_after`): 'fired three at X' is an arrest of no one, the type guard
keeps every other act's count a count of things ('signed two in X').
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.number_words import spelled_number

COUNTED_TYPES = frozenset({"COERCE", "ASSAULT"})  # acts whose bare count is of people taken or harmed
PEOPLE_SECTOR = "CVL"  # people counted with no noun are civilians, as act_sides' default


def count_word(low: str) -> bool:
    """A count of more than one: digits (with grouping commas: '1,200') or a spelled number ('nine', 'forty-two')."""
    digits = low.replace(",", "")
    return (digits.isdigit() and int(digits) > 1) or spelled_number(low) > 1


def counted_people(toks: list, start: int, hit, cues: Cues) -> tuple[int, int, str] | None:
    """The character span and sector of a bare count of people that is the act's object from token `start`
    ('nine', 'at least 1,200': the object fillers before it are read past), or None: the act must be an arrest or an attack told by a verb, and the count
    followed by a word of `counted_people_after` (not by the clause's end: 'killing or wounding 50, ... said'
    tells whose people no more than the count does)."""
    if hit.type not in COUNTED_TYPES or hit.nominal or hit.negated:
        return None
    j = start
    while j < len(toks) and toks[j].word and toks[j].low in cues.object_fillers and not count_word(toks[j].low):
        j += 1
    if j >= len(toks) or not toks[j].word or not count_word(toks[j].low):
        return None
    after = toks[j + 1] if j + 1 < len(toks) else None
    if after is None or not after.word or after.low not in cues.counted_people_after:
        return None  # 'killing or wounding 50, ... said': a count closing a clause may be of anyone's people
    return toks[start].start, toks[j].end, PEOPLE_SECTOR
