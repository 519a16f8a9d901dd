"""Disapproval stated as a feeling with no object named: 'expressed "deep disappointment and regret"', 'voiced
strong displeasure' (en23).

Such a statement answers the acts just reported, as 'condemned the launch' does: the finder marks it like an
unaddressed answer (`act_answers.unaddressed_appeals`: `unaddressed`, `answers`), so the pipeline takes the side
whose act was reported last (the acting side of the conflict act before it); with no such act it stays without a
receiving side and gives no event. A feeling with its own object ('over X's decision') keeps that object.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def unaddressed_feelings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each occurred, unnegated verbal ACCUSE whose required object is a feeling noun (`cues.feeling_objects`) or a
    protest lodged (`unaddressed_object`) and that names no target, marked as an unaddressed answer."""
    out = []
    for h in hits:
        if h.type == "ACCUSE" and not h.nominal and not h.negated and h.status == "occurred" \
                and unaddressed_object(h, cues) and not h.data.get("target_spans") \
                and not h.data.get("unaddressed"):
            h = replace(h, data={**h.data, "unaddressed": True, "answers": True})
        out.append(h)
    return out


def unaddressed_object(hit: ActHit, cues: Cues) -> bool:
    """The ACCUSE's required object says disapproval without naming whom: a feeling ('expressed deep regret') or a
    protest or complaint lodged ('lodged a protest through diplomatic channels', `cues.protest_objects`, en32): the
    one protested against is whoever did the deed just reported, as for a feeling."""
    obj = hit.data.get("object")
    return obj in cues.feeling_objects or obj is not None and obj.split()[-1] in cues.protest_objects
