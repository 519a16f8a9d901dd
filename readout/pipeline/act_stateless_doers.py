"""(relatives66) The doer of a deed a 'who' clause tells of a person whose state the text does not give.

'Peru's president met foreign minister Ana Ruiz, who had criticized Chile': the relative clause's deed is the head
person's own (the language marks it `relative_deed` with the head as `agent_span`), so when that head names no state
its doer is the person alone, a party with no state, never the sentence's subject that the fallback chain of
act_actors would give (Peru did not criticize Chile). A head naming a state ('Chile's foreign minister Ana Ruiz')
is read by the agent's states as before.
"""
from __future__ import annotations

from readout.model import Entity, Mention, Span
from readout.pipeline.act_recipients import SideItem


def stateless_doer(sent: Span, hit, items: list[SideItem], mentions: list[Mention]) -> Entity | None:
    """The person with no state named in the agent span of a relative deed whose span names no state, else None."""
    span = hit.data.get("agent_span")
    if not hit.data.get("relative_deed") or not span:
        return None
    lo, hi = sent.start + span[0], sent.start + span[1]
    if any(lo <= i.span.start < hi and i.codes for i in items):
        return None  # the head's own state does it
    return next((m.entity for m in mentions if m.entity is not None and m.entity.kind == "person"
                 and not m.entity.country and not m.excluded and lo <= m.span.start < hi), None)
