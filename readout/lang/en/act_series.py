"""A verb joined by 'or' / 'nor' to a negated verb (precision49): 'did not condemn or sanction X', 'neither backed nor
supported the plan'.

Why: the negation before the first verb covers every verb of an 'or' series ('did not A or B' denies both), and
'neither A nor B' denies both; the walk reads each verb's negation from the words just before it, so the second
verb, after 'or', read as done: a SANCTION or a SUPPORT the sentence denies. A verb after 'and' keeps its own
polarity ('did not condemn X and sanctioned Y' sanctioned), and so does a noun act ('no talks or aid':
act_sought.negated_alternative reads those). The Korean reader of the same class is `lang/ko/act_likeness.py`.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

ALTERNATIVES = frozenset({"or", "nor"})
SERIES_REACH = 4  # words from the verb before 'or' back to the negation ('did not [firmly] condemn or')


def negated_series(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, verbs after 'or' / 'nor' that a negation before the series' first verb covers marked negated."""
    return [replace(h, negated=True) if not h.negated and not h.nominal and in_negated_series(toks, h, cues) else h
            for h in hits]


def in_negated_series(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Token `hit`'s verb follows 'or' / 'nor' right after one word (the first verb), and a negation stands within
    a few words before that verb, in the same clause."""
    i = hit.data.get("token", 0)
    if i < 3 or toks[i - 1].low not in ALTERNATIVES or not toks[i - 2].word:
        return False
    for k in range(i - 3, max(-1, i - 3 - SERIES_REACH), -1):
        if not toks[k].word:
            return False
        if toks[k].low in cues.negation or toks[k].low.endswith("n't"):
            return True
    return False
