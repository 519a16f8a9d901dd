"""Korean date expressions: "지난 14일", "2일(현지시간)", "지난달 18일", "2024년 11월 2일", "이날", "어제"."""
from __future__ import annotations

import re
from datetime import date, timedelta

from readout import budget
from readout.dating import (
    day_in_month_near,
    planned_year_for,
    quoted_at,
    safe_date,
    same_month,
    shift_month,
    weekend_window,
    year_for,
)
from readout.kb.loader import lexicon
from readout.lang.base.dates import ran_past_midnight
from readout.lang.ko.claim_weekdays import before_saying
from readout.lang.ko.date_claims import closes_claim, converted_clock, past_before, past_marked, recalled_day
from readout.lang.ko.date_parts import mark_month_parts, mark_week_part, week_words
from readout.lang.ko.relative_dates import lookup, month_offset, resolve_weekday, year_offset
from readout.model import DateRef, Span
from readout.patterns import first_chars

PREFIX_WORDS = ("지난해", "작년", "올해", "내년", "지난달", r"지난\s*달", "이달", r"이번\s*달", "내달", r"다음\s*달", "지난",
                "오는", "이번")  # regex sources, longest alternatives before their prefixes
PREFIX = rf"(?P<prefix>{'|'.join(PREFIX_WORDS)})?\s*"
FULL = r"(?:(?P<year>\d{4})\s*년\s*)?(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"
DAY = r"(?P<dday>\d{1,2})(?:\s*[~∼\-]\s*\d{1,2})?\s*(?:일|(?=에는|에\s))"
NUMERIC = r"(?P<ny>\d{4})[./-]\s?(?P<nm>\d{1,2})[./-]\s?(?P<nd>\d{1,2})"
MONTH = r"(?:(?P<myear>\d{4})\s*년\s*)?(?P<monly>\d{1,2})\s*월(?!\s*\d)"  # '2023년 3월': that year's month
# what any absolute date opens with: a PREFIX word's first letter, a space or a digit. `re` cannot skip ahead
# on a pattern that opens with a lookbehind; this lookahead turns most other positions away at once
OPENS = first_chars(PREFIX_WORDS, r"\s\d")
# the narrative day words that count from the report's own day, not from the last day told: '이날' and '전날' (the
# day before the report's 이날); '하루 전' counts from what it follows ('발사 하루 전'), '이튿날' and '같은 날' from
# the last day told
REPORT_ANCHORED = ("이날", "전날")
TOPIC_REACH = 4  # characters before a date read for the topic particle ('외교부는 5일'; the pattern ends at the date)
APPOSITION_REACH = 30  # characters before a date read for the topic and a phrase naming the day ('A는 휴전 직후인 5일')


def first_letters(words) -> str:
    """A lookahead for the first letters of lexicon words (regex sources) that all open with a Hangul
    letter, else nothing (a source opening with a regex token has no literal first letter)."""
    firsts = {w[0] for w in words if w}
    return first_chars(words) if firsts and all("가" <= c <= "힣" for c in firsts) else ""


@budget.table()
def patterns() -> dict[str, re.Pattern]:
    lex = lexicon("ko")
    words = lambda key: "|".join(sorted(lex[key], key=len, reverse=True))  # noqa: E731
    opens = lambda key: first_letters(lex[key])  # noqa: E731
    return {
        # not a code's digits: 'M23에' (a group), 'G7에', 'MH-17에' name no day
        "absolute": re.compile(rf"{OPENS}(?:(?<![\dA-Za-z가-힣])(?<![A-Za-z]-){PREFIX}(?:{FULL}|{DAY}|{MONTH})|{NUMERIC})"),
        "days": re.compile(rf"{opens('date_relative_days')}(?<![가-힣])({words('date_relative_days')})(?![가-힣]{{2}})"),
        "narrative_days": re.compile(rf"({words('date_relative_narrative_days')})"),
        "months": re.compile(rf"{opens('date_relative_months')}(?<![가-힣])({words('date_relative_months')})(?!\s*\d)"),
        "years": re.compile(rf"{opens('date_relative_years')}(?<![가-힣])({words('date_relative_years')})(?!\s*(\d|상반기|하반기))"),
        "year_ahead": re.compile(r"(?<![\d.])(?P<year>\d{4})\s*년(?:에|까지|도)?(?!\s*\d)"),  # plans55: '2028년에'
        "narrative": lex.re("date_narrative_re"),
        "narrative_month": lex.re("date_narrative_month_re"),
        "apposed_day": lex.re("date_apposed_day_after_re"),
        "local": lex.re("local_time_re"),
        "reporting": lex.re("reporting_re"),
        "reporting_frame": lex.re("reporting_frame_re"),
        "reporting_medium": lex.re("reporting_medium_re"),
        "reporting_claim": lex.re("reporting_claim_re"),
        "reporting_briefing": lex.re("reporting_briefing_re"),
        "relayed_before": lex.re("relayed_before_re"),
        "relayed_after": lex.re("relayed_after_re"),
        "not_date": lex.re("not_date_after_re"),
        "again": lex.re("date_again_after_re"),
        "topic": lex.re("date_topic_before_re"),
        "topic_apposition": lex.re("date_topic_apposition_before_re"),
        "weekday": re.compile(rf"(?<![가-힣])(?:(?P<wp>{words('weekday_prefixes')})\s*)?(?P<wd>{words('weekdays')})"),
        "weekday_skip": lex.re("weekday_skip_before_re"),
        # '다음 주말' (a weekend) and '다음 주 월요일' (a day) are other readings; '다음 주 말레이시아' is the week
        # '지난 주말' (a weekend, the 말 written on) is another reading; '지난주 말', '이번 주 초' are parts of the week
        # (yeardates48: `mark_week_part`)
        "weekend": lex.re("date_weekend_re"),
        "week": re.compile(rf"(?<![가-힣])({week_words(lex)})(?!(?:말(?![가-힣])|말(?:에|께|까지|경|쯤|부터)|"
                           rf"\s*(?:{words('weekdays')})))"),
        "future": lex.re("date_plan_after_re"),
        "requested": lex.re("date_request_after_re"),
        "plan_sentence": lex.re("sentence_plan_re"),
    }


def resolve_absolute(m: re.Match, ref: date | None, future_days: int, ahead: bool = False) -> tuple[date | None, str]:
    """`ahead`: the date's own clause states a plan ('23일 열릴 예정이다'), so a bare day or month later in
    the year than the reference is this month's or this year's, not last one's."""
    g = m.groupdict()
    if g["ny"]:
        return safe_date(int(g["ny"]), int(g["nm"]), int(g["nd"])), "day"
    if ref is None and not (g["year"] or g["myear"]):
        return None, "day"
    prefix = (g["prefix"] or "").replace(" ", "") or None
    yoff = year_offset(prefix)
    if g["month"]:
        month, day = int(g["month"]), int(g["day"])
        if g["year"]:
            return safe_date(int(g["year"]), month, day), "day"
        if yoff is not None:
            return safe_date(ref.year + yoff, month, day), "day"
        if ahead and prefix != "지난":  # '1월 5일 회담할 예정이다' in December: next January's (yeardates48)
            return planned_year_for(ref, month, day), "day"
        return year_for(ref, month, day, future_days), "day"
    if g["monly"] and g["myear"]:
        return safe_date(int(g["myear"]), int(g["monly"]), 1), "month"
    if g["monly"]:
        year = ref.year + (yoff or 0)
        d = safe_date(year, int(g["monly"]), 1)
        if d and yoff is None and d > ref + timedelta(days=31) and prefix != "오는" and not ahead:
            d = safe_date(year - 1, int(g["monly"]), 1)
        if d and yoff is None and ahead and prefix != "지난" and d < ref.replace(day=1):
            d = safe_date(year + 1, int(g["monly"]), 1)  # '3월 하순 회담을 열기로 합의했다' in November: next March (dates46)
        return d, "month"
    day = int(g["dday"])
    moff = month_offset(prefix)
    if moff is not None:
        base = shift_month(ref.replace(day=1), moff)
        return safe_date(base.year, base.month, day), "day"
    planned_ahead = ahead and day >= ref.day  # a plan for a day already past this month: still this month
    direction = {"지난": "past", "오는": "future"}.get(prefix or "", "future" if planned_ahead else "near")
    return day_in_month_near(ref, day, direction), "day"


def mark_day_ahead(found: DateRef, m: re.Match, ref: date | None) -> None:
    """A bare day of the month with no prefix ('28일') read as last month's because it lies after the reference
    keeps this month's reading too (`span.data["ahead_value"]`): the clause it dates may turn out a plan ('28일
    열린다', '28일 회담한다' without 예정), and a plan's day lies ahead (pipeline/meeting_build.ahead_date)."""
    if ref is None or not m.group("dday") or m.group("prefix") or found.value is None or found.value >= ref:
        return
    found.span.data["ahead_value"] = day_in_month_near(ref, int(m.group("dday")), "future")


def mark_planned(found: DateRef, m: re.Match, ref: date | None, ahead: bool) -> None:
    """'한국 대표단은 29일에는 EU에도 설명할 예정이다' in a report of the 29th: a day a plan is set for, on or after the
    report's, is no day the story has reached (`span.data["planned"]`: pipeline/story_days.advance_story_day and
    act_dates.reached_day leave it; '같은 날' and '이날' after it still count from the story's day) (dates40)."""
    prefix = (m.groupdict().get("prefix") or "").replace(" ", "")
    if ahead and ref is not None and found.value is not None and found.value >= ref and prefix != "지난":
        found.span.data["planned"] = True


def find_dates(text: str, offset: int, ref: date | None, future_days: int) -> list[DateRef]:
    """Every date expression of one Korean sentence, resolved against `ref` where it can be. (debt52) Read in four
    named steps appending to one list in the old order (the stated dates, the report's relative days, months and
    years, the week's, the story's narrative dates), then the month-part, claim-frame, saying-day and
    past-midnight passes."""
    p = patterns()
    lex = lexicon("ko")
    out: list[DateRef] = []
    plan = stated_dates(out, p, text, offset, ref, future_days)
    relative_dates(out, p, lex, text, offset, ref)
    week_dates(out, p, lex, text, offset, ref, plan)
    narrative_dates(out, p, lex, text, offset)
    mark_month_parts(text, offset, out)
    mark_claim_frames(text, offset, out)
    before_saying(out, text, offset, past_before)  # '금요일 페루가 수요일 포격했다고': not after that Friday (endates49)
    out = ran_past_midnight(out, text, offset, None, lexicon("ko").re("date_past_midnight_after_re"))  # dates61
    return sorted(out, key=lambda d: d.span.start)


def stated_dates(out: list[DateRef], p: dict, text: str, offset: int, ref: date | None,
                 future_days: int) -> bool | None:
    """(debt52) The dates a sentence states ('2026년 3월 5일', '5일'), each read ahead where the sentence states a
    plan or the words after it a future or a request. Answers whether the sentence states a plan, or None where no
    date asked (the search runs only for a sentence with a date; `week_dates` asks it of a weekend the same way)."""
    plan = None  # the sentence states a plan (its steps lie ahead too): asked once, only of a sentence with a date
    for m in p["absolute"].finditer(text):
        if m.group("dday") and p["not_date"].match(text[m.end():]) or converted_clock(text, m.start()):
            continue
        if plan is None:
            plan = bool(p["plan_sentence"].search(text))
        ahead = plan or bool(p["future"].match(text[m.end():]) or p["requested"].match(text[m.end():]))  # (the
        # patterns open with '^': not match(text, pos)); a deed asked for lies ahead too (dates48)
        value, precision = resolve_absolute(m, ref, future_days, ahead)
        out.append(make(text, offset, m, value, precision, absolute=True))
        mark_day_ahead(out[-1], m, ref)
        mark_planned(out[-1], m, ref, ahead)
    return plan


def relative_dates(out: list[DateRef], p: dict, lex, text: str, offset: int, ref: date | None) -> None:
    """(debt52) The dates told from the report's day: a day ('오늘', '어제'; a quote's its speaker's), a month and a
    year ('지난달', '올해'; an early part of the year marked), each month or year skipped inside a date read
    already."""
    for m in p["days"].finditer(text):
        shift = lookup(lex["date_relative_days"], m.group(1))
        if quoted_at(text, m.start()):  # '"오늘 아침 B국이 ..."이라고 말했다': the speaker's today, the story's day
            out.append(spoken_day(make(text, offset, m, None, "day"), shift))
            continue
        out.append(make(text, offset, m, ref + timedelta(days=shift) if ref else None, "day"))
    for m in p["months"].finditer(text):
        if any(d.span.start <= offset + m.start() < d.span.end for d in out):
            continue
        value = shift_month(ref.replace(day=1), lookup(lex["date_relative_months"], m.group(1))) if ref else None
        out.append(make(text, offset, m, value, "month"))
    for m in p["year_ahead"].finditer(text):  # plans55: a bare year after the report's is a plan's year (a year
        if ref and int(m.group("year")) > ref.year \
                and not any(d.span.start <= offset + m.start() < d.span.end for d in out):  # behind: as before
            out.append(make(text, offset, m, date(int(m.group("year")), 1, 1), "year"))
    for m in p["years"].finditer(text):
        if any(d.span.start <= offset + m.start() < d.span.end for d in out):
            continue
        value = date(ref.year + lookup(lex["date_relative_years"], m.group(1)), 1, 1) if ref else None
        out.append(make(text, offset, m, value, "year"))
        earlier = lexicon("ko").re("year_earlier_after_re").match(text[m.end():])
        if earlier:
            out[-1].span.data["earlier"] = True  # dates61: '올해 초': the days before the story's
            word = earlier.group(0).strip()
            part = next((v for k, v in lexicon("ko")["date_month_parts"].items() if word.startswith(k)), None)
            if part:
                out[-1].span.data["part"] = part  # dates62: '올해 초': the year's first months, not all its days


def week_dates(out: list[DateRef], p: dict, lex, text: str, offset: int, ref: date | None,
               plan: bool | None) -> None:
    """(debt52) The dates of a week: a week before or after ('다음 주'), a weekend (ahead in a plan's sentence:
    `plan` is `stated_dates`' answer, asked here where it asked none) and a weekday ('지난 수요일'; a bare one
    marked)."""
    for m in p["week"].finditer(text):
        week = lookup(lex["weekday_prefixes"], m.group(1))
        out.append(make(text, offset, m, None, "month"))  # the month of its window's first day (`mark_week_part`)
        out[-1].span.data["ahead"] = int(week.split(":")[1]) > 0  # '다음 주 정상회담': its month may be this one,
        # but the week lies after the report's day (pipeline/meeting_build.build_meeting: planned)
        mark_week_part(text, m, out[-1], ref, int(week.split(":")[1]))
    for m in p["weekend"].finditer(text):
        if ref is not None:
            plan = bool(p["plan_sentence"].search(text)) if plan is None else plan
            out.append(weekend(text, offset, m, ref, plan or bool(p["future"].match(text[m.end():]))))
    for m in p["weekday"].finditer(text):
        if p["weekday_skip"].search(text[:m.start()]):
            continue
        value = resolve_weekday(m, ref) if ref else None
        out.append(make(text, offset, m, value, "day"))
        if not m.group("wp"):
            out[-1].span.data["bare_weekday"] = True  # '수요일', no '지난'/'오는': no later than a saying (claim_weekdays)


def narrative_dates(out: list[DateRef], p: dict, lex, text: str, offset: int) -> None:
    """(debt52) The dates told from the story's own days, resolved later (pipeline/story_days): the same day
    ('이날', '같은 날'; at once), a day before or after ('전날'; anchored to the report or to a noun), the same
    month. A narrative word apposed to a stated day ('같은 날인 5일') is the stated day's."""
    for m in p["narrative"].finditer(text):
        if p["apposed_day"].match(text[m.end():]):  # '같은 날인 5일': the stated day is the one
            continue
        ref_out = make(text, offset, m, None, "day")
        ref_out.relative_to_narrative = True
        if m.group(0) in REPORT_ANCHORED:  # '이날': the report's own day, not a day it went back to recall
            ref_out.span.data["anchor"] = "report"
        if m.group(0) in lex["date_at_once_words"]:  # '즉각': a day only once the story told one (story_days)
            ref_out.span.data["at_once"] = True
        out.append(ref_out)
    for m in p["narrative_days"].finditer(text):
        if p["apposed_day"].match(text[m.end():]):  # '발표 다음 날인 4일': the stated day names it (dates59)
            continue
        ref_out = make(text, offset, m, None, "day")
        ref_out.relative_to_narrative = True
        ref_out.span.data["shift"] = lookup(lex["date_relative_narrative_days"], m.group(1))
        if m.group(1) in REPORT_ANCHORED:  # '전날': wire copy counts back from the report's own day
            ref_out.span.data["anchor"] = "report"  # (pipeline/act_dates.report_day), not from a recalled one
        noun = lex.re("date_anchor_noun_before_re").search(text, max(0, m.start() - 12), m.start())
        if noun:  # '정상회의 전날': the summit's day less one, not the report's (dates46: pipeline/anchored_dates.py)
            ref_out.span.data.pop("anchor", None)
            ref_out.span.data["anchor_noun"] = noun.group("noun")
        out.append(ref_out)
    for m in p["narrative_month"].finditer(text):  # meet52: '같은 달': the last told date's month
        out.append(same_month(make(text, offset, m, None, "month")))


DATE_KINDS = ("absolute", "days", "months", "years", "week", "weekend", "weekday", "narrative", "narrative_days",
              "narrative_month")  # the patterns whose matches `find_dates` makes dates of (and no other)


def date_may_open(text: str) -> bool:
    """(speed51b) Whether one of the patterns `find_dates` reads dates from matches at the start of `text`: a date
    `find_dates(text, ...)` finds at 0 is a match of one of them there (every date's span is its match's), so where
    none matches no date starts at 0. Why: a caller asking whether a date starts at one place (meeting_lists.
    date_skipped) ran the whole reader over the rest of the sentence; `re.match` tries the one position."""
    p = patterns()
    return any(p[kind].match(text) for kind in DATE_KINDS)


def mark_claim_frames(text: str, offset: int, dates: list[DateRef]) -> None:
    """'국방부는 11일 "A군이 9일 국경 초소에 총격을 가했다"고 밝혔다': a stated day after the speaker's topic (`adverbial`)
    that opens a claim with a subject and a stated day of its own (`reporting_claim_re`) is the day of the saying
    (`span.data["said"]`, the claim's extent): it dates the saying and what the speaker did, never a deed the claim
    tells (pipeline/act_dates.per_day, `said_days`); left as any day it dated the claimed deed a second time, one deed
    told as two, and a statement after the claim took the claim's closer day (dates49). A
    claim with no day of its own leaves the day to the deed ('국방부는 11일 A군이 초소에 총격을 가했다고 밝혔다': the
    deed's day as far as the report tells)."""
    for d in dates:
        if d.reporting or not d.value or d.precision != "day" or not d.span.data.get("adverbial"):
            continue
        end = d.span.end - offset
        m = patterns()["reporting_claim"].match(text[end:])  # (the pattern opens with '^': not match(text, pos))
        if m and any(o is not d and o.value and (o.precision == "day" or o.span.data.get("weekend"))
                     and not o.relative_to_narrative
                     and end + m.start("claim") <= o.span.start - offset < end + m.end("claim") for o in dates):
            d.span.data["said"] = (offset + end + m.start("claim"), offset + end + m.end("claim"))
        elif m and past_before(text, end + m.end("claim")):  # '11일 A군이 초소를 포격했다고 밝혔다' (dates48)
            d.span.data["told"] = (offset + end + m.start("claim"), offset + end + m.end("claim"))


def weekend(text: str, offset: int, m: re.Match, ref: date, plan: bool) -> DateRef:
    """'지난 주말 수천 명이 집회를 열었다', '주말 동안 100여 명을 연행했다': the weekend's Saturday and Sunday as a window
    (readout/dating.weekend_window), kept as its first day's month, as a week's (`mark_week_part`); a sentence that
    plans reads a bare '주말' ahead, and '이번 주말' (the prefix of the report's own week, 0) is always the weekend of the
    report's week: ahead of a weekday report (dates56)."""
    weeks = lexicon("ko")["date_weekend_prefixes"].get(m.group("wp") or "", 0)
    ahead = weeks == 0 and (plan or bool(m.group("wp")))  # ('지난 주말' in a sentence that plans stays behind)
    window = weekend_window(ref, weeks, ahead)
    found = make(text, offset, m, window[0].replace(day=1), "month")
    found.span.data.update(window=window, weekend=True)
    if ahead or weeks > 0:
        found.span.data["planned"] = True  # a weekend ahead is no day the story has reached (`mark_planned`)
    return found


def make(text: str, offset: int, m: re.Match, value: date | None, precision: str, absolute: bool = False) -> DateRef:
    p = patterns()
    after = text[m.end():m.end() + 12]
    local = bool(p["local"].match(after.lstrip())) or after.lstrip().startswith("(현지")
    claim = bool(p["reporting_medium"].match(text[m.end():]))  # '22일 통신을 통해 ...했다고 주장': the claim's day
    reporting = bool(p["reporting"].match(re.sub(r"^\s*\(현지\s*시간\)", "", after))) \
        or bool(p["reporting_frame"].match(text[m.end():])) or claim \
        or absolute and bool(p["reporting_briefing"].match(text[m.end():]))  # '17일 정례 브리핑에서', not '이날 ...'
    data = {"shift": 0, "recall": True} if recalled_day(text, m.start()) or quoted_at(text, m.start()) \
        else {"shift": 0}  # '"지난 6일 ... 추방했다"며': a day the speaker's quoted words recall
    if past_marked(text, m):
        data["past"] = True  # '지난 9일': recalled for its paragraph when the story steps back to it (fields10)
    if reporting and (p["relayed_before"].search(text, 0, m.start()) or p["relayed_after"].match(after)):
        data["relayed"] = True  # '조선중앙통신이 19일 보도했다': a medium's day, not its sides' (pipeline/lead_dates)
    if p["topic"].search(text, max(0, m.start() - TOPIC_REACH), m.start()) \
            or p["topic_apposition"].search(text, max(0, m.start() - APPOSITION_REACH), m.start()):
        data["adverbial"] = True  # 'A 장관은 16일 밤 B를 비난했다': the day of the topic's own act, not a meeting's told
        # before (pipeline/act_dates.own_day_word), as English 'On July 4, A ...'
    since = lexicon("ko").re("date_since_start_after_re").match(text[m.end():])  # (the pattern opens with '^')
    if since:  # '지난 6일 이후 ... 시위를 벌이고 있다': the first day of the continuing act up to its predicate
        data["start"] = (offset + m.end(), offset + m.end() + since.end())  # (act_dates.started)
    if p["again"].match(after):
        data["again"] = True  # '전날인 1일에도 ... 요청했다': another occasion of a like act (pipeline/consolidate)
    if claim:  # a day the story tells (the claim is news: '같은 날' after it is that day), though not the deed's
        data["claim"] = True
    if not claim and closes_claim(text, m.start(), m.end(), reporting):
        data["closes"] = True  # '중단한다고 6일 발표했다': the saying's day (pipeline/act_date_pool.closing_days)
        told = lexicon("ko").re("date_after_claim_before_re").search(text, max(0, m.start() - 10), m.start())
        if told and past_before(text, told.start()):  # '포격했다고 6일 밝혔다': on or before the 6th (dates48)
            data["told"] = (offset, offset + m.start())
    return DateRef(Span(offset + m.start(), offset + m.end(), "date", data), value, precision,
                   local_time=local, reporting=reporting)


def spoken_day(d: DateRef, shift: int) -> DateRef:
    """A day word in a speaker's quoted words ('오늘', '어제') counts from the day the words were spoken, which is the
    story's day (or its sentence's), not the report's: resolved as a narrative day (pipeline/events)."""
    d.relative_to_narrative = True
    d.span.data["shift"] = shift
    return d


