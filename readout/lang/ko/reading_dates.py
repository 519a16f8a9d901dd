"""Korean dates: the `Korean` language's readers of dates, one mixin of lang/ko/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

import re

from readout.lang.base import DateClause, Language
from readout.lang.ko.syllables import NIEUN_FINAL, final_consonant
from readout.lang.ko.date_examples import example_extent
from readout.lang.ko.date_relatives import object_relative_extent, own_day, relative_extent, same_sentence


# then another subject
EARLIER_ADVERB_RE = re.compile(r"(?:^|[\s,])(?:이에\s*)?앞서\s*$")  # 'earlier,' as a sentence adverb before a day


def past_plan(d) -> bool:
    """relatives63: a day read as a plan's time ('[...하기로] 제안했다') that is named as past ('지난 3일'): no plan is set
    for a day gone by, so a relative clause the day opens on the subject ('[지난 3일 대사를 소환한] 칠레는 15일 회담을
    제안했다') owns it."""
    return bool(d.span.data.get("plan") and d.span.data.get("past"))


class KoreanDates(Language):
    """The dates readers of `Korean`."""

    def elapsed_since(self, text, end):
        return bool(self.lex.re("elapsed_since_after_re").match(text, end))

    def counted_to_main(self, text, end):
        return bool(self.lex.re("elapsed_to_main_after_re").match(text, end))

    def counted_from_meeting(self, text, end):
        return bool(self.lex.re("counted_from_meeting_after_re").match(text, end))

    def background_date(self, text, start, end):
        before = text[max(0, start - 8):start]
        after = text[end:end + 16]
        if EARLIER_ADVERB_RE.search(before) and self.lex.re("earlier_own_date_re").fullmatch(text, start, end) \
                and not self.lex.re("relative_clause_after_re").match(text, end):
            return bool(self.lex.re("date_background_after_re").match(after))  # '이에 앞서 9일 X를 예방하고': the day
            # of the sentence's own act, told before the story's (not the date of something the act follows)
        return bool(self.lex.re("date_background_before_re").search(before)
                    or self.lex.re("date_background_after_re").match(after))

    def background_extent(self, text, start, end):
        sub = self.lex.re("date_subordinate_after_re").match(text[end:end + self.settings.subordinate_reach_chars])
        if sub and final_consonant(sub.group(1)) == NIEUN_FINAL:  # '발사한 후', '열린 뒤'
            if self.topic_sequence(text, start, end + sub.end()):
                return None  # '장관은 10일 A와 회담한 뒤 B와도 만났다': the topic's day, for both of its acts
            return DateClause(start, end + sub.end())
        example = example_extent(self.lex, text, start, end, self.settings.topic_reach_chars,
                                 self.settings.subordinate_reach_chars)
        if example is not None:  # '지난 3일 감행된 습격을 포함한 도발을 규탄했다': the example's day
            return DateClause(*example)
        complement = self.complement_extent(text, start, end)
        if complement is not None:
            return DateClause(*complement)
        plan = self.plan_extent(text, start, end)
        return DateClause(*plan, plan=True) if plan is not None else None

    def marked_background(self, text, offset, found):
        """As every language marks them; and a day or month opening a relative clause on the subject ('지난 10일 B와
        통화한 A 총리는'), which dates that clause's act (a year, '올해 20차례 발사한 북한은', is a habit's: no day)."""
        found = super().marked_background(text, offset, found)
        for d in found:
            clause = None if d.background and not past_plan(d) or d.precision not in ("day", "month") \
                else self.relative_extent(text, d.span.start - offset, d.span.end - offset)
            if clause is not None:
                d.span.data.pop("plan", None)
                d.span.data.update(clause=(offset + clause[0], offset + clause[1]), relative=True)
                d.background = True
        for before, d in zip(found, found[1:]):  # koacts46: '전날 ... [지난 15일 열린] 회의를 비난했다'
            if own_day(before) and own_day(d) and same_sentence(text, before.span.end - offset, d.span.start - offset):
                clause = self.object_relative_extent(text, d.span.start - offset, d.span.end - offset)
                if clause is not None:
                    d.span.data["clause"] = (offset + clause[0], offset + clause[1])
                    d.background = True
        return found

    def relative_extent(self, text, start, end):
        """'지난 10일 B 대통령과 통화한 A 총리는': the relative clause a date opens on the subject (lang/ko/date_relatives).
        Not a date right after a topic, which is the topic's own."""
        if self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        return relative_extent(text, start, end, self.lex.re("date_relative_after_re"),
                               self.lex.re("date_relative_particle_re"), frozenset(self.lex["date_relative_nouns"]),
                               self.settings.subordinate_reach_chars)

    def topic_sequence(self, text: str, start: int, clause_end: int) -> bool:
        """A date right after the sentence's topic that opens an after-clause of the topic's own ('장관은 10일 A와
        회담한 뒤 B와도 만났다'): the day of the whole sequence, not of the first act alone, when the clause ends
        in a noun of sequence (후, 뒤, 다음: not 이후, 지, which count the time since) and the main clause counts no
        elapsed time ('... 이틀 만에', '... 이후 처음': then the date is the earlier act's only)."""
        if not self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return False
        noun = re.search(r"([가-힣]+?)(?:에|에도)?$", text[start:clause_end])
        if noun is None or noun.group(1) not in self.lex["date_sequence_nouns"]:
            return False
        return not self.lex.re("date_elapsed_re").search(text, clause_end)

    def complement_extent(self, text, start, end):
        """The object complement a date stands in ('외교부는 5일 북한이 지난 3일 미사일을 발사한 것을 규탄했다': 3일 is
        the launch's): from the date to the complement's adnominal verb, which ends in ㄴ ('발사한', '하는'; a
        future '할 것' is a statement's content, not an earlier act). A date right after the topic is the
        statement's own."""
        if self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        sub = self.lex.re("date_complement_after_re").match(text[end:end + self.settings.subordinate_reach_chars])
        if sub and final_consonant(sub.group(1)) == NIEUN_FINAL:
            return start, end + sub.start(1) + 1
        return None

    def object_relative_extent(self, text, start, end):
        """The relative clause a date opens on a later verb's object (lang/ko/date_relatives), asked only of a second
        day in a sentence whose verb has a day of its own before it ('전날 담화를 통해 [지난 15일 열린] 회의를 비난했다'):
        alone, the day may be the main verb's adverbial ('당국이 14일 [억류했던] 어민들을 풀어줬다'). Not a date right after
        the topic, which is the statement's own ('외교부는 15일 ...')."""
        if self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        return object_relative_extent(text, start, end, self.lex.re("date_object_relative_verb_re"),
                                      self.lex.re("date_object_relative_head_re"),
                                      self.lex.re("date_object_relative_inner_re"),
                                      self.lex.re("date_relative_particle_re"),
                                      frozenset(self.lex["date_relative_nouns"]), self.settings.subordinate_reach_chars)

    def plan_extent(self, text, start, end):
        """The complement of a decision or agreement a date stands in ('양국은 9일 회담에서 [이달 안에 조사단을 보내]기로
        합의했다'): the planned deed's time, so it dates neither the agreement nor the meeting it was reached at (the
        deed's own act word inside the complement still takes it). A date right after the topic is the decision's
        ('양국은 9일 ...하기로 했다') unless it is a period to act in ('양국은 이달 중 ...하기로 했다')."""
        after = text[end:end + self.settings.subordinate_reach_chars]
        sub = self.lex.re("date_plan_after_re").match(after) or self.lex.re("date_request_after_re").match(after)
        if not sub:  # a deed asked for ('3월 방한을 초청했다') is planned as a decided one is (dates48)
            return None
        period = self.lex.re("date_plan_period_after_re").match(text[end:end + self.settings.topic_reach_chars])
        if not period and self.lex.re("date_topic_before_re").search(
                text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        opening = [m.end() for m in self.lex.re("date_plan_opening_re").finditer(
            text, max(0, start - self.settings.subordinate_reach_chars), start)]
        return (opening[-1] if opening else start), end + sub.end()  # '정상회담을 다음 달 열기로': the talks too
