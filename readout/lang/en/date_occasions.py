"""Readings of an English date by the words around it (dates57): a weekday after 'in the early hours of' that names
the day after the report's is that next morning; a date owning an occasion noun ('a Nov. 3 statement') is the day of
what is said there."""
from __future__ import annotations

import re
from datetime import date

from readout import budget
from readout.kb.loader import lexicon
from readout.patterns import alternation

OCCASION_WORDS_RE = re.compile(r"[\w'’é-]+(?:\s+[\w'’é-]+){0,2}")  # a noun and two words before it


def small_hours_ahead(text: str, start: int, weekday: int, ref: date) -> bool:
    """'Police cleared the square in the early hours of Friday' in a Thursday report (agency copy filed on the
    evening it tells, dated by that day): a bare weekday after the lexicon's `date_small_hours_re` ('early hours of',
    'before dawn on', 'overnight into') that names the day after the report's is that night's morning, not the same
    weekday six days back, which a report would call 'last Friday' (dates57)."""
    return weekday == (ref.weekday() + 1) % 7 \
        and bool(lexicon("en").re("date_small_hours_re").search(text, max(0, start - 40), start))


def names_occasion(text: str, at: int) -> bool:
    """The noun a date owns, at `at` after at most two modifiers ('a Nov. 3 joint statement', "Monday's emergency
    session"), is an occasion a statement is made at or is (lexicon `date_occasion_nouns`): its day is a statement's
    too, where the day of 'the Oct. 26 election' or "Sunday's strike" is not (dates57)."""
    words = OCCASION_WORDS_RE.match(text, at)
    nouns = set(lexicon("en")["date_occasion_nouns"])
    return bool(words) and any(w.lower() in nouns for w in words.group(0).split())


def at_once(text: str):
    """'Ghana immediately recalled its ambassador': the lexicon's `date_at_once_words` whose verb after it
    is a simple past (regular or irregular, `verb_chain`) with no auxiliary or 'to' before the adverb ('to
    immediately withdraw', 'would immediately recall' tell no deed done). A deed so told followed the last one the
    story told, on its day: a narrative day with no shift (pipeline/story_days, dates57)."""
    lex = lexicon("en")
    chain = lex["clause"]["verb_chain"]
    ahead = {*lex["date_ahead_auxiliaries"], *chain["not_after"]}
    for m in at_once_pattern().finditer(text):
        verb, before = m.group("verb"), text[max(0, m.start() - 12):m.start()].split()
        if (verb.endswith("ed") or verb in chain["irregular_past"]) and not (before and before[-1].lower() in ahead):
            yield m


@budget.table()
def at_once_pattern() -> re.Pattern:
    """An adverb of `date_at_once_words` and the word after it (group `verb`)."""
    return re.compile(rf"\b(?:{alternation(lexicon('en')['date_at_once_words'])})\b(?=\s+(?P<verb>[a-z]+)\b)")


def noun_clause(text: str, at: int) -> tuple[int, int] | None:
    """The extent of a relative clause on the noun a date owns, at `at` ("Wednesday's failed uprising in the capital,
    in which soldiers stormed the palace", 'the March 9 raid, during which police detained ...'; lexicon
    `date_noun_clause_after_re`): the deeds it tells are that occasion's, on the date's day (dates59), where the date
    dates no other act of its sentence (pipeline/noun_dates.names_another_noun)."""
    m = lexicon("en").re("date_noun_clause_after_re").match(text[at:])
    return (at + m.start("clause"), at + m.end("clause")) if m else None

