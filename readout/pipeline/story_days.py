"""The story's day as the sentences go: which dates move it (a dated meeting, an explicit day, a day told of a
deed), which do not (background, plans, named occasions, recalls weeks back), a recall that lasts its paragraph,
and 'that day', '전날' resolved against it.

Why a module of its own: pipeline/events.find_events walks the sentences and asks these after each one; the
meetings it reads (events.py) and the acts (acts.py) are dated by the day this keeps (`Narrative.day`).
"""
from __future__ import annotations

from datetime import date, timedelta

from readout.model import Article, DateRef, Event, OCCURRED, Span
from readout.pipeline.act_dates import reached_day, report_day
from readout.pipeline.anchored_dates import resolve_anchored
from readout.pipeline.narrative import Narrative
from readout.pipeline.week_days import counted_from_week, told_week


def named_dates_dropped(article: Article) -> list[DateRef]:
    """The document's dates without those inside a person's name: a month or weekday word that is part of a
    name ('Defence Minister Dong Jun', 'Mai', 'Rafael Marzo') dates nothing, and would date a meeting to its month."""
    names = sorted((m.span.data["name_start"], m.span.data["name_end"]) for m in article.mentions
                   if m.span.label == "person" and m.entity and m.span.data.get("name_end", 0) > m.span.data.get(
                       "name_start", 0))  # the name itself: a title chain may reach back over a date ('6일 일본 외무상')
    if not names:
        return article.dates
    return [d for d in article.dates if not any(a <= d.span.start and d.span.end <= b for a, b in names)]


def advance_story_day(article: Article, story: Narrative, found: list[Event], dates: list[DateRef],
                      step_back_days: int) -> None:
    """The story's date moves with a dated meeting or an explicit day; background dates never move it.
    Nor does a day weeks before the story's own: a report goes back that far only to recall ('its last
    launch on November 5', '지난 9월 회담에 이어'), and the next sentence is about the story again."""
    ref = article.reference_date
    recalled = story.day - timedelta(days=step_back_days) if story.day else None
    earlier = {e.date for e in found if earlier_meeting_of_pair(e, story)}
    explicit = [d.value for d in dates if d.value and d.precision == "day" and not d.background
                and not d.span.data.get("planned")  # '29일에는 ... 설명할 예정이다': a plan's day is not reached
                and not d.span.data.get("of_noun")  # 'Under the pact, signed at Wednesday's summit, ...': an occasion named
                and (not d.reporting or d.span.data.get("claim"))  # a claim's day is told (lang/ko/dates.make)
                and (ref is None or d.value <= ref) and d.value not in earlier]
    dated = [e.date for e in found if e.date and e.date_precision == "day" and e.date_basis == "text"
             and e.status == OCCURRED and e.date not in earlier]
    days = [day for day in dated or explicit or told_days(dates, ref) if recalled is None or day >= recalled]
    if days:
        story.day = days[-1]
    elif story.day is None:  # 'X said on Wednesday that ...' opening a report: the day the news is of, until a
        # sentence states its own (what the report says next happened that day, not on the publication day)
        said = [d.value for d in dates if d.value and d.precision == "day" and d.reporting and not d.background
                and (ref is None or d.value <= ref)]
        story.day = said[0] if said else None
    story.told = explicit[-1] if explicit else story.day if days else story.told  # dates53: the day told last
    week = told_week(dates, ref)
    story.week = None if explicit or dated else week or story.week  # endates49: 'Last week A met B.' (no day told)


def told_days(dates: list[DateRef], ref) -> list:
    """'X said on Sunday it had lodged a protest. Y issued a statement the same evening': a sentence whose only day is
    the one its maker told of a deed on is the story's day from then on (its statement is on it: act_dates.told_on),
    so 'the same evening', 'that day' after it count from it; a medium's day ('state media said Monday') is not a
    side's (fresh37)."""
    return [d.value for d in dates if d.value and d.precision == "day" and d.reporting and not d.background
            and not d.span.data.get("relayed") and not d.span.data.get("planned")
            and (ref is None or d.value <= ref)]


def paragraph_index(article: Article, sent: Span) -> int | None:
    """The index of the paragraph the sentence is in."""
    return next((k for k, p in enumerate(article.paragraphs) if p.start <= sent.start < p.end), None)


def return_from_recall(article: Article, sent: Span, story: Narrative, dates: list[DateRef] = ()) -> None:
    """'앞서 X군은 9일 ... 타격했다고 발표했다. Y는 ... 규탄했다.' then a new paragraph: the recall lasts its own
    paragraph; a sentence of the next returns to the day the story had left (or a later one it reached since), so an
    undated act there is not put on the recalled day, nor an undated statement at a meeting of an earlier day. A
    sentence that counts from the day told last ('같은 날', '이튿날', 'the same day'; not '이날', the report's) goes on
    with the recall in its own paragraph."""
    if story.recall and paragraph_index(article, sent) != story.recall[0] and any(
            d.relative_to_narrative and d.span.data.get("anchor") != "report" for d in dates):
        story.recall = (paragraph_index(article, sent), story.recall[1])  # fields10: '같은 날 오후 ...' goes on
        return
    if story.recall and paragraph_index(article, sent) != story.recall[0]:
        story.day = max(story.day, story.recall[1]) if story.day else story.recall[1]
        story.recall, story.told = None, story.day
        if story.meeting and story.meeting.date and story.meeting.date_precision == "day" \
                and story.meeting.date < story.day:
            story.meeting = None  # fields10: '앞서 A·B·C 정상은 18일 회의를 열고 ...' then '정부는 ... 촉구했다': an
            # earlier meeting is no scene of the statements the story returns to (pipeline/act_dates.date_act)


def note_recall(article: Article, sent: Span, story: Narrative, left: date | None, ctx,
                dates: list[DateRef] = ()) -> None:
    """A sentence opened by 'earlier' (the language's `opens_recall`), or whose day is marked as recalled
    ('함정은 앞서 17일 입항했다', lang/ko/date_claims.recalled_day) or past ('지난 9일', fields10), that took the story back
    from the day it had (`left`) recalls that earlier day for its paragraph (`return_from_recall`)."""
    if left and story.day and story.day < left and not story.recall \
            and (ctx.language(sent.label).opens_recall(article.text[sent.start:sent.end])
                 or any((d.span.data.get("recall") or d.span.data.get("past")) and d.value == story.day
                        for d in dates)):
        story.recall = (paragraph_index(article, sent), left)


def earlier_meeting_of_pair(event: Event, story: Narrative) -> bool:
    """'두 장관은 지난 12일 ... 회담한 데 이어 일주일 만에 다시 만났다', 'the pair last met in March': the same parties'
    meeting on a day before the story's is recalled; the story stays on its day ('양 장관은 이날 회담에서' next is the
    reported meeting's day), and so do the statements it dates."""
    meeting = story.meeting  # only a meeting its own words dated: a headline's, dated by the report, is no anchor
    return bool(event.type == "CONSULT" and meeting is not None and event is not meeting and story.day and event.date
                and meeting.date_basis == "text" and event.date < story.day
                and event.participant_ids() == meeting.participant_ids())


def resolve_narrative_dates(dates: list[DateRef], story: Narrative, article: Article) -> None:
    """Resolve 'that day', '전날', 'a day earlier' against the closest day before them in their sentence, else the
    story's day; a word counting from the report's own day (anchor 'report': '전날' in a report that went back to
    recall 'the 8th') counts from the latest day the story has reached (act_dates.report_day)."""
    story.reached = reached_day(story, dates, article.reference_date)
    for k, d in enumerate(dates):
        if d.span.data.get("same_month") and d.value is None:
            same_month_of(d, article, story)
            continue
        if d.relative_to_narrative and d.value is None and not resolve_anchored(article, d):
            earlier = [e.value for e in dates[:k] if e.value and e.precision == "day" and not e.relative_to_narrative]
            if d.span.data.get("anchor") == "later":  # a fronted recall: the day its main clause states after it
                earlier = [e.value for e in dates[k + 1:] if e.value and e.precision == "day"
                           and not e.relative_to_narrative and not e.reporting][:1] or earlier
            if d.span.data.get("at_once") and not earlier and story.told is None:
                continue  # 'B immediately recalled its envoy' opening the story: no day told yet to follow (dates57)
            day = report_day(d, story)
            week = story.week if not earlier and d.span.data.get("anchor") != "report" else None
            if week is not None and d.precision == "day":  # 'Last week A met B. The next day ...': that week's
                counted_from_week(d, week, article.reference_date)  # days moved by one, not a day (endates49)
                continue
            base = earlier[-1] if earlier else day or article.reference_date  # '10일 취임한 ... 이튿날'
            if base:
                d.value = base + timedelta(days=d.span.data.get("shift", 0))
                d.span.data["basis"] = "text" if earlier else "narrative" if day else "published"


def same_month_of(d: DateRef, article: Article, story: Narrative) -> None:
    """(meet52) 'He signed the law on January 6. Later that month he visited X': the month of the last date the text
    told before the word (of a day or month, no report's date), else the story's day's; never the report's month
    by default, which a recall going back months would take."""
    told = [e for e in article.dates if e.value and e.span.end <= d.span.start and not e.reporting
            and e.precision in ("day", "month") and not e.span.data.get("same_month")]
    base = told[-1].value if told else story.day
    if base is not None:
        d.value = base.replace(day=1)
        d.span.data["basis"] = "text" if told else "narrative"


def recalled(event: Event, article: Article, step_back_days: int) -> bool:
    """A held meeting its own words date well before the report ('since their talks in November 2024'), not this
    week's story (`story_step_back_days`)."""
    ref = article.reference_date
    return bool(event.date and ref and event.date_basis == "text" and event.status == OCCURRED
                and event.date < ref - timedelta(days=step_back_days))
