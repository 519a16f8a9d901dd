"""What `Language` answers about dates: background dates (a date of a subordinate clause or a plan, marked so
the pipeline does not date the main event by it), the clause a date dates, an earlier year near an act word.
"""
from __future__ import annotations

from datetime import timedelta

from readout.lang.base.records import DateClause


def opens_own_clause(d) -> bool:
    """A background date whose clause starts at the date itself ('14일 지난 3일 감행된 습격을 포함한': the example
    or complement it opens): a date right before it stands outside that clause, no conjunct of it (dates40)."""
    clause = d.span.data.get("clause")
    return bool(clause) and clause[0] == d.span.start


def past_match(m, year: int) -> bool:
    """Whether a `past_year_re` match names a time before `year`: its year (`year` or `bare_year`, a war's `war_year`, or the year a
    span is counted from, `since_year`: '1992년 수교한 이래') earlier,
    or an era with no year of its own (`era`: a world war; `era_when`: the time of a named war, '6·25 전쟁 당시', 'the
    Korean War, when ...'), always past."""
    groups = m.groupdict()
    named = groups.get("year") or groups.get("bare_year") or groups.get("war_year") or groups.get("since_year")
    return int(named) < year if named else bool(groups.get("era") or groups.get("era_when"))


def ran_past_midnight(found: list, text: str, offset: int, before, after) -> list:
    """(dates61) 'held talks until the early hours of Monday', '회담은 16일 새벽까지 이어졌다': a day a span of time
    reaches into the small hours of (the language's pattern `before` the date, or `after` it; either may be None) is
    the day after the one the span began on: the date dates that start, the day before, marked `past_midnight`."""
    for d in found:
        start, end = d.span.start - offset, d.span.end - offset
        if d.precision != "day" or d.value is None:
            continue
        if before is not None and before.search(text, max(0, start - 40), start) \
                or after is not None and after.match(text[end:]):
            d.value -= timedelta(days=1)
            d.span.data["past_midnight"] = True
    return found


class DateQuestions:
    """Dates: background dates (of a subordinate clause or a plan), the clause a date dates, an earlier year or
    an elapsed time near a word.
    A mixin of `Language` (lang/base/__init__.py): `self` is the language, with `settings`, `knowledge`, `lex`
    and `units`."""

    def marked_background(self, text: str, offset: int, found: list) -> list:
        """Dates (absolute offsets) with `background` set, a date coordinated with a background one
        included ('6일과 13일에 이어', 'since May 3 and 5')."""
        for d in found:
            clause = self.background_extent(text, d.span.start - offset, d.span.end - offset)
            if clause is not None:  # the date dates an act of its own subordinate clause
                d.span.data["clause"] = (offset + clause.start, offset + clause.end)
                if clause.plan:
                    d.span.data["plan"] = True  # a planned deed's time: a meeting word in that plan takes it
                if clause.head is not None:  # 'the launches, including two fired on July 1': the series' day too
                    d.span.data["example_of"] = offset + clause.head
            d.background = clause is not None or self.background_date(text, d.span.start - offset,
                                                                      d.span.end - offset)
        for a, b in zip(reversed(found[:-1]), reversed(found[1:])):
            if b.background and not b.span.data.get("plan") and not opens_own_clause(b) \
                    and self.coordinated(text, a.span.end - offset, b.span.start - offset):  # a plan's time: its own
                a.background = True
        return found

    def background_extent(self, text: str, start: int, end: int) -> DateClause | None:
        """The subordinate clause a background date stands in, when the date dates the act of that
        clause ('12일 미사일을 발사한 후', 'after X fired a missile on July 12,': the launch, not what the
        sentence goes on to say), marked `plan` where it is a decision's complement (`plan_extent`); else None."""
        return None

    def plan_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The complement of a decision or pledge a date stands in ('agreed to send a team later this month'): the
        planned deed's time, not the decision's; None where the date stands in none."""
        return None

    def past_year(self, text: str, start: int, end: int, year: int, at: int | None = None) -> bool:
        """Whether [start, end) names an earlier year as when something happened ('fought a war from 1998 to 2000',
        'signed a peace deal in 2018', '2018년에 서명했다'; lexicon `past_year_re`), with no month of its own: an act
        there is history, not news of the report's days. A year inside an aside (`past_year_aside_re`: 'The
        government, which has been based there since 2023, accused ...') dates the aside, not the act, unless the
        act word (at `at`) stands in that aside ('A and B, which established relations in 1992, signed ...': dates53).
        A war
        named by its year or a world war ('during the 1879 war', '2차 세계대전 당시': groups `war_year`, `era`) is such
        a past too (plover47)."""
        pattern = self.lex.get("past_year_re")
        if not pattern:
            return False
        asides = [m.span() for m in self.lex.re("past_year_aside_re").finditer(text)
                  if at is None or not m.start() <= at < m.end()] if self.lex.get("past_year_aside_re") else []
        return any(m.start() < end and past_match(m, year) and not any(a <= m.start() < b for a, b in asides)
                   and not m.groupdict().get("since_year")  # the year a span counts from: `counted_from_year`
                   for m in self.lex.re("past_year_re").finditer(text, start))  # begun in range, ended anywhere

    def counted_from_year(self, text: str, at: int, year: int, reach: int) -> bool:
        """The act word at `at` names the start of a span counted from an earlier year ('1992년 수교한 이래 처음으로
        회담했다': `past_year_re` group `since_year`): the act is that year's history, whatever day the news the
        sentence goes on to tell has; the news itself is not dated by it (dates53). `reach`: how far around the act
        word the year is looked for."""
        pattern = self.lex.re("past_year_re") if self.lex.get("past_year_re") else None
        if pattern is None or "since_year" not in pattern.groupindex:
            return False
        return any(m.group("since_year") and m.start() <= at < m.end() and past_match(m, year)
                   for m in pattern.finditer(text, max(0, at - reach), at + reach))

    def elapsed_since(self, text: str, end: int) -> bool:
        """The meeting word ending at `end` is the point a span of time is counted from ('회담한 지 한 달 만이다'):
        an earlier meeting, whose day is not the story's. False where the language has no such reading."""
        return False

    def counted_to_main(self, text: str, end: int) -> bool:
        """The meeting word ending at `end` is the point a span of time is counted from to the sentence's own meeting
        ('회담한 지 25일 만에 다시 만났다'): its words name the new meeting's parties, so its clause's date is not that
        meeting's (dates41). False where the language has no such reading."""
        return False

    def counted_from_meeting(self, text: str, end: int) -> bool:
        """The meeting word ending at `end` is the point a day count of the sentence's own verb starts from ('회담한
        다음 날 X로 향했다'): the counted day is that verb's, never the meeting's (meets48). False where the language
        says it otherwise (English marks 'a day after talks with X' as the recalled talks' own shifted day)."""
        return False

    def dates_verb(self, text: str, date_end: int, verb_start: int) -> bool:
        """The date ending at `date_end` is the adverbial of the verb at `verb_start` that follows it ('... and on
        Thursday urged X'), not of what stands before it (pipeline/act_dates.judged_noun_dates). True where the
        language has no such reading: every date keeps its reading."""
        return True

    def background_date(self, text: str, start: int, end: int) -> bool:
        """The date at [start, end) dates an earlier event recalled as background ('since May 3',
        '지난번', '~ 이후 처음'), never the story's own date."""
        raise NotImplementedError
