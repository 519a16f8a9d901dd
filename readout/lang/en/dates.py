"""English date expressions: "Nov. 14", "on Thursday", "yesterday", "late last month", "on the 14th"."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from readout import budget
from readout.dating import (
    day_in_month_near,
    planned_year_for,
    quoted_at,
    safe_date,
    same_month,
    shift_month,
    weekday_near,
    weekend_window,
    year_for,
    year_from_weekday,
)
from readout.kb.loader import lexicon
from readout.lang.base.dates import ran_past_midnight
from readout.lang.en.claim_weekdays import before_saying
from readout.lang.en.clause_patterns import patterns as clause_patterns
from readout.lang.en.date_counts import counted_shift, counted_to_noun, eve_of_stated_day
from readout.lang.en.date_parts import mark_month_part, mark_planned, mark_week_part, shifted_weekday
from readout.lang.en.date_verbs import after_past_verb, converted_clock, plan_complement
from readout.lang.en.date_occasions import at_once, at_once_pattern, names_occasion, noun_clause, small_hours_ahead
from readout.patterns import alternation, fold
from readout.model import DateRef, Span

DIGIT_RE = re.compile(r"\d")
# 'X, who met Y on Tuesday, said ...', 'X, speaking after meeting Y on Thursday, said ...': a date closing a
# relative or adverbial clause set off by commas dates that clause, not the report
RELATIVE_OPEN_RE = re.compile(r",\s*(?:who|which|speaking|after|following|during|while|when)\b[^,;]*$", re.I)
AND_DAY_RE = re.compile(r"\s+(?:and|&)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*(?:percent|%|[a-z]+s\b))")


# 'at the end of last month', 'in the middle of March', 'by the beginning of next month': a part of the month named by
# a noun (the lexicon's `date_month_parts`: end, beginning, start, middle) (dates48)
PART_OF = r"(?:(?:at|in|by|until|towards?)\s+)?the\s+(?P<part_of>end|beginning|start|middle)\s+of\s+"


@budget.table()
def patterns() -> dict[str, re.Pattern]:
    lex = lexicon("en")
    months = "|".join(sorted(lex["months"], key=len, reverse=True))
    weekdays = "|".join(lex["weekdays"])
    rel = lambda key: "|".join(sorted(lex[key], key=len, reverse=True))  # noqa: E731
    return {
        "md": re.compile(rf"\b(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                         rf"(?:,?\s+(?P<year>\d{{4}}))?(?:,?\s+(?P<wd>{weekdays}))?"),
        "dm": re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{months})\.?(?:,?\s+(?P<year>\d{{4}}))?"),
        # 'last June', 'in June last year', 'next March': the month's year counted from the report's
        "month": re.compile(rf"\b(?:{PART_OF}|(?P<part>early|mid|late|earlier|later)[\s-]+)?(?:in\s+)?"
                            rf"(?:(?P<shift>last|next|this\s+past)\s+)?(?P<month>{months})"
                            rf"(?:\s+(?P<year>\d{{4}})|\s+(?P<rel>last|next|this)\s+year)?\b(?!\.?\s+\d)"),
        "ordinal": re.compile(r"\b(?:on|since|from|until|by)\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+[A-Z])"),
        "weekday": re.compile(rf"\b(?P<next>next\s+|last\s+|this\s+past\s+)?(?:a\s+)?(?P<wd>{weekdays})\b"),
        "days": re.compile(rf"\b({rel('date_relative_days')})\b"),
        "months": re.compile(rf"\b(?:{PART_OF}|(?P<part>early|late|earlier|later|mid)[\s-]+)?"
                             rf"(?P<rel_month>{rel('date_relative_months')})\b"),
        "years": re.compile(rf"\b({rel('date_relative_years')})\b"),
        "year_ahead": re.compile(r"\bin\s+(?P<year>\d{4})\b"),  # plans55: 'will impose sanctions in 2028'
        # 'late last week', 'at the end of this week', 'mid-next week': a part of the week gives its window (yeardates48)
        "week": re.compile(rf"\b(?:{PART_OF}|(?P<part>early|late|earlier|later|mid)[\s-]+)?(?P<rel>last|this|next) week\b"),
        "weekend": re.compile(rf"\b({rel('date_weekends')})\b"),
        "narrative": lex.re("date_narrative_re"),
        "narrative_month": lex.re("date_narrative_month_re"),
        "future": lex.re("date_future_re"),
        "complement": lex.re("complement_re"),
        "participle": lex.re("date_participle_clause_re"),
        "reporting": lex.re("reporting_re"),
        "relayed": lex.re("relayed_report_re"),
        "again_before": lex.re("date_again_before_re"),
        "again_after": lex.re("date_again_after_re"),
        # every word pattern above needs one of these (or a digit): most sentences skip them all
        "gate": re.compile(alternation([*lex["months"], *lex["weekdays"], *lex["date_relative_days"],
                                        *lex["date_relative_months"], *lex["date_relative_years"], "week", "day",
                                        "eve", "month", "weekend", *lex["date_at_once_words"]])),
    }


def month_number(word: str) -> int:
    return lexicon("en")["months"][word.lower().rstrip(".")]


def resolve_month_day(m: re.Match, ref: date | None, future_days: int) -> date | None:
    month, day = month_number(m.group("month")), int(m.group("day"))
    if m.group("year"):
        return safe_date(int(m.group("year")), month, day)
    wd = m.groupdict().get("wd")
    if wd:
        return year_from_weekday(month, day, lexicon("en")["weekdays"][wd.lower()], ref or date.today())
    return year_for(ref, month, day, future_days) if ref else None


YEAR_SHIFTS = {"last": -1, "next": 1, "this": 0}


def month_year(m: re.Match, ref: date | None, month: int, future_days: int) -> int:
    """The year of a month name: written ('June 2023'), counted in years ('June last year': the year before the
    report's), or the nearest such month behind ('last June', said in June: a year ago; said in August: this
    year's) or ahead ('next March') of the report; else the month nearest the report (`year_for`)."""
    if m.group("year"):
        return int(m.group("year"))
    assert ref is not None  # find_dates skips a month with neither a year nor a reference day
    if m.group("rel"):
        return ref.year + YEAR_SHIFTS[m.group("rel").lower()]
    shift = (m.group("shift") or "").lower()
    if shift.startswith("next"):
        return ref.year + (month <= ref.month)
    if shift:  # 'last', 'this past'
        return ref.year - (month >= ref.month)
    return year_for(ref, month, 1, future_days).year


def find_dates(text: str, offset: int, ref: date | None, future_days: int) -> list[DateRef]:
    """Every date expression of one English sentence, resolved against `ref` where it can be. (debt51b) Read in
    three named steps sharing `add` (the day's, the report's relative and the story's narrative dates), in the
    old order, then the past-midnight and saying-day passes."""
    p = patterns()
    lex = lexicon("en")
    low = fold(text)  # the word patterns are lower-case and run on lower-cased text (see lang/patterns.py)
    out: list[DateRef] = []
    if not p["gate"].search(low) and not DIGIT_RE.search(text):
        return out

    def add(m: re.Match, value: date | None, precision: str, narrative: bool = False) -> None:
        span = (offset + m.start(), offset + m.end())
        if any(d.span.start < span[1] and span[0] < d.span.end for d in out) or converted_clock(text, m.start()):
            return
        out.append(make(text, offset, m, value, precision, narrative))

    day_dates(add, out, p, lex, text, low, offset, ref, future_days)
    relative_dates(add, out, p, lex, text, low, offset, ref, future_days)
    narrative_dates(add, out, p, lex, text, offset, ref)
    out = ran_past_midnight(out, text, offset, lex.re("date_past_midnight_before_re"), None)  # dates61
    out = sorted(out, key=lambda d: d.span.start)
    # 'said on Friday that ... on Wednesday', 'on Friday condemned ... on Wednesday': not after Friday (dates48, endates49)
    before_saying(out, low, offset, p["weekday"], p["reporting"], (text, lex.re("date_judging_after_re"),
                  lex.re("date_judging_before_re"), lex.re("date_judging_coordinated_re"),
                  clause_patterns()["new_subject_and"], lex.re("date_judging_clause_break_re")))
    return out


def day_dates(add: Callable, out: list[DateRef], p: dict, lex, text: str, low: str, offset: int, ref: date | None,
              future_days: int) -> None:
    """(debt51b) The dates that name a day: month and day (with a planned year and a second day), day and month,
    an ordinal day, a weekday (next, planned, the small hours ahead). `add` is `find_dates`' own: it skips a
    span read already, so the readers keep its order."""
    for m in p["md"].finditer(low):
        value = resolve_month_day(m, ref, future_days)
        planned = bool(ref and not m.group("year") and not m.group("wd")) and planned_clause(text, m.start(), m.end())
        if planned:  # 'will meet on Jan. 5' in a December report: next January's (yeardates48)
            value = planned_year_for(ref, month_number(m.group("month")), int(m.group("day")))
        add(m, value, "day")
        mark_planned(out, offset + m.start(), ref, bool(value and ref and value >= ref)
                     and (planned or planned_clause(text, m.start(), m.end())))
        second = AND_DAY_RE.match(low, m.end())  # "on November 2 and 3": the second day of that month
        if second and value:
            add(second, safe_date(value.year, value.month, int(second.group("day"))), "day")
    for m in p["dm"].finditer(low):
        add(m, resolve_month_day(m, ref, future_days), "day")
    for m in p["ordinal"].finditer(text):
        value = day_in_month_near(ref, int(m.group("day")), "near") if ref else None
        add(m, value, "day")
        if value and value < ref and out[-1].span.start == offset + m.start():  # 'on the 28th', read as last month's:
            out[-1].span.data["ahead_value"] = day_in_month_near(ref, int(m.group("day")), "future")  # a plan's is ahead
    for m in p["weekday"].finditer(low):
        wd = lex["weekdays"][m.group("wd").lower()]
        shift = (m.group("next") or "").lower()
        # only with a reference day to count from: reading the clause costs a scan of the text
        future = "next" in shift or not shift and ref is not None and not past_occasion(text, m.start(), m.end()) \
            and not after_past_verb(text, m.start()) and planned_clause(text, m.start(), m.end())
        ahead = bool(ref and not shift and small_hours_ahead(text, m.start(), wd, ref))
        add(m, ref + timedelta(days=1) if ahead else shifted_weekday(ref, wd, shift, future) if ref else None, "day")
        if ahead and out[-1].span.start == offset + m.start():
            out[-1].span.data["small_hours"] = True  # an act of that night took place (pipeline/act_dates)
        mark_planned(out, offset + m.start(), ref, future)


def relative_dates(add: Callable, out: list[DateRef], p: dict, lex, text: str, low: str, offset: int, ref: date | None,
                   future_days: int) -> None:
    """(debt51b) The dates told from the report's day: today and yesterday (a quote's its speaker's), a week, a
    weekend, a month before or after, a named month (the modal 'may' left out; a plan's month ahead), a year
    before or after (earlier this year, early this year)."""
    for m in p["days"].finditer(low):
        shift = lex["date_relative_days"][m.group(1).lower()]
        if quoted_at(text, m.start()):  # '"This morning X imposed ...," he said': the speaker's day, the story's
            add(m, None, "day", True)
            if out[-1].span.start == offset + m.start() and out[-1].relative_to_narrative:
                out[-1].span.data["shift"] = shift
            continue
        add(m, ref + timedelta(days=shift) if ref else None, "day")
    for m in p["week"].finditer(low):
        weeks = YEAR_SHIFTS[m.group("rel")]
        add(m, (ref + timedelta(days=7 * weeks)).replace(day=1) if ref else None, "month")
        mark_week_part(out, m, offset, ref, weeks)
    for m in p["weekend"].finditer(low):
        add_weekend(out, m, text, offset, ref)
    for m in p["months"].finditer(low):
        key = m.group("rel_month").lower()
        add(m, shift_month(ref.replace(day=1), lex["date_relative_months"][key]) if ref else None, "month")
        mark_month_part(out, m, offset)
    for m in p["month"].finditer(low):
        if not ref and not m.group("year"):
            continue
        month = month_number(m.group("month"))
        if m.group("month").lower() == "may" and not m.group("year") and not m.group("part") \
                and not m.group("shift") and not m.group("rel") and not m.group(0).lower().startswith("in"):
            continue  # "may" is mostly the modal verb
        year = month_year(m, ref, month, future_days)
        if ref and not (m.group("year") or m.group("rel") or m.group("shift")) and plan_complement(text, m.start()):
            year = ref.year + (month < ref.month)  # 'agreed to hold talks in late March': ahead (dates46)
        add(m, safe_date(year, month, 1), "month")
        mark_month_part(out, m, offset)
    for m in p["year_ahead"].finditer(low):  # plans55: a bare year after the report's is a plan's year (a year
        if ref and int(m.group("year")) > ref.year:  # behind stays undated as before: a background's)
            add(m, date(int(m.group("year")), 1, 1), "year")
    for m in p["years"].finditer(low):
        add(m, date(ref.year + lex["date_relative_years"][m.group(1).lower()], 1, 1) if ref else None, "year")
        earlier = lex.re("year_earlier_before_re").search(low, max(0, m.start() - 30), m.start()) \
            if out and out[-1].span.start == offset + m.start() else None
        if earlier:
            out[-1].span.data["earlier"] = True  # dates61: 'earlier this year': the days before the story's
            part = next((lex["date_month_parts"][w] for w in earlier.group(0).split() if w in lex["date_month_parts"]), None)
            if part:
                out[-1].span.data["part"] = part  # dates62: 'early this year', 'at the start of': its first months


def narrative_dates(add: Callable, out: list[DateRef], p: dict, lex, text: str, offset: int, ref: date | None) -> None:
    """(debt51b) The dates told from the story's own days: the eve of a day, at once, later that month, a day
    earlier or later (counted, anchored to a noun or to the main clause after a fronted recall)."""
    for m in lex.re("date_eve_re").finditer(text):  # 'on the eve of the summit': the summit's day less one (dates46)
        if eve_of_stated_day(out, m, offset, anchor_weekday_ahead(text, offset, out, m, ref)):
            continue
        add(m, None, "day", narrative=True)
        if out[-1].span.start == offset + m.start():
            out[-1].span.data.update(shift=-1, anchor_noun=m.group("noun").lower())
    for m in at_once(text):  # 'B immediately recalled its envoy': the day of the deed told last (dates57)
        add(m, None, "day", narrative=True)
        if out[-1].span.start == offset + m.start():
            out[-1].span.data["at_once"] = True  # a day only once the story told one (story_days)
    for m in p["narrative_month"].finditer(text):  # meet52: 'later that month': the last told date's month
        add(m, None, "month", narrative=True)
        if out[-1].span.start == offset + m.start():
            same_month(out[-1])
    shifts = lex.get("date_narrative_shifts") or {}
    for m in p["narrative"].finditer(text):
        add(m, None, "day", narrative=True)
        if out[-1].span.start == offset + m.start():  # 'a day earlier': the narrative's day, moved
            out[-1].span.data["shift"] = shifts.get(m.group(0).lower()) or counted_shift(lex, m.group(0))
            if counted_to_noun(lex, text, offset, m, out):
                continue
            if not text[:m.start()].strip(" \"'“‘(") and lex.re("date_recalled_shift_re").match(text, m.start()):
                # 'A week after meeting X, Y flew to Cairo on Friday': a fronted recall counts from the day its
                # main clause states after it (pipeline/story_days.resolve_narrative_dates), as a trailing one does
                out[-1].span.data["anchor"] = "later"


FOLDED_KINDS = ("md", "dm", "ordinal", "weekday", "days", "week", "weekend", "months", "month", "years")
TEXT_KINDS = ("narrative_month", "narrative")  # with `date_eve_re` and `at_once_pattern`: every pattern whose match
# `find_dates` makes a date of ('ordinal' is run on the text as written; the others of FOLDED_KINDS on the folded one)


def date_may_start(text: str, at: int) -> bool:
    """(speed51b) Whether one of the patterns `find_dates` reads dates from matches at `at` in `text`: a date
    `find_dates(text, ...)` finds starting at `at` is a match of one of them there (every date's span is its match's;
    the second day of 'March 2 and 3' starts on a space), so where none matches no date starts at `at`. Why: a caller
    asking whether a date starts at one place (dated_meeting_nouns.date_skipped) ran the whole reader over the words
    after it; `re.match` tries the one position (with what stands before it, as the scan does)."""
    p, low = patterns(), fold(text)
    if not p["gate"].search(low) and not DIGIT_RE.search(text):
        return False  # `find_dates`'s own first test: no date word and no digit anywhere in `text`
    return any(p[kind].match(text if kind == "ordinal" else low, at) for kind in FOLDED_KINDS) \
        or any(p[kind].match(text, at) for kind in TEXT_KINDS) \
        or bool(lexicon("en").re("date_eve_re").match(text, at) or at_once_pattern().match(text, at))


def anchor_weekday_ahead(text: str, offset: int, out: list[DateRef], m: re.Match, ref: date | None) -> date | None:
    """'on the eve of Sunday's election' in a Saturday report: a bare weekday naming the event an eve is counted from
    is the nearest such day, ahead of the report as readily as behind it (an eve is told close to its event: the
    election is tomorrow, not six days ago): the day ahead where it is nearer than the one behind and its eve is no later
    than the report's day (a deed told done), or wherever the clause plans (`planned_clause`: 'will meet on the eve of
    Saturday's vote'); else None (yeardates48). 'last'/'next' before the weekday keep their own reading."""
    if ref is None:
        return None
    for d in out:
        if offset + m.start() <= d.span.start < offset + m.end() and d.precision == "day" and d.value is not None:
            wd = patterns()["weekday"].fullmatch(text.lower(), d.span.start - offset, d.span.end - offset)
            if wd is None or wd.group("next"):
                return None
            ahead = weekday_near(ref + timedelta(days=1), d.value.weekday(), future=True)
            if planned_clause(text, m.start(), m.end()):
                return ahead  # 'will meet on the eve of Saturday's vote': an eve still ahead
            return ahead if ahead - ref < ref - d.value and ahead - ref <= timedelta(days=1) else None
    return None


def add_weekend(out: list[DateRef], m: re.Match, text: str, offset: int, ref: date | None) -> None:
    """'detained dozens over the weekend', 'rallied last weekend': the weekend's Saturday and Sunday as a window
    (readout/dating.weekend_window), kept as its first day's month, as a week's (`mark_week_part`); a clause that plans
    reads 'this weekend' ahead (dates56). Without a reference day there is no weekend to name."""
    if ref is None or any(d.span.start < offset + m.end() and offset + m.start() < d.span.end for d in out):
        return
    weeks = lexicon("en")["date_weekends"][m.group(1).lower()]
    ahead = weeks == 0 and planned_clause(text, m.start(), m.end())
    window = weekend_window(ref, weeks, ahead)
    out.append(make(text, offset, m, window[0].replace(day=1), "month", False))
    out[-1].span.data.update(window=window, weekend=True)
    if ahead or weeks > 0:
        out[-1].span.data["planned"] = True  # a weekend ahead is no day the story has reached (`mark_planned`)


def past_occasion(text: str, start: int, end: int) -> bool:
    """'Under Sunday's agreement, X will accept ...', 'since Friday's vote': a weekday owning a noun after a
    preposition of what came before is an occasion already held, whatever the clause plans; counting it forward
    would date the agreement in the week to come."""
    return bool(POSSESSIVE_RE.match(text, end)) and bool(PAST_OCCASION_BEFORE_RE.search(text, max(0, start - 20), start))


def planned_clause(text: str, start: int, end: int) -> bool:
    """'Kim is scheduled to meet Noh on Monday', 'will travel to Lima on Tuesday': a weekday in a
    clause about what is still ahead counts forward from the report's day, not back. A participial clause after it
    (', saying the vote would be unfair') is another clause: its 'would' plans nothing of the weekday's (dates53)."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.clause_spans import clause_bounds

    left, right = clause_bounds(text, start, end)
    for m in patterns()["complement"].finditer(text, left, right):  # 'on Friday affirmed that they will'
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    after = patterns()["participle"].search(text, end, right)  # 'criticised X on Thursday, saying it would ...'
    return bool(patterns()["future"].search(text, left, after.start() if after else right))


def make(text: str, offset: int, m: re.Match, value: date | None, precision: str, narrative: bool) -> DateRef:
    before = text[max(0, m.start() - 40):m.start()]
    after = text[m.end():m.end() + 30]
    reporting = bool(patterns()["reporting"].search(text, max(0, m.start() - 40), m.start())) or \
        bool(re.match(r"^\s*,?\s*(said|says)\b", after)) and not RELATIVE_OPEN_RE.search(text, 0, m.start())
    local = "local time" in text[m.end():m.end() + 20]
    owned = POSSESSIVE_RE.match(text, m.end()) or ATTRIBUTIVE_BEFORE_RE.search(before) and ATTRIBUTIVE_AFTER_RE.match(after)
    data = {"shift": 0, "of_noun": True, "noun_at": offset + NOUN_START_RE.match(text, m.end()).end()} if owned \
        else {"shift": 0}  # the owning noun's offset: an act named by that word takes the date
    if owned and names_occasion(text, NOUN_START_RE.match(text, m.end()).end()):
        data["occasion"] = True  # 'in a Nov. 3 statement': the day of what is said there (act_dates.own_dates)
    clause = noun_clause(text, NOUN_START_RE.match(text, m.end()).end()) if owned else None
    if clause:  # "Wednesday's uprising, in which soldiers stormed ...": that clause's deeds are the day's
        data["noun_clause"] = (offset + clause[0], offset + clause[1])
    if reporting and patterns()["relayed"].search(text, max(0, m.start() - 40), m.end() + 30):
        data["relayed"] = True  # 'state media said Wednesday': a medium's day, not its sides' (pipeline/lead_dates)
    if patterns()["again_before"].search(before) or patterns()["again_after"].match(after):
        data["again"] = True  # 'had also urged X on Monday': another occasion of a like act (pipeline/consolidate)
    if quoted_at(text, m.start()):  # '"They deported four fugitives last Friday," she said': a recalled day
        data["recall"] = True
    since = lexicon("en").re("date_since_start_before_re").search(text, max(0, m.start() - 120), m.start())
    if since:  # 'have rallied every night since Jan. 6': the first day of the continuing act between (act_dates)
        data["start"] = (offset + since.start(), offset + m.start())
    if ON_DAY_RE.search(text, max(0, m.start() - 4), m.start()) \
            or OPENING_RE.fullmatch(text, 0, m.start()) and text.startswith(",", m.end()):
        data["adverbial"] = True  # 'On July 4, A tightened', 'had on Tuesday condemned': the day of a verb's act, not
        # a noun's name ('the Sept. 19 accord', 'the June 5 Movement') (act_dates.own_day_word)
    return DateRef(Span(offset + m.start(), offset + m.end(), "date", data), value, precision,
                   local_time=local, reporting=reporting, relative_to_narrative=narrative)


# what may stand before a date that opens its sentence ('July 4, ...', 'In March, ...'; a part of the day: 'Late
# Saturday, ...', 'Early Monday, ...'), and the 'on' before a day
OPENING_RE = re.compile(r"\s*(?:(?:in|and|but|then)\s+)?(?:(?:late|early|earlier|later)\s+)?", re.I)
ON_DAY_RE = re.compile(r"\b[Oo]n\s+$")

# a date in the possessive ("Sunday's strike", "Monday's talks") dates the noun after it, never a verb
# (pipeline/act_dates.own_dates: 'blamed Kyiv for Sunday's strike' is no statement of Sunday)
POSSESSIVE_RE = re.compile(r"['’]s\b")
# a date standing as a modifier between a determiner and its noun ('the March 9 ambush', 'the Sept. 19 accord')
# names the noun too: it dates no other act of its sentence ('struck X in retaliation for the March 9 ambush')
# a preposition that puts the occasion a possessive weekday owns behind the clause ('under Sunday's deal')
PAST_OCCASION_BEFORE_RE = re.compile(r"\b(?:under|after|since|following)\s+$", re.I)
NOUN_START_RE = re.compile(r"(?:['’]s\b)?\s*")
ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)
ATTRIBUTIVE_AFTER_RE = re.compile(r"\s+(?!(?:and|or|to|of|in|on|at|by|for|with|from|as|when|after|before|that|which|who|"
                                  r"was|were|is|are|has|had|have|will|would|until|through|last|this|next)\b)[a-z][a-z-]+")
