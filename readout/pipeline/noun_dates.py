"""Dates a noun owns ('the March 9 ambush', "Sunday's strike", 'the Oct. 26 election'; the language's `of_noun` mark):
which acts of the sentence they do not date (split from pipeline/act_dates.py, dates57)."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import DateRef, Span


def names_another_noun(d: DateRef, sent: Span, hit: ActHit) -> bool:
    """A date owned by a noun (the language's `of_noun` mark, `noun_at` the noun's offset: "Sunday's strike", 'the
    March 9 ambush') that is not this act's own word, nor in a relative clause on that noun (the language's
    `noun_clause` mark: "Wednesday's uprising, in which soldiers stormed the palace": the storming is the day's, dates59)."""
    clause = d.span.data.get("noun_clause")
    if clause and clause[0] <= sent.start + hit.start < clause[1]:
        return False
    return bool(d.span.data.get("of_noun")) and d.span.data.get("noun_at") != sent.start + hit.start


def names_other_event(d: DateRef, sent: Span, hit: ActHit) -> bool:
    """A date before a statement's verb owned by a noun that is neither the statement's own word nor an occasion a
    statement is made at (the language's `occasion` mark: 'in a Nov. 3 statement', "at Monday's meeting"): 'a
    resolution that said the Oct. 26 election was flawed and called for a rerun' calls on the day of the resolution,
    not of the election (dates57)."""
    return bool(d.span.data.get("of_noun")) and not d.span.data.get("occasion") \
        and d.span.data.get("noun_at") != sent.start + hit.start and d.span.start < sent.start + hit.start
