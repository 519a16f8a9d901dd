"""(actors54, issue 14) A bare settlement an armed group of no state attacks is the people of that group's state:
'말리 반군이 마을을 공격했다' (Mali's civilians, CVL), as '기지를' (its forces) and '장터를' (its people) read already, and
as English 'Malian rebels attacked a village' reads (lang/en/act_armed_sites).

Why: koattack49's settled reader (act_struck_places.struck_settlement) lets a struck settlement take the attacker's
own state only where a place the gazetteer knows owns it ('[차드] 마을을'): an unknown town or none named may lie in
another state ('태국군이 마을을 포격했다' after fighting with Myanmar: Myanmar's). An armed group of no state of its own
(rebels, gunmen: STATELESS_ARMED_SECTORS) fights in the state its words or its story give it, so a settlement it
strikes with no owner named at all is of that state (the manual's domestic REB on CVL). A state's forces keep the
settled reader's caution.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_clash_sides import noun_run
from readout.lang.ko.act_passive_agents import agent_sector
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.sectors import STATELESS_ARMED_SECTORS


def armed_settlement(toks: list, cand: Candidate, lex: ActIndex, settled: tuple | None) -> tuple[int, int] | None:
    """The settlement's character span where the settled reader found one with no known owner (`settled`: span,
    known) whose words are the settlement noun alone ('마을을', '난민촌을') and the act's subject is an armed group of
    no state ('[말리 반군이]', '[무장괴한들이]'); else None."""
    if not settled or settled[1]:
        return None
    span = settled[0]
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1]]
    if not inside or joined(toks, inside[0], inside[-1]) not in lex.cue("settlement_noun"):
        return None  # '[니코폴의] 마을을': an owner no gazetteer knows, maybe of another state
    return span if armed_subject(toks, cand) else None


def armed_subject(toks: list, cand: Candidate) -> bool:
    """Whether the subject of the act word, the noun run closed by 은/는/이/가 nearest before it in its clause, is
    headed by an armed group's noun of no state (the agent table's sector in STATELESS_ARMED_SECTORS)."""
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in CLAUSE_EDGE_TAGS:
            return False
        if toks[j][0] in SUBJECT_PARTICLES and toks[j][1] in SUBJECT_TAGS:
            found = noun_run(toks, j - 1)
            if found is None:
                return False
            span = (toks[found[0]][2], toks[found[1]][2] + toks[found[1]][3])
            return agent_sector(toks, span) in STATELESS_ARMED_SECTORS
    return False
