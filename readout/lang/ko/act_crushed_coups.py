"""(coups50, issue 15) A coup or a coup attempt crushed is no act of those who crushed it: '군은 쿠데타 시도를
진압했다', '정부는 쿠데타를 분쇄했다'.

Why: encoup49 codes an attempted coup as the plotters' ASSAULT, foiled or not ('군인들이 쿠데타를 시도했으나
저지됐다'), and its foilers never as attackers ('쿠데타를 일으키려는 시도를 저지했다', English 'thwarted an attempt to
stage a coup', 'crushed a coup attempt': nothing). 진압하다 alone is a crackdown on people (COERCE restrict: '시위대를
진압했다'), but with a coup as its object what was put down is the plotters' deed, which the sentence tells no doer of:
so a verb of crushing (cue crushing_verb) whose object's noun run holds a coup (cue coup_means_noun: '쿠데타 시도를',
'군사정변을') reads no act. Named plotters ('장교들의 쿠데타 시도를 진압했다') stay none too, as English 'foiled an
attempt by officers to seize power'.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_hit_reading import HitReading

OBJECT_PARTICLE_TAG = "JKO"


def read_crushed_coups(h: HitReading) -> bool:
    """False (no act) for a verb of crushing whose object names a coup; True for any other hit."""
    if h.e.lemma not in h.lex.cue("crushing_verb") or h.cand.noun_end is not None:
        return True
    j = h.cand.first - 1
    if j < 1 or h.toks[j][1] != OBJECT_PARTICLE_TAG:
        return True
    nouns = h.lex.cue("coup_means_noun")
    return not any(h.toks[k][0] in nouns for k in range(run_start(h.toks, j - 1), j))
