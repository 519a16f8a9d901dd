"""(support62) The passive of a noun verb in 받다: '망명을 허가받았다', '지원을 약속받았다', '보장받았다' state the act of the verb
in 하다 ('허가하다', '약속하다', '보장하다') done by its agent to the subject, who receives it.

Why: kiwi reads '허가받았다' as the verbal noun and 받 (VV or XSV). The light passive '비난을 받았다' needs an act noun
of its own; a noun that is an act only as a verb (허가, 약속) found none, so the act was lost. As with the passive
되 ('체포됐다'), the 하다 entry is looked up: a pair first ('망명' + '허가하다': asylum), else the verb's own entry;
the candidate is passive, so its agent is read from '로부터', '에 의해' and the subject receives the act
(lang/ko/act_word_hits: data 'passive').
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

RECEIVED_STEM = "받"  # the verb whose subject receives the noun's act (받다)


def received_passive(toks: list, s: int, lex: ActIndex, pair_or_light) -> Candidate | None:
    """The act '<noun>받다' at stem `s` receives, as a passive candidate of the noun's 하다 entry, or None when the
    stem is no 받 right after a noun or the noun's 하다 verb states no act done to someone."""
    if toks[s][0] != RECEIVED_STEM or s == 0 or toks[s - 1][1] not in NOUN_TAGS:
        return None
    noun_end = s - 1
    active = toks[noun_end][0] + "하다"
    cand = pair_or_light(toks, noun_end, s, active, lex)
    if cand is None:
        entry = lex.verbs.get(active)
        if entry is None or not entry.target:
            return None
        cand = Candidate(entry, noun_end, s, noun_end=noun_end)  # like a light verb: the subject receives it
    cand.passive = True
    return cand
