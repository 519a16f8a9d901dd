"""A statement told first and retold by the next sentence with the day its speaker spoke (dates40).

'X's foreign ministry dismissed the remarks. Its spokesman told a news briefing on Wednesday that ...', '외교부는 ...
반박했다. 대변인은 16일 정례 브리핑에서 ...고 말했다': the first sentence gives the gist with no day (the story's day,
often an earlier one the story told before), the next gives the speaking with its day. The statement is made on
that day: a reporting day of the next sentence of its paragraph (a language's `reporting` mark: 'said Wednesday',
'told a news briefing on Wednesday', '16일 ... 밝혔다'), later than the story's day and not after publication,
where that sentence names no subject of another side (a spokesman with no state named goes on with the voice just
heard).
"""
from __future__ import annotations

from datetime import date

from readout.model import Article, DateRef, Event, OCCURRED, Span
from readout.pipeline.act_recipients import VERBAL


def retold_statements(article: Article) -> None:
    """Re-date each statement dated only by the story whose next sentence retells it with a later reporting day."""
    ref = article.reference_date
    sentences = article.sentences
    for event in article.events:
        if event.type not in VERBAL or event.status != OCCURRED or event.date_basis != "narrative" \
                or event.date is None or event.date_precision != "day" or not event.evidence:
            continue
        k = next((i for i, s in enumerate(sentences) if s.start == event.evidence[-1].start), None)
        if k is None or k + 1 >= len(sentences) or not same_paragraph(article, sentences[k], sentences[k + 1]):
            continue
        day = reporting_day(article.dates, sentences[k + 1], ref)
        if day and day > event.date and not other_side_speaks(article, sentences[k + 1], event):
            event.date = day


def same_paragraph(article: Article, a: Span, b: Span) -> bool:
    return any(p.start <= a.start and b.end <= p.end for p in article.paragraphs)


def reporting_day(dates: list[DateRef], sent: Span, ref: date | None) -> date | None:
    """The one reporting day the sentence states, if it is a plain day not after the publication."""
    days = {d.value for d in dates if sent.start <= d.span.start < sent.end and d.reporting and d.value
            and d.precision == "day" and not d.background and not d.span.data.get("relayed")
            and (ref is None or d.value <= ref)}
    return days.pop() if len(days) == 1 else None


def other_side_speaks(article: Article, sent: Span, event: Event) -> bool:
    """The sentence's subjects name a state that is not among the statement's actors."""
    actors = {p.country for p in event.participants}
    sides = {(m.entity.country if m.entity else None) or m.country_hint for m in article.mentions
             if m.role == "subject" and not m.excluded and sent.start <= m.span.start < sent.end}
    return bool(sides - actors - {None})
