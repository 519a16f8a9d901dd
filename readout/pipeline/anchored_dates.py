"""Days counted from another event the document names (dates46): 'Kim met Li on the eve of the parade', '정상회의 전날
회담했다'. The day is the named event's day moved by the count, where the document states that day: a sentence before
(or the one itself, up to the count) that names the event's noun and states a day of its own ('On Oct. 10, the North
staged a parade'). Where none does, the count dates nothing: the act is left undated, never put on the story's or the
publication's day, which are not the event's."""
from __future__ import annotations

from datetime import date, timedelta

from readout.model import Article, DateRef


def stated_day(article: Article, lo: int, hi: int) -> date | None:
    """The last day a stretch of text states of its own: a day's date, not counted, not of a report, not background."""
    days = [d.value for d in article.dates if lo <= d.span.start < hi and d.value and d.precision == "day"
            and not d.relative_to_narrative and not d.reporting and not d.background]
    return days[-1] if days else None


def anchor_day(article: Article, noun: str, pos: int) -> date | None:
    """The day of the latest sentence up to `pos` that names `noun` (case-folded) and states a day."""
    for sent in reversed([s for s in article.sentences if s.start < pos]):
        hi = min(sent.end, pos)
        if noun in article.text[sent.start:hi].casefold():
            day = stated_day(article, sent.start, hi)
            if day is not None:
                return day
    return None


def resolve_anchored(article: Article, d: DateRef) -> bool:
    """Resolve a date counted from a named event (`span.data["anchor_noun"]`); False where it is not one. One the
    document gives no day for stays None and is marked `unanchored` (meeting_build.set_date, act_dates.date_act)."""
    noun = d.span.data.get("anchor_noun")
    if not noun:
        return False
    base = anchor_day(article, noun, d.span.start)
    if base is None:
        d.span.data["unanchored"] = True
    else:
        d.value = base + timedelta(days=d.span.data.get("shift", 0))
        d.span.data["basis"] = "text"
    return True


def unanchored(dates: list[DateRef]) -> bool:
    """Whether the sentence counts a day from an event the document gives no day for."""
    return any(d.span.data.get("unanchored") for d in dates)
