"""A sum agreed or pledged to another side: 'agreed to give X $20 million', 'pledged to provide X with $5 million'
(en23).

A grant decided is a grant made: the money is allotted by the decision (PLOVER AID, occurred), as the finder
already reads 'has decided to provide $2 million' (`act_clause.decided`). A one-sided agreement or pledge whose
governed act is that grant is no AGREE between two sides besides it: the pledge word is read as the AID (it keeps
the pledge's place, so its clause's subject and the receiver the pledge took from its governed act stay), and the
governed word goes. A pledge of anything else ('agreed to hold talks', 'pledged to send troops') keeps its reading.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def granted_sums(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each occurred, unnegated pledge (`cues.grant_pledges`) whose governed act is an AID with a sum for its
    object (`cues.sum_words`) read as that AID, occurred; the governed AID word dropped."""
    drop: set[int] = set()
    made: dict[int, ActHit] = {}
    for n, h in enumerate(hits):
        comp = h.data.get("complement")
        if h.type != "AGREE" or comp is None or h.negated or h.status != "occurred" \
                or h.lemma.split()[0] not in cues.grant_pledges:
            continue
        g = next((k for k, a in enumerate(hits) if a is not h and a.start <= comp < a.end), None)
        if g is not None and hits[g].type == "AID" and not hits[g].negated \
                and hits[g].data.get("object") in cues.sum_words:
            data = {k: v for k, v in h.data.items() if k not in ("complement", "stated_type")}
            made[n] = replace(h, type="AID", mode=hits[g].mode, target=hits[g].target or h.target, data=data)
            drop.add(g)
    return [made.get(k, h) for k, h in enumerate(hits) if k not in drop]


SUM_REACH = 3  # tokens from a sum's head to what it is in ('$350 billion in new investment')


def unaided_sums(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each AID whose object is a sum said to be in something given for gain, not as aid
    (`cues.non_aid_sums`: 'pledged $350 billion in investment in X'): a commercial commitment, no grant."""
    return [h for h in hits if not (h.type == "AID" and h.data.get("object") in cues.sum_words
                                    and sum_for_gain(toks, h.data.get("object_token"), cues))]


def sum_for_gain(toks: list[Token], k: int | None, cues: Cues) -> bool:
    """'in' right after the sum's head at token k, then within `SUM_REACH` words a word of `cues.non_aid_sums`."""
    if k is None or k + 1 >= len(toks) or toks[k + 1].low != "in":
        return False
    return any(t.low in cues.non_aid_sums for t in toks[k + 2:k + 2 + SUM_REACH])
