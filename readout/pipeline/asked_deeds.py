"""The deed a request or invitation asks for, at a time of its own (dates48): 'Noboa invited Petro to visit Quito in
March', '노보아 대통령은 페트로 대통령에게 3월 키토 방문을 요청했다'. The month is the planned deed's (a background date the
language marks `plan`: lang/en/date_verbs.plan_complement, lang/ko date_request_after_re), so the invitation is dated by its
own clause or the story, the report's act. Dated alike, it would fuse with every other request of the same sides the
document tells that day ('... and asked Petro to mediate'): an invitation to an occasion at a stated time, told in
a sentence of its own, is another request than one asking for another time or none (pipeline/consolidate.same_event).
"""
from __future__ import annotations

from datetime import date

from readout.lang.base import ActHit
from readout.model import DateRef, Event

ASKING = frozenset({"REQUEST"})  # PLOVER's act of asking or inviting: the one whose deed may have a time of its own


def asked_time(hit: ActHit, dates: list[DateRef], lo: int, hi: int) -> date | None:
    """The time of the planned deed a request's clause [lo, hi) (absolute offsets) asks for: its first date marked
    as a plan's; None for other acts or a request naming no time."""
    if hit.type not in ASKING:
        return None
    planned = [d.value for d in dates if d.span.data.get("plan") and d.value and lo <= d.span.start < hi]
    return planned[0] if planned else None


def asked_apart(a: Event, b: Event) -> bool:
    """Two requests of one document asking for deeds at other times (one at none), told in other sentences."""
    return a.asked_time != b.asked_time and not any(s in a.evidence for s in b.evidence)
