"""English verbs and phrases beside a date that say whose day it is: the complement of a plan or request ('agreed to
hold talks in March': the talks' month), a clock conversion ('(2324 GMT Sunday)'), a verb in the simple past before a
weekday ('met Tuesday': a day behind the report).

Why its own module (debt55): these readers look at the clause around a date through the lexicon, not at the date;
dates.py asks them while it finds dates, and lang/en/reading_dates.py asks `plan_complement` directly."""
from __future__ import annotations

import re

from readout.kb.loader import lexicon


PLAN_COMPLEMENT_KEYS = ("date_plan_complement_before_re", "date_request_complement_before_re")


def plan_complement(text: str, start: int, reach: int = 120) -> re.Match | None:
    """'agreed on Monday to hold talks in March', 'pledged to send a team in late January': a month in the infinitive
    complement of a decision or pledge is the planned deed's, which lies ahead of the report (dates46); so is one in
    the complement of a request or invitation, 'invited X to visit Lima in March' (dates48): the visit's month, not the
    invitation's. The match's group `deed` is where the complement starts."""
    lex = lexicon("en")
    for key in PLAN_COMPLEMENT_KEYS:
        m = lex.re(key).search(text, max(0, start - reach), start)
        if m:
            return m
    return None


def converted_clock(text: str, start: int) -> bool:
    """'fired at 8:24 a.m. (2324 GMT Sunday)': a day after a universal-time clock restates the local time in another
    time zone; it names no day of the story (told in the place's own day) and is no date of the sentence (dates45)."""
    return bool(lexicon("en").re("date_clock_conversion_before_re").search(text, max(0, start - 20), start))


def after_past_verb(text: str, start: int) -> bool:
    """'agreed late on Saturday on a plan to ...', 'met Tuesday': a weekday right after a verb in the simple past
    (the past tense of the regular and the irregular verbs, `verb_chain`) dates that deed, which is behind the report
    whatever the rest of the clause plans: a noun after it ('a plan to normalise', 'the aim to') is no plan of this
    clause's. An auxiliary of what lies ahead before the verb ('will be signed on Monday', 'is scheduled on Friday')
    and a participle of scheduling keep the clause's reading (lexicon `date_past_verb_before_re`)."""
    lex = lexicon("en")
    m = lex.re("date_past_verb_before_re").search(text, max(0, start - 60), start)
    if not m:
        return False
    chain = lex["clause"]["verb_chain"]
    verb, before = m.group("verb"), (m.group("before") or "").lower()
    simple_past = verb.islower() and (verb.endswith("ed") or verb in chain["irregular_past"])
    return simple_past and verb not in lex["date_scheduling_participles"] \
        and before not in lex["date_ahead_auxiliaries"] and before not in chain["not_after"]
