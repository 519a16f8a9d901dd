"""(enfollow48) Arms sent to a border are deployed, not given: 'sent tanks to its border with X', 'moved artillery
to the frontier', 'shipped missiles to its northern border'. The verbs of CAMEO 072 (send, ship, transfer, deliver
weapons to Y) give arms to the state that receives them; a border is no receiver but the place where the sender's own
forces stand, so the transfer is a show of force: MOBILIZE weapons, as 'deployed tanks to its border with X' is, and
aimed at the border's other state where 'with X' names one (act_border_postures via act_targets.facing_spans). Arms
sent to a state ('sent tanks to X') or to its forces stay AID military; a border seen by no placing preposition
('sent tanks, the border guards said') changes nothing.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.en.act_border_postures import PLACING, border_noun_at
from readout.lang.en.act_walk_tokens import time_adverbial_end

if TYPE_CHECKING:
    from readout.lang.base import ActHit
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

REACH = 6  # words from the end of the arms' phrase to the placing preposition ('sent 40 more tanks quickly to')
# the target prepositions of a deployment of weapons (the lexicon's 'deploy' + weapons entry): 'to' places them,
# the posture ones make them face a state
DEPLOYED_TARGET = ("to", "near", "along", "around")
BORDER_LANDS = frozenset({"area", "areas", "region", "regions", "zone", "zones"})


def border_arms(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The hit retyped MOBILIZE weapons when it is military AID whose destination is a border (module docstring)."""
    if hit.type != "AID" or hit.mode != "military" or hit.nominal:
        return hit
    j = hit.data.get("end_token", hit.data["token"]) + 1
    for p in range(j, min(j + REACH, len(toks))):
        t = toks[p]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return hit
        if t.low in PLACING:
            return deployed(hit) if border_after(toks, p + 1, cues) else hit
    return hit


def border_after(toks: list[Token], k: int, cues: Cues) -> bool:
    """A border noun heads the phrase from token k (`border_noun_at`: a determiner or owner, a few lower-case words)."""
    k = border_noun_at(toks, k, cues)
    if k is None:
        return False
    n = k + 1  # the border noun heads its phrase, or a noun of the border's land does ('the border area');
    # before another noun it only modifies it ("to X's border guards": people, who may be given arms)
    if n < len(toks) and toks[n].low in BORDER_LANDS:
        n += 1
    return n >= len(toks) or not toks[n].word or not toks[n].raw.islower() or toks[n].low in cues.prepositions \
        or toks[n].low in cues.clause_breaks or time_adverbial_end(toks, n, cues) > n  # 'last week'


def deployed(hit: ActHit) -> ActHit:
    return replace(hit, type="MOBILIZE", mode="weapons", target=DEPLOYED_TARGET,
                   data=dict(hit.data, deployed_arms=True))
