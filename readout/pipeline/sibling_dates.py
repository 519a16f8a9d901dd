"""Days of two act words one sentence tells in a row, each with a day of its own (dates58).

'Peru expelled Chile's envoy on Monday and recalled its own on Wednesday', '페루는 10일 칠레 대사를 추방했고, 12일 자국
대사를 소환했다': the day between the two act words is the one of them that has no other day on its far side. English
puts an act's day after its words, Korean before them; in both, a day on the outer side of an act word, with no other
act word between them, is that act's alone, and the day between goes to its neighbour. `date_act` chose the closest
day, which gave the second English act the first one's day (and the two acts of one type were then read as one).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import DateRef, Span


def sibling_dates(sent: Span, k: int, hits: list[ActHit], dates: list[DateRef]) -> list[DateRef]:
    """The dates act word `k` may take, less a day standing between it and a neighbouring act word where a day of
    its own stands on its other side, with no act word in between (it is then the neighbour's day). Only days and
    months the story tells as its own (not a report's day, not a background clause's, not one a noun owns)."""
    hit = hits[k]
    lo, hi = sent.start + hit.start, sent.start + hit.end
    others = [(sent.start + h.start, sent.start + h.end) for j, h in enumerate(hits) if j != k
              and (h.end <= hit.start or h.start >= hit.end)]
    plain = [d for d in dates if d.value and d.precision in ("day", "month") and not d.reporting and not d.background
             and not d.span.data.get("of_noun")]  # 'over the March 9 ambush': a noun's day is no act word's own
    prev_end = max((e for _s, e in others if e <= lo), default=None)
    next_start = min((s for s, _e in others if s >= hi), default=None)
    before = [d for d in plain if d.span.end <= lo and (prev_end is None or d.span.start >= prev_end)]
    after = [d for d in plain if d.span.start >= hi and (next_start is None or d.span.end <= next_start)]
    shared = []
    if prev_end is not None and after:
        shared += before  # 'expelled X on Monday and recalled Y on Wednesday': Monday is the expulsion's
    if next_start is not None and before:
        shared += after  # '10일 추방했고, 12일 소환했다': the 12th is the recall's
    if not shared or not any(d.value != s.value for d in plain for s in shared):
        return dates
    return [d for d in dates if d not in shared]
