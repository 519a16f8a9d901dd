"""(kotwins49, issues 13-15) Police or soldiers an attack is aimed at in a dative or an aiming phrase receive it, as a
crowd does (kofix49 act_attacked_sites.aimed_crowd) and as English 'opened fire on police officers' reads:
'무장괴한들이 몸바사에서 경찰관들에게 총격을 가했다' had no receiving side, the verb's object being the fire itself.

The people aimed at ('[경찰관들]에게 총격을', '[군인들]을 향해 총을') are read by act_aimed_objects.aimed_people over the
agent table's police nouns (COP: act_attacked_police.police_nouns) and soldier nouns (MIL:
act_attacked_soldiers.soldier_nouns); the pipeline gives them the state the span names, else the place's or the
attacker's own, as an attack's object of the same nouns. Soldiers a word gives to an armed group ('반군 병사들에게')
are no state's forces and are left to the armed readers.
"""
from __future__ import annotations

from readout.sectors import STATE_FORCE_SECTORS
from readout.lang.ko.act_aimed_objects import aimed_people
from readout.lang.ko.act_attacked_police import SECTOR as POLICE_SECTOR, police_nouns
from readout.lang.ko.act_attacked_soldiers import SECTOR as SOLDIER_SECTOR, soldier_nouns
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of


def aimed_force(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span and sector of police (COP) or a state's soldiers (MIL) the attack is aimed at before its
    own object, else None."""
    for nouns, sector in ((police_nouns(), POLICE_SECTOR), (soldier_nouns(), SOLDIER_SECTOR)):
        span = aimed_people(toks, cand.first, lex, frozenset(nouns))
        if span is None:
            continue
        owners = {sector_of(t[0]) for t in toks if span[0] <= t[2] < span[1]} - {None}
        return (span, sector) if owners <= STATE_FORCE_SECTORS else None
    return None
