"""The day of a report's lead, told by its next paragraph.

A news report opens with a lead that tells the news without its day ('The coast guard seized three boats ...,
officials said Wednesday'; '[방송] A 경찰이 ... 급습해 ... 붙잡았습니다') and retells it in the next paragraph with
the day ('The boats were caught on Tuesday ...'; '지난 3일 ... 단속해 ...'). The lead's deed, dated only by the
publication (a weak "on or before", or a story day that is only the publication's), takes that day: the first
day the next paragraph states, when it is a day already past at publication within the lookback.
Nothing else moves: a lead with a day of its own; a statement that the body's first sentence does not retell
(the body's first day is as often the deed it answers: 'Japan protested the ships' entry. Four ships entered the
waters on Wednesday'); a next paragraph whose first date is a report's day, a recalled or background day, a month,
a day after the report or one outside the lookback ('지난해 10월', 'last month'): all leave the lead on its
publication.

The same step dates a statement the story dated only by the deed it tells on the day its side is reported to speak
('The navy said Wednesday it had seized a boat. The boat was intercepted late Tuesday. It accused the crew ...':
the accusation is Wednesday's), read once the whole article is known (`voiced_on_report_day`).
"""
from __future__ import annotations

from datetime import date, timedelta

from readout.model import Article, DateRef, Event, OCCURRED, Span
from readout.pipeline.act_recipients import VERBAL
from readout.pipeline.retold_dates import retold_statements


def lead_dates(article: Article, ctx) -> Article:
    """The pipeline step (after consolidation, so a lead fused with a body report of one deed is judged once)."""
    lead_dated_by_body(article, ctx.settings.merge_published_lookback_days, ctx)
    voiced_on_report_day(article)
    retold_statements(article)  # dates40: 'X dismissed the remarks. Its spokesman told a briefing on Wednesday ...'
    return article


def lead_dated_by_body(article: Article, lookback_days: int, ctx) -> None:
    """Re-date the lead's events dated only by the publication with the next paragraph's first stated day."""
    ref = article.reference_date
    if ref is None or len(article.paragraphs) <= 1:
        return
    lead, body, *rest = article.paragraphs
    first = next((s for s in article.sentences if body.start <= s.start < body.end), None)
    day = body_day(article, first, ref, lookback_days) if first else None
    last = lead  # the lead's last paragraph
    while day is None and rest and headline(article, last, ctx):  # fields10: a headline, then a lead without a day,
        # then the body that retells both with the day; dates59: a byline line between them ('(서울=뉴스1) ... 송고')
        # reads as one more headline line, which the lead goes on over
        last, lead, body, rest = body, Span(lead.start, body.end, lead.label), rest[0], rest[1:]
        first = next((s for s in article.sentences if body.start <= s.start < body.end), None)
        day = body_day(article, first, ref, lookback_days) if first else None
    if day is None:
        return
    for event in article.events:
        if in_lead(event, lead) and event.status == OCCURRED and undated(event, article.dates, ref) \
                and (event.type not in VERBAL or retold(event, article, first, day)):
            event.date, event.date_precision, event.date_basis = day, "day", "narrative"


def retold(event: Event, article: Article, first: Span, day: date) -> bool:
    """A lead's statement is retold by the body's first sentence when a speaker of the same side is that
    sentence's subject ('중국 외교부 대변인은 14일 정례브리핑에서 ... 말했다'; a day only of the saying, 'said on
    Tuesday', never dates the lead: `body_day`) or the sentence carries a statement of that side on that day;
    otherwise the body's first day is as often the deed the statement answers ('인도군에 따르면 파키스탄군은 지난
    18일 ... 포격'), and the statement keeps the publication day."""
    actors = {e.country for e in event.participants if e.country}
    speaker = any(m.span.label == "person" and m.role == "subject" and first.start <= m.span.start < first.end
                  and ((m.entity.country if m.entity else None) or m.country_hint) in actors for m in article.mentions)
    return speaker or any(o is not event and o.type in VERBAL and o.date == day and o.date_basis == "text"
                          and any(first.start <= s.start < first.end for s in o.evidence)
                          and actors & {e.country for e in o.participants} for o in article.events)


def headline(article: Article, first: Span, ctx) -> bool:
    """The first paragraph is a headline (the language's `is_headline`: no sentence's final mark), the lead after it
    being the report's first paragraph of text."""
    return ctx.language(first.label).is_headline(article.text[first.start:first.end])


def in_lead(event: Event, lead: Span) -> bool:
    return bool(event.evidence) and lead.start <= event.evidence[0].start < lead.end


def undated(event: Event, dates: list[DateRef], ref: date) -> bool:
    """Dated by the publication alone: basis published, or the story's day when that is the publication day and
    the event's sentence states no day but a report's (a lead's day inferred from nothing before it)."""
    if event.date_basis == "published":
        return True
    sent = event.evidence[0]
    return event.date_basis == "narrative" and event.date == ref and not any(
        sent.start <= d.span.start < sent.end and d.value and not d.reporting for d in dates)


def body_day(article: Article, first: Span, ref: date, lookback_days: int) -> date | None:
    """The day the body's first sentence states first, if it is a plain past day within the lookback. Only the
    first sentence's first date: a later one is the story moving on or back, not the lead retold."""
    dates = sorted((d for d in article.dates if first.start <= d.span.start < first.end and d.value),
                   key=lambda d: d.span.start)
    if not dates:
        return None
    d: DateRef = dates[0]
    plain = d.precision == "day" and not d.reporting and not d.background and not d.relative_to_narrative
    return d.value if plain and ref - timedelta(days=lookback_days) <= d.value < ref else None


def voiced_on_report_day(article: Article) -> None:
    """'The navy said Wednesday it had seized a boat. The boat was intercepted late Tuesday. It accused the crew of
    ...': a statement the story dates only by the deed it tells (basis narrative) is made on the day its side is
    reported to speak ('X said Wednesday', '대변인은 15일 ... 밝혔다'), when the article gives that side one such
    day, later than the deed's and not after publication. A side with a statement its own words date on the deed's
    day or a meeting its words date then ('통신에 따르면 김 위원장은 전날 ... 회담을 하고'), or reported speaking on
    several days, keeps the story's day."""
    ref = article.reference_date
    spoke = report_days(article, ref)
    for event in article.events:
        if event.type not in VERBAL or event.status != OCCURRED or event.date_basis != "narrative" \
                or event.date is None or event.date_precision != "day":
            continue
        side = frozenset(e.country for e in event.participants if e.country)
        days = set().union(*(spoke.get(c, set()) for c in side)) if side else set()
        if len(days) != 1 or min(days) <= event.date:
            continue
        if any(o.date == event.date and (o.type == "CONSULT" or o.type in VERBAL and o.date_basis == "text")
               and side & {e.country for e in o.participants} for o in article.events):
            continue  # the side is told speaking or meeting on the deed's day: its words may be that day's
        event.date = min(days)


def report_days(article: Article, ref: date | None) -> dict[str, set[date]]:
    """The days each state is reported to speak on: a report's day ('said Friday') in a sentence whose subject is
    that state's person, body or state, or whose act that state did; not a medium's day relaying the sides
    (`relayed`: 'KCNA said Wednesday', '조선중앙통신이 19일 보도했다')."""
    spoke: dict[str, set[date]] = {}
    for d in article.dates:
        if not (d.reporting and d.value and d.precision == "day" and not d.background and (ref is None or d.value <= ref)) \
                or d.span.data.get("relayed"):  # 'state media said Wednesday': the medium's day, not its sides'
            continue
        sent = next((s for s in article.sentences if s.start <= d.span.start < s.end), None)
        if sent is None:
            continue
        sides = {(m.entity.country if m.entity else None) or m.country_hint for m in article.mentions
                 if m.role == "subject" and not m.excluded and sent.start <= m.span.start < sent.end}
        sides |= {p.country for e in article.events if e.evidence and sent.start <= e.evidence[0].start < sent.end
                  for p in e.participants}
        for side in sides - {None}:
            spoke.setdefault(side, set()).add(d.value)
    return spoke
