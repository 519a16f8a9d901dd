"""(drawn66) A permission to act is not access granted, nor the permitted deed done: 'Peru allowed aid groups to
criticize the government' lets the groups speak; it opens no border or site to them, and neither Peru nor the
groups criticized anyone yet (the deed after 'to' is the object's, only permitted). The lexicon's access entries ('allowed aid groups',
'allowed inspectors': RETREAT access, CAMEO 084-style easing) read the object alone; when 'to' and a verb follow
the object, that verb says what is permitted, and only a verb of coming in or reaching (`access_verbs`: 'to enter',
'to access', 'to visit the site') keeps the access reading.

A deed after a verb of letting (`letting_verbs`), its object and 'to' ('permitted its allies to use the base') is
likewise dropped: the allower does not do it. A negated letting verb ('would not allow anyone to threaten X') is a
deterrent warning, read by act_deterrent_warnings, and stays.

Why a module of its own: one pass over the hits after the walk, reading a few tokens around the entry's object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

ACCESS_MODE = "access"
LET_REACH = 6  # words from a verb of letting to the 'to' of the deed it permits ('allowed the two aid groups to')
NEGATION_REACH = 2  # words before the verb of letting where a negation turns it into a refusal ('did not allow')


def permitted_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without an access granted whose object is followed by 'to' and a verb other than one of
    `access_verbs` ('allowed aid groups to criticize'): a permission to do that deed, no access."""
    return [h for h in hits if not permission_to_act(toks, h, cues) and not permitted_deed(toks, h, cues)]


def permitted_deed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the hit's verb follows 'to' after a verb of letting and its object ('allowed aid groups to criticize')."""
    i = hit.data["token"]
    if hit.nominal or hit.negated or i < 3 or toks[i - 1].low not in cues.infinitive:
        return False
    for k in range(i - 3, max(-1, i - 2 - LET_REACH), -1):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return False
        if t.low in cues.letting_verbs:
            return not any(w.low in cues.negation for w in toks[max(0, k - NEGATION_REACH):k])
    return False


def permission_to_act(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    if hit.mode != ACCESS_MODE or hit.nominal:
        return False
    j = hit.data.get("end_token", hit.data["token"]) + 1
    return j + 1 < len(toks) and toks[j].low in cues.infinitive and toks[j + 1].word \
        and toks[j + 1].raw.islower() and toks[j + 1].low not in cues.access_verbs
