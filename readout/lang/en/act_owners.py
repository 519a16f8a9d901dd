"""The owner of a noun act named by 'their' (issue 15, en18).

'the United States and South Korea began their annual military drills': 'their' stands for the coordinated subject
before it, so the drills are both states' acts, not the nearest name's alone. The language marks such a noun act
(`plural_owner`); the pipeline then takes the whole coordinated group that ends at the nearest owner.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OWNER_REACH = 4  # tokens from 'their' to the act noun ('their annual springtime military drills')
PLURAL_OWNERS = frozenset({"their"})


def plural_owners(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each noun act with 'their' within `OWNER_REACH` words before it, only adjectives or nouns between, marked
    `plural_owner`."""
    out = []
    for h in hits:
        if h.nominal and owned_by_them(toks, h.data["token"]):
            h = replace(h, data={**h.data, "plural_owner": True})
        out.append(h)
    return out


def owned_by_them(toks: list[Token], i: int) -> bool:
    for k in range(i - 1, max(i - 1 - OWNER_REACH, -1), -1):
        if toks[k].low in PLURAL_OWNERS:
            return True
        if not toks[k].word or toks[k].raw[:1].isupper():
            return False
    return False
