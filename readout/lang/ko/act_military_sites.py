"""(enattack70) A military facility attacked is its armed forces', as English reads it (lang/en/act_military_sites.py):
'반군이 군 기지를 공격했다', '차드 군 초소를 공격했다' are done to the forces (sector MIL) of the state the object's words
name, else of the attacker's own (the pipeline's domestic
side); a state's forces attacking such a site attack the story's other state (pipeline/act_measure_counterparts). The
object is the verb's nearest argument marked 을/를 whose run ends in a military site (cue `military_site_noun`). Why a
module of its own: one object shape read for one type, apart from the people readers of act_context."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_context import domestic_object
from readout.lang.ko.act_table import ActIndex

SECTOR = "MIL"


def military_site(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the attack's object when it is a military site, else None."""
    return domestic_object(toks, cand, lex, frozenset(w.replace(" ", "") for w in lex.cue("military_site_noun")))
