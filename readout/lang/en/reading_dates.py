"""English dates: the `English` language's readers of dates, one mixin of lang/en/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

from readout.lang.base import DateClause, Language
from readout.lang.en.date_examples import example_extent
from readout.lang.en.date_verbs import plan_complement


def recalled_shift(lex, text: str, start: int, end: int) -> bool:
    """'a day after holding talks', 'two days after his summit': days counted to a recalled act (a gerund or a
    noun phrase follows), not 'had met X the day before.'"""
    m = lex.re("date_recalled_shift_re").match(text, start)
    return bool(m) and m.end() == end


def held_antecedent(lex, text: str, clause: tuple[int, int], d) -> tuple[int, int]:
    """'agreed in September to hold border talks, which took place on Friday': a relative clause saying its antecedent
    took place dates that antecedent, the meeting word before its comma (the clause reaches back over it), and marks
    the day `held`: the meeting was held, whatever the plan before it said (pipeline/meeting_build) (dates46)."""
    if not lex.re("date_held_relative_re").match(text, clause[0]):
        return clause
    d.span.data["held"] = True
    head = text.rfind(" ", 0, clause[0]) + 1
    return head, clause[1]


class EnglishDates(Language):
    """The dates readers of `English`."""

    def background_date(self, text, start, end):
        if recalled_shift(self.lex, text, start, end):
            return True  # 'a day after holding his summit': the recalled act's day, never the story's
        return bool(self.lex.re("date_background_before_re").search(text[max(0, start - 40):start])
                    or self.lex.re("date_background_after_re").match(text[end:end + 20]))

    def dates_verb(self, text, date_end, verb_start):
        """'condemned X's launch on Tuesday and on Wednesday urged Y': only adverbs stand between a day and the verb it
        dates; 'on Tuesday, warning', 'on Tuesday and called' leave the day to what came before."""
        return bool(self.lex.re("date_before_verb_re").fullmatch(text, date_end, verb_start))

    def marked_background(self, text, offset, found):
        """As every language marks them; but the day a recalled act counts from ('on Saturday, a day after holding
        talks') is the clause's own, not coordinated with the recalled day that follows it."""
        found = super().marked_background(text, offset, found)
        for d in found:  # ', who spoke with X on Sunday,': the relative clause's act's day (fields10)
            clause = None if d.background or d.precision not in ("day", "month") \
                else self.relative_extent(text, d.span.start - offset, d.span.end - offset)
            if clause is not None:  # (a year, 'which has fired 20 missiles this year', is a habit's: no day of an act)
                clause = held_antecedent(self.lex, text, clause, d)
                d.span.data.update(clause=(offset + clause[0], offset + clause[1]), relative=True)
                d.background = True
        for a, b in zip(found[:-1], found[1:]):
            if a.background and recalled_shift(self.lex, text, b.span.start - offset, b.span.end - offset) \
                    and "clause" not in a.span.data \
                    and not self.background_date(text, a.span.start - offset, a.span.end - offset):
                a.background = False
        return found

    def relative_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """'The minister, who spoke with X by phone on Sunday, welcomed the deal': a date inside a non-restrictive
        relative clause (from its comma to the comma that closes it, or to the sentence's end; after an appositive noun
        too: ', a body that held its first meeting in July.') dates that clause's act, not the main clause's."""
        reach = self.settings.subordinate_reach_chars
        comma = text.find(",", end, end + reach)
        if comma < 0:
            comma = len(text)  # ', a body that held its first meeting in July.': the clause closes the sentence (dates46)
        first = max(0, start - reach, *(text.rfind(mark, 0, start) + 1 for mark in ",;:"))
        if first <= 0 or not self.lex.re("date_relative_before_re").match(text[first - 1:start]):
            return self.restrictive_extent(text, start, end, first)
        return first - 1, comma

    def restrictive_extent(self, text: str, start: int, end: int, first: int) -> tuple[int, int] | None:
        """(relclause53) 'The Kenyan minister who met X on Monday announced sanctions': a date closing a restrictive
        'who'/'which' clause on a subject that opens its sentence or clause (`first`: the sentence's start or a
        comma's, within reach) dates that clause's act, not the main verb that follows it right away. The clause runs
        from the pronoun to the date's end. A date with no main verb after it ('condemned rebels who attacked X on
        Monday.') is left as it was read."""
        if first < max(0, start - self.settings.subordinate_reach_chars) or first > 0 and text[first - 1] != ",":
            return None
        m = self.lex.re("date_restrictive_before_re").match(text[first:start])
        if m is None or not self.lex.re("date_restrictive_after_re").match(text, end):
            return None
        low = text[first:start].lower()
        pronoun = max(low.rfind(" who "), low.rfind(" which "))
        return (first + pronoun + 1, end) if pronoun >= 0 else None

    def background_extent(self, text, start, end):
        reach = self.settings.subordinate_reach_chars  # a clause, not the text: linear in long sentences
        plan = self.plan_extent(text, start, end)
        if plan is not None:
            return DateClause(*plan, plan=True)
        example = example_extent(self.lex, text, start, end, reach)
        if example is not None:  # 'condemned the launches, including two fired on July 1': the example's day
            return DateClause(example[0], example[1], head=example[2])
        recalled = recalled_shift(self.lex, text, start, end) and (
            self.lex.re("recalled_clause_after_re").match(text, end) or self.lex.re("recalled_noun_after_re").match(text, end))
        if recalled:
            # 'comes two weeks after he met X in Y', 'a day after talks with X in Y' (dates46): the recalled clause, to
            # the first comma past its verb ('a week after A, B and C signed a pact': the list's commas are no end, agree54)
            stop = text.find(",", recalled.end(), end + reach)
            met = next((m.end() for m in self.lex.scan("meeting_trigger_re", text[end:end + reach])), None)
            if stop >= 0 and met is not None and end + met > stop:  # 'a day after their ministers, A and B, met':
                stop = text.find(",", end + met, end + reach)  # an apposition's commas do not end the clause
            return DateClause(start, stop if stop >= 0 else min(len(text), end + reach))
        comma = text.find(",", end, end + reach)
        first = max(0, start - reach, *(text.rfind(mark, 0, start) + 1 for mark in ",;:"))
        bare = comma < 0 and first == 0  # no comma before the clause in the whole sentence
        if comma < 0 and self.lex.re("sentence_rest_re").fullmatch(text, end):
            comma = len(text)  # a trailing clause, ', after firing shells on January 5 and 7.', ends with the sentence,
            # with or without a comma before it (fp23: 'X curbed its cooperation after Y bombed its sites in June.')
        opener = self.lex.re("date_subordinate_before_re").search(text, first, start) if comma >= 0 else None
        if bare and opener and self.lex.re("simultaneous_clause_re").match(opener.group(0)):
            return None  # 'A will meet B when he travels to X on Monday': a comma-less 'when' clause is the same time
        if opener and self.lex.re("simultaneous_meeting_re").match(opener.group(0)) \
                and any(True for _ in self.lex.scan("meeting_trigger_re", text[opener.start():comma])):
            return None  # 'when they met in Washington on Wednesday': the clause's date is its meeting's, and the story's
        return DateClause(opener.start(), comma) if opener else None

    def plan_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """'They agreed at their summit to send a team later this month': a period after the infinitive of a decision
        or pledge is the planned deed's time, so it dates neither the agreement nor the summit (the deed's own act
        word inside the complement still takes it). A day keeps its reading ('agreed to boost ties at their summit on
        Thursday' is the summit's day): only periods ('this month', 'next year') are read as the plan's."""
        if not self.lex.re("date_plan_period_re").fullmatch(text, start, end):
            return None
        m = plan_complement(text, start, self.settings.subordinate_reach_chars)
        if m is None:
            return None
        stop = min([i for i in (text.find(mark, end) for mark in ",;:") if i >= 0] or [len(text)])
        return m.start("deed"), stop  # 'plans to visit Japan next month to meet X': the whole plan, its meeting too
