"""A date inside an example the act's object lists ('지난 3일 감행된 습격 2건을 포함한 국경 침범을 규탄했다'): the
example's own day, not the day of the act that names it (dates40; English 'including two raids carried out on
March 3', lang/en/date_examples.py).

The example runs from its date to the cue that closes it ('을 포함한', '등을 비롯한': lexicon `date_example_after_re`),
with no clause ending joined by -고/-며 between (then the date is the joined clause's act's: '3일 회담을 하고 ... 포함한
조치에 합의했다'). A date right after the topic ('외교부는 14일 무력 도발을 포함한 도발을 규탄했다') is the statement's own,
unless a deed's adnominal verb stands between it and the cue ('대통령은 지난 2일 화물차를 억류한 사건 등을 비롯한 도발을
비판했다': lexicon `date_example_verb_re`; nouns that end like one, `date_relative_nouns`, are none).
"""
from __future__ import annotations


def example_extent(lex, text: str, start: int, end: int, topic_reach: int, reach: int) -> tuple[int, int] | None:
    """The example phrase the date at `start`..`end` opens, as offsets of `text`, or None."""
    m = lex.re("date_example_after_re").match(text[end:end + reach])
    if m is None:
        return None
    if lex.re("date_topic_before_re").search(text, max(0, start - topic_reach), start) and not any(
            v.group(1) not in lex["date_relative_nouns"] for v in lex.re("date_example_verb_re").finditer(m.group(0))):
        return None
    return start, end + m.end()
