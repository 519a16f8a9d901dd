"""(coerce52) A protest noun that is the subject of a verb of breaking out ('Protests erupted in X on Monday',
'Fresh demonstrations broke out in Y', 'Riots spread to Z'): the protest was held there, a report like 'a rally was
held in X', not a protest noun in the background ('imposed a curfew after protests').

Why: the noun's reading (`nominal`) leaves a protest with no one holding it to the background (pipeline/own_people.
unnamed_protesters), so the commonest lead of unrest, 'Protests broke out in X', gave no event at all. PLOVER codes it
as the people of the place protesting their government (PROTEST X -> X); the pipeline finds the place's state. The
noun must open its clause (only words of its own phrase before it: 'Mass anti-government protests erupted'): after a
subordinator or a preposition ('after protests erupted', 'amid protests that spread') the outbreak is the time of
another act, background. Korean reads '시위가 일어났다', '시위가 확산했다' from its noun-verb pairs.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

PEOPLES_PROTEST = "PROTEST"
PHRASE_REACH = 4  # words of the noun's own phrase before it ('Fresh mass anti-government protests')
AUXILIARIES = frozenset({"have", "has", "had"})  # 'protests have erupted'


def broken_out(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each protest noun that opens its clause as the subject of a verb of breaking out
    (`outbreak_verbs`) read as a protest held."""
    return [replace(h, nominal=False, status="occurred") if h.type == PEOPLES_PROTEST and h.nominal and not h.negated
            and breaks_out(toks, h.data["end_token"] + 1, cues) and opens_clause(toks, h.data["token"], cues) else h
            for h in hits]


def breaks_out(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the words from token `i` are a verb of breaking out, after adverbs or a perfect's auxiliary
    ('quickly spread', 'have erupted'); 'broke' only with its 'out'."""
    while i < len(toks) and (toks[i].low in cues.adverbs or toks[i].low in AUXILIARIES):
        i += 1
    if i >= len(toks) or toks[i].low not in cues.outbreak_verbs:
        return False
    return toks[i].low not in cues.outbreak_particle_verbs or i + 1 < len(toks) and toks[i + 1].low == "out"


def opens_clause(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether only words of the noun's own phrase stand between the clause's start and token `i`: the sentence's
    start, a comma or a coordinator before them, never a subordinator or a preposition (`outbreak_background`)."""
    for j in range(i - 1, max(i - 1 - PHRASE_REACH, -1), -1):
        if not toks[j].word or toks[j].low in cues.outbreak_joints:
            return True
        if toks[j].low in cues.outbreak_background:
            return False
    return i - 1 - PHRASE_REACH < 0
