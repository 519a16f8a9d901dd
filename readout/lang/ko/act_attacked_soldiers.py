"""(kohand48, issues 13, 15) Soldiers attacked are the armed forces (MIL) of the state the object's words name, else of
the place's: '무장괴한들이 라고스에서 군인들을 공격했다' is ASSAULT on Nigeria's MIL, as English 'attacked soldiers in
Lagos' reads its people noun (lang/en/people_nouns).

The object's head is a noun of the agent table's military sector (agents.yaml agents_ko, Phoenix [~MIL]: '군인',
'병사', '장병', '보병'), one word, less the bare suffix '군' that a state's name carries ('러시아군': the country reader
names that state), and not when a word of the object gives the soldiers to a side outside a state's forces ('반군
병사들을': the agent table's REB). Asked last by act_military_sites.struck_force, after sites, units and police; the pipeline gives
the span the state it names, else the attacker's own (the place's).
"""
from __future__ import annotations


from readout import budget
from readout.kb.agents import phrases
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_people_objects import domestic_object
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.sectors import STATE_FORCE_SECTORS

SECTOR = "MIL"
STATE_SUFFIX = "군"  # '러시아군', '정부군': a state's forces, named by the country reader, not a people noun


@budget.table()
def soldier_nouns() -> frozenset[str]:
    """The agent table's one-word Korean nouns of the military sector, less the bare suffix."""
    return frozenset(w for w, s in phrases("ko").items() if s == SECTOR and " " not in w and w != STATE_SUFFIX)


def attacked_soldiers(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the attack's object when its head is a soldier noun (`soldier_nouns`) no word before it
    gives to a side outside a state's forces ('반군 병사들을', '민병대 전투병들을': the rebels' fighters), else None."""
    span = domestic_object(toks, cand, lex, soldier_nouns())
    if span is None:
        return None
    owners = {sector_of(t[0]) for t in toks if span[0] <= t[2] < span[1]} - {None}
    return span if owners <= STATE_FORCE_SECTORS else None
