"""(planned71) Police attacked are the police of the state the object names, else of the attacker's own (issue 15).

'시위대가 경찰관들을 공격했다' was an ASSAULT with no receiving side: the domestic object reader takes only people nouns
of civilians (cue people_noun), so the officers the crowd hit were nobody's. English 'protesters attacked police
officers' gives the police (COP) of the crowd's state, the pipeline's domestic act (lang/en/act_sides.domestic_target
reads the agents table's police nouns). Korean now reads an attack's object the same way: a run whose noun the agents
table gives the police sector ('경찰관', '경관', '경찰') is the police of the state the span names, else of the
attacker's own ('칠레 경찰관들을': Chile's). Only the police: soldiers and bases are the military readers'
(act_military_sites, act_armed_targets)."""
from __future__ import annotations


from readout import budget
from readout.kb.agents import phrases
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_people_objects import domestic_object
from readout.lang.ko.act_table import ActIndex

SECTOR = "COP"


@budget.table()
def police_nouns() -> frozenset[str]:
    """The agents table's Korean nouns of the police sector, unspaced as the morphemes join them."""
    return frozenset(w.replace(" ", "") for w, sector in phrases("ko").items() if sector == SECTOR)


def attacked_police(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the attack's object when it names police, else None."""
    return domestic_object(toks, cand, lex, police_nouns())
