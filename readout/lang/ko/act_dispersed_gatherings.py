"""(kocoerce66) A gathering dispersed stands for its people: '경찰이 집회를 해산시켰다', '농성을 강제 해산했다'.

A gathering noun (cue gathering_noun: 집회, 시위, 농성 ...) or a people noun as the object of a verb of dispersing
(cue dispersal_verb) names the people who gathered, as '시위대를 해산했다' does: the act's `domestic_target`, people of
the state the span names, else of the actor's own (police and a crowd with no state word are one state's two sides),
as English reads 'police broke up the rally' (lang/en/act_dispersed_gatherings). The object is the pair's own noun
('집회+해산시키다') or the 을/를 argument right before a verb entry ('집회를 강제해산했다'). Not a passive ('집회가
해산됐다': no one named did it) and not a thing dispersed that gathers no one ('의회를 해산했다': a body dissolved is
the lexicon's ban, its noun no gathering).
"""
from __future__ import annotations

from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.ko.act_aimed_objects import people_nouns, people_run
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex

OBJECT_PARTICLE = "JKO"


def dispersed_gathering(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the gathering or crowd a dispersal verb acts on, else None."""
    if cand.passive or cand.entry.lemma not in lex.cue("dispersal_verb"):
        return None
    nouns = frozenset(n.replace(" ", "") for n in lex.cue("gathering_noun")) | people_nouns(lex)
    if cand.noun_end is not None and cand.entry.noun:  # the pair's own noun: '집회+해산시키다'
        return people_run(toks, cand.noun_end, nouns)
    k = cand.first - 1
    if k >= 1 and toks[k][1] == OBJECT_PARTICLE:  # '집회를 [강제해산]했다'
        return people_run(toks, k - 1, nouns)
    return None



def force_dispersals(hits: list, dispersal_verbs: frozenset[str]) -> list:
    """(ko67) A dispersal done with a crowd-control weapon the sentence names ('후추 스프레이를 사용해 시위대를
    해산했다', '최루탄을 쏴 시위대를 해산시켰다') is that force, one ASSAULT crowd-control on the people dispersed: the
    verb of dispersing reads no COERCE restrict beside it, as English 'used pepper spray to disperse' reads the force
    alone. A dispersal with no weapon named stays COERCE restrict; the force must reach the same people."""
    forced = {h.data.get("domestic_target") for h in hits
              if h.type == "ASSAULT" and h.mode == CROWD_CONTROL and not h.negated}
    return [h for h in hits if not (h.type == "COERCE" and h.mode == "restrict" and h.data.get("domestic_target")
                                    and h.data["domestic_target"] in forced
                                    and h.lemma.rsplit("+", 1)[-1] in dispersal_verbs)]
