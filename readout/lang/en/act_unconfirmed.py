"""Deeds a speaker cannot confirm: 'Ukraine said it cannot yet confirm the deployment of X's troops'.

Why its own module: a deed word governed by a verb of confirming (`confirming_verbs`) belongs to the deed's
owner, never to the confirming side; confirmed, it is told as done ('confirmed the deployment'), but a
confirming negated or left undone (`unconfirming_words` in the few words before that verb: 'cannot', 'has not',
'is unable to', 'has yet to') leaves the deed unconfirmed, hypothetical. The clause readers' own negation
reads only the words right before a deed noun ('no sanctions'), so the governing verb's is read here.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OBJECT_REACH = 6  # words between the confirming verb and the deed ("confirm that North Korea has deployed")
NEGATION_REACH = 3  # words before the confirming verb that may leave it undone ("is unable to", "cannot yet")


def unconfirmed_deed(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the deed word at token `i` is what a negated or undone verb of confirming governs."""
    for k in range(i - 1, max(-1, i - 1 - OBJECT_REACH), -1):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low in cues.confirming_verbs:
            before = [toks[j].low for j in range(max(0, k - NEGATION_REACH), k) if toks[j].word]
            return any(w in cues.unconfirming_words or w.endswith("n't") for w in before)
    return False
