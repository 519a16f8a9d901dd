"""(dates61) The day a later sentence tells of a meeting the story told without one.

'A spoke with B by phone. The call took place on Sunday.', 'The call, which took place on Sunday, lasted an hour.',
'A는 B와 통화했다. 통화는 지난 15일 이뤄졌다.': a meeting the story dated only by the publication (the report told it
with no day of its own) takes the past day that the clause of a meeting word referring back to it states, or a
relative clause right after that word. A meeting with a day of its own keeps it; a day after the publication or
beyond the lookback, a report's day or a day of another clause ('The call came a day after X attacked Y on Sunday')
moves nothing.
"""
from __future__ import annotations

from datetime import date, timedelta

from readout.model import Article, DateRef, Event, OCCURRED, Span
from readout.pipeline.lead_dates import undated

BETWEEN = " ,"  # what may stand between the meeting word and the relative clause that describes it: 'The call, which'


def told_day(meeting: Event | None, article: Article, sent: Span, text: str, clause: tuple[int, int],
             word: tuple[int, int], lookback_days: int) -> None:
    """Re-date `meeting` by the day of the referring word's clause (`clause`, sentence offsets) or of a relative clause
    opening at or right after the word (`word`, sentence offsets), when the meeting was dated by the publication
    alone."""
    ref = article.reference_date
    if meeting is None or ref is None or meeting.status != OCCURRED or not meeting.evidence \
            or meeting.evidence[0].start >= sent.start or not undated(meeting, article.dates, ref) \
            or occasion_named(article, text[word[0]:word[1]], sent.start):
        return
    days = [d for d in article.dates if sent.start <= d.span.start < sent.end and told(d, ref, lookback_days)
            and (not d.background and clause[0] <= d.span.start - sent.start < clause[1]
                 or describes(d, sent, text, word))]
    if days:
        d = days[0]
        meeting.date, meeting.date_precision, meeting.date_basis = d.value, "day", "text"
        meeting.date_window, meeting.date_relative = None, d.relative_to_narrative


def occasion_named(article: Article, word: str, before: int) -> bool:
    """The word names a gathering an earlier sentence named as something other than a told meeting: 'A met B on the
    sidelines of the Nordic summit. ... The leaders opened their summit on Wednesday.', '정상회의 계기에 ... 회담했다. ...
    정상회의는 9일 개막했다': the later word is that occasion, whose day is no day of the meeting held beside it."""
    word = word.casefold()
    triggers = {(e.evidence[0].start, e.trigger.casefold()) for e in article.events if e.type == "CONSULT" and e.evidence}
    return any(t.text.casefold() == word and (start, word) not in triggers
               for start, words in article.meeting_words.items() if start < before for t in words)


def told(d: DateRef, ref: date, lookback_days: int) -> bool:
    """A plain past day within the lookback: not a report's, a plan's, nor one after the publication."""
    return bool(d.value) and d.precision == "day" and not d.reporting and not d.span.data.get("plan") \
        and ref - timedelta(days=lookback_days) <= d.value <= ref


def describes(d: DateRef, sent: Span, text: str, word: tuple[int, int]) -> bool:
    """The day stands in a relative clause opening at the meeting word or right after it ('The call, which took place
    on Sunday,')."""
    clause = d.span.data.get("clause")
    if not clause or not d.background:
        return False
    start = clause[0] - sent.start
    return word[0] <= start and (start <= word[1] or not text[word[1]:start].strip(BETWEEN))
