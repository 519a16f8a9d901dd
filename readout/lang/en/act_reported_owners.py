"""(enrelative70) Whose 'its' is in a deed another state reports: 'Togo said Benin's gunboats fired on its
fishermen'. English reads a possessive pronoun in a clause as the sentence's subject, as the charge rule already
does ('X accused Y of firing at its soldiers': X's, act_sides.charged_own_people): 'its' cannot be the plural
'gunboats', and the state the speaker's clause names owns it, not the gunboats' owner inside the report. With no
speaker ('Benin's gunboats fired on its fishermen') the sentence's subject is the possessive phrase and 'its' is its
owner's (a domestic act, as before). 'its own fishermen' is the doer's own (docs/coding-choices.md)."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_sides import OWNER_LEAD
from readout.lang.en.act_tokens import Token

POSSESSIVE_ENDS = ("'s", "’s")
SINGULAR_OWNER = "its"  # 'their' may be the plural subject's own ('Y's gunboats fired on their crews'): not read


def reporter_span(toks: list[Token], hit: ActHit, start: int, cues: Cues) -> tuple[int, int] | None:
    """The words before the reporting verb ('Togo said'), when the hit is a verb in the clause that verb reports,
    its subject a named owner's possessive phrase ('Benin's gunboats'), and its object at `start` opens with 'its'
    (not 'its own'); else None."""
    if hit.nominal:
        return None
    v = hit.data["token"]
    j = next((n for n, t in enumerate(toks) if t.start == start), None)
    if j is None or toks[j].low != SINGULAR_OWNER or j + 1 < len(toks) and toks[j + 1].low == "own" \
            or j - v > OWNER_LEAD + 1:
        return None
    r = next((n for n in range(v - 1, 0, -1) if toks[n].low in cues.reporting), None)
    if r is None or not any(t.raw[:1].isupper() for t in toks[:r]) or any(not t.word for t in toks[r + 1:v]):
        return None
    owner = [n for n in range(r + 1, v) if toks[n].raw[:1].isupper() and toks[n].low.endswith(POSSESSIVE_ENDS)]
    return (toks[0].start, toks[r].start) if owner else None
