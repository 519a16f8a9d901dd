"""(ensupport68) An -ing form that is more often a noun than a verb ('funding', 'financing': `progressive_only_forms`)
is the verb only in the progressive, a form of 'be' before it, adverbs between ('Iran is funding the militia', 'has
been financing the rebels'): that is AID economic given to the object. Elsewhere it names money ('announced new funding
for schools', 'cut funding to X', 'seeking funding from X'), which other entries read as the act they are (a cut is a
SANCTION, a request a REQUEST); as a verb it would add an AID no one gave.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def nominal_forms(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without a verb hit on a form of `progressive_only_forms` that no form of 'be' governs."""
    return [h for h in hits if h.nominal or toks[h.data["token"]].low not in cues.progressive_only_forms
            or progressive(toks, h.data["token"], cues)]


def progressive(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether a form of 'be' stands before token i, past adverbs ('is still funding')."""
    k = i - 1
    while k >= 0 and (toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        k -= 1
    return k >= 0 and toks[k].low in cues.copulas
