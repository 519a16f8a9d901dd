"""A date inside an example the act's object lists ('condemned the launches, including two missiles fired on July 1'):
the example's own day, not the day of the act that names it (dates40).

A statement judges a series of deeds and names one of them with its day; the statement is made on the story's day.
The example phrase runs from its cue ('including', 'such as', lexicon `date_example_cue_re`) to the next comma or
semicolon, or to the sentence's end; an act word inside it (the example's own 'fired') still takes the date. A cue
followed by a preposition of time ('met three times, including on Monday') lists occasions of the main act itself,
whose day it stays (lexicon `date_example_occasion_re`). A deed named right before the cue ('condemned the launches,
including two missiles fired on July 1') is the series the example belongs to: a material act it names takes the
example's day (pipeline/act_dates.exemplified).
"""
from __future__ import annotations


def example_extent(lex, text: str, start: int, end: int, reach: int) -> tuple[int, int, int] | None:
    """The example phrase the date at `start`..`end` stands in, as offsets of `text`, and the end of the word before
    it (the series the example is one of: 'the launches' takes the example's day when nothing else dates it), or None."""
    cues = list(lex.re("date_example_cue_re").finditer(text, max(0, start - reach), start))
    if not cues:
        return None
    cue = cues[-1]
    if any(mark in text[cue.end():start] for mark in ",;:") \
            or lex.re("date_example_occasion_re").match(text, cue.end()):
        return None
    stops = [i for i in (text.find(mark, end) for mark in ",;:") if i >= 0]
    head = len(text[:cue.start()].rstrip(" ,"))
    return cue.start(), min(stops or [len(text)]), head
