"""(coups50, issue 15) A coup or a coup attempt crushed is no act of those who crushed it: '군은 쿠데타 시도를
진압했다', '정부는 쿠데타를 분쇄했다'.

Why: encoup49 codes an attempted coup as the plotters' ASSAULT, foiled or not ('군인들이 쿠데타를 시도했으나
저지됐다'), and its foilers never as attackers ('쿠데타를 일으키려는 시도를 저지했다', English 'thwarted an attempt to
stage a coup', 'crushed a coup attempt': nothing). 진압하다 alone is a crackdown on people (COERCE restrict: '시위대를
진압했다'), but with a coup as its object what was put down is the plotters' deed, which the sentence tells no doer of:
so a verb of crushing (cue crushing_verb) whose object's noun run holds a coup (cue coup_means_noun: '쿠데타 시도를',
'군사정변을') reads no act. Named plotters ('장교들의 쿠데타 시도를 진압했다') stay none too, as English 'foiled an
attempt by officers to seize power'. With its object dropped after a clause that tells the coup ('군인들이 쿠데타를
시도했으나 군이 진압했다') the crushing is that coup's too: the plotters' ASSAULT stays, the crushers read none.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_hit_reading import HitReading
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, SENTENCE_END_TAGS

OBJECT_PARTICLE_TAG = "JKO"


def read_crushed_coups(h: HitReading) -> bool:
    """False (no act) for a verb of crushing whose object names a coup; True for any other hit."""
    if h.e.lemma not in h.lex.cue("crushing_verb") or h.cand.noun_end is not None:
        return True
    j = h.cand.first - 1
    nouns = h.lex.cue("coup_means_noun")
    if j >= 1 and h.toks[j][1] == OBJECT_PARTICLE_TAG:
        return not any(h.toks[k][0] in nouns for k in range(run_start(h.toks, j - 1), j))
    return not dropped_coup_object(h.toks, h.cand.first, nouns)


def dropped_coup_object(toks: list, first: int, nouns: frozenset[str]) -> bool:
    """Whether the crushing verb at morpheme `first` has no object in its own clause and an earlier clause of the
    sentence names a coup ('군인들이 쿠데타를 시도했으나 [군이] 진압했다': the attempt just told is what was crushed)."""
    k = first - 1
    while k >= 0 and toks[k][1] not in CLAUSE_BREAK_TAGS:
        if toks[k][1] == OBJECT_PARTICLE_TAG:
            return False  # its own object ('시위대를'), read above
        k -= 1
    return k >= 0 and toks[k][1] not in SENTENCE_END_TAGS and any(t[0] in nouns for t in toks[:k])
