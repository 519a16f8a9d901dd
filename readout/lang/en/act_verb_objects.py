"""(victims48, issue 15) A bare word right after the past form of an act verb just read is that verb's object, a
noun: 'pledged aid to X', 'promised aid to X' (and so in an example list: 'Several donors, such as X, pledged aid to Y').

Why: 'aid' has a verb reading (AID 'aid X'), and the walk read the bare form as that verb, which
takes its receiver as an object ('aided X'), so the 'to' phrase named no one and the pledge went to no recipient,
while 'pledged humanitarian aid to X' (a noun after its adjective) reached X. English puts no bare infinitive right
after a past form of a verb of promising or giving (it takes 'to': 'pledged to aid X').

Rule: a verb's base form right after a past form (-ed) that the walk read as a verb trigger, with no 'to' between,
keeps only its noun readings when it heads its phrase (a preposition or the clause's end after it). Not the first
word of a compound ('attacked aid convoys': the convoys are the object), not after a noun trigger ('the attack aid'), nor after 'to' ('pledged to aid X': the
verb), nor after a non-trigger word ('helped aid workers': no act read there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

PAST = "ed"
TO = "to"


def object_of_past_trigger(toks: list[Token], i: int, heads: dict[int, str], noun_heads: set[int], cues: Cues) -> bool:
    """Whether token i stands right after the past form of a verb trigger read before it and heads its phrase
    ('pledged [aid] to', not 'attacked [aid] convoys')."""
    k, nxt = i - 1, i + 1
    if k < 0 or k not in heads or k in noun_heads or not toks[k].raw.islower() or not toks[k].low.endswith(PAST):
        return False
    return nxt >= len(toks) or not toks[nxt].word or toks[nxt].low in cues.prepositions or toks[nxt].low == TO
