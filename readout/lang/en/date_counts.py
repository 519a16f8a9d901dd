"""English days counted from another day: an eve ('on the eve of the summit on June 14'), a count before or after an
event's noun ('A day before the summit,') and a counted span from the story's day ('two days later'). Split from
lang/en/dates.py (dates49); the event's day is found in the document by pipeline/anchored_dates.py."""
from __future__ import annotations

import re
from datetime import date, timedelta

from readout.kb.loader import lexicon
from readout.lang.en.number_words import spelled_number
from readout.model import DateRef, Span


# The sign of a counted span's shift from the story's day: 'after' and 'before' date a recalled act from the clause's
# day ('four days after meeting X': that meeting was four days earlier), 'later' and 'earlier' the sentence's own deed.
COUNTED_SIGNS = {"after": -1, "before": 1, "later": 1, "earlier": -1}


def counted_shift(lex, phrase: str) -> int:
    """'four days after' -> -4, 'two weeks before' -> 14: days from the narrative's day to a recalled act, for a
    count the shift table does not list (`date_count_words`, or digits); 'two days later' -> 2, 'a week earlier' -> -7:
    the story's next deed that many days from its day (dates49)."""
    words = phrase.lower().split()
    if len(words) != 3 or words[2] not in COUNTED_SIGNS or not words[1].startswith(("day", "week")):
        return 0  # 'the same day' counts nothing
    count = int(words[0]) if words[0].isdigit() else spelled_number(words[0])
    days = count * (7 if words[1].startswith("week") else 1)
    return days * COUNTED_SIGNS[words[2]]


def counted_to_noun(lex, text: str, offset: int, m: re.Match, out: list[DateRef]) -> bool:
    """'A day before the summit, X will meet Y', 'X fired two missiles three days after the election.': a count before
    or after a noun phrase that ends its clause (`date_count_noun_after_re`) dates the sentence's act from that event's
    day, as '정상회담 하루 전' and 'on the eve of the summit' do (pipeline/anchored_dates.py; undated where the document
    states no day for it). The date's span takes in the noun phrase, so it is no recalled act's (`recalled_shift`
    reads the count alone). False for any other narrative word, and where the sentence states a day of its own (the
    count then dates the event named from that day) (dates49)."""
    shift = counted_shift(lex, m.group(0))
    if any(d.value and d.precision == "day" and not d.relative_to_narrative for d in out):
        return False  # 'will meet on Sunday, a day before the summit': the count dates the summit from that day
    noun = lex.re("date_count_noun_after_re").match(text[m.end():]) if shift else None  # (opens with '^')
    if noun is None:
        return False
    d = out.pop()
    data = {"shift": -shift, "anchor_noun": noun.group("noun")}
    span = Span(d.span.start, offset + m.end() + noun.end(), "date", data)
    out.append(DateRef(span, None, "day", relative_to_narrative=True))
    return True


def day_after_noun(text: str, offset: int, m: re.Match, d: DateRef) -> bool:
    """The date `d` stands right after the noun an eve names, joined by 'on', 'of' or 'set for'
    (`date_eve_day_after_re`): 'on the eve of the summit on June 14' names the summit's day."""
    gap = text[m.end():max(m.end(), d.span.start - offset)]
    return d.span.start - offset > m.end() and bool(lexicon("en").re("date_eve_day_after_re").fullmatch(gap))


def eve_of_stated_day(out: list[DateRef], m: re.Match, offset: int, ahead: date | None = None) -> bool:
    """'on the eve of Tuesday's vote', 'on the eve of the Nov. 10 summit': the event's own day stands inside the phrase,
    so the eve is that day less one, whatever other sentences say (dates48). The day read inside it is replaced by
    the eve's: it dates the event named, no act of the sentence. `ahead`: the stated weekday's day when it lies ahead
    of the report (`anchor_weekday_ahead`). False where the phrase states no day."""
    inner = [d for d in out if d.precision == "day" and d.value is not None  # 'the Nov. 10 summit': the phrase's
             and (offset + m.start() <= d.span.start < offset + m.end()  # pattern stops at the month's full stop
                  or day_after_noun(m.string, offset, m, d))]  # 'the summit on June 14': the day after the noun
    if not inner:
        return False
    for d in inner:
        out.remove(d)
    end = max(offset + m.end(), inner[-1].span.end)
    span = Span(offset + m.start(), end, "date", {"shift": 0, "basis": "text"})
    out.append(DateRef(span, (ahead or inner[-1].value) - timedelta(days=1), "day"))
    return True
