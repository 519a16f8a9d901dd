"""(acts57b, issue 15) A deed a demanded price buys is no deed done: 'Kidnappers demanded a ransom for the release of a
X engineer'.

Why: the ransom demanded is the kidnapping's ASSAULT abduct (acts57: CAMEO files DEMAND + RANSOM under 181), and the
release after its 'for' is what the ransom would buy, the captor's own deed not yet done; read as a noun of its own it
gave a RETREAT release done by the hostage's state. Rule: a nominal act whose noun follows the demanded price's object
(`demanded_price_objects`) with only the price's links between (`price_links`: 'for the', 'in exchange for the') goes.
A ransom paid ('paid a ransom for the release of X', CONCEDE) is no demand and keeps its release as read.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PRICE_TYPES = frozenset({"ASSAULT"})  # the demanded ransom's reading (ASSAULT abduct), no payment's CONCEDE


def priced_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each nominal act a demanded price buys (its noun right after the price and its links)."""
    bought = {k for h in hits if h.type in PRICE_TYPES and not h.negated and not h.nominal
              for k in [bought_at(toks, h, cues)] if k is not None}
    return [h for h in hits if not (h.nominal and h.data.get("token") in bought)]


def bought_at(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token where the deed the price of `hit` buys starts ('a ransom [for the] release': the token of 'release'),
    or None where the hit's object is no demanded price or no 'for' follows it."""
    k = hit.data.get("object_token")
    if k is None or str(hit.data.get("object", "")).lower() not in cues.demanded_price_objects:
        return None
    j = k + len(str(hit.data["object"]).split())
    start = j
    while j < len(toks) and toks[j].low in cues.price_links:
        j += 1
    return j if j < len(toks) and any(t.low == "for" for t in toks[start:j]) else None
