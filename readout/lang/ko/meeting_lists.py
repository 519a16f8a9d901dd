"""(koplan47) A comma list of states closed by the genitive 의 right before a meeting word names the meeting's parties:
'A, B의 정상회담', 'A, B, C의 회담' read as 'A·B 정상회담' and 'A와 B의 정상회담' do (cancel68,
`reading_meetings.paired_before_meeting`). Only where every item of the list is a bare country word: a list with a
title, a person or any other noun in it ('A 대통령, B의 회담 제안') is no list of the meeting's states, and a comma after a
headline's subject ('A, B와 회담') is left to the headline reader. (planned47) A date between the genitive and the meeting
word ('A와 B의 내달 정상회담', 'A, B의 오는 15일 회담') is the meeting's day: the pair still names its parties.
"""
from __future__ import annotations

import re

from readout.lang.ko import country_words
from readout.lang.ko.dates import date_may_open, find_dates

WORD_RE = re.compile(r"\S+")
LIST_MARK = ","


def comma_listed_party(lex, text: str, start: int) -> bool:
    """The word starting at `start` is an item of a comma list of two states or more ('A,', 'B의') whose last item ends
    in the genitive (lexicon `state_party_pair_genitive`) and stands right before a meeting word."""
    words = list(WORD_RE.finditer(text))
    at = next((n for n, w in enumerate(words) if w.start() == start), None)
    if at is None:
        return False
    first = at
    while first > 0 and words[first - 1].group().endswith(LIST_MARK):
        first -= 1
    last = at
    while last + 1 < len(words) and words[last].group().endswith(LIST_MARK):
        last += 1
    if last == first or last + 1 >= len(words):
        return False
    genitive = next((g for g in lex["state_party_pair_genitive"] if words[last].group().endswith(g)), None)
    if genitive is None or not lex.re("meeting_trigger_re").match(text, date_skipped(text, words[last + 1].start())):
        return False
    items = [w.group()[:-len(LIST_MARK)] for w in words[first:last]] + [words[last].group()[:-len(genitive)]]
    return all(country_words.country_of_word(item) and country_words.countries_of_word(item) for item in items) \
        and len({country_words.country_of_word(item) for item in items}) == len(items)


def date_skipped(text: str, pos: int) -> int:
    """(planned47) Where the word after a date starting at `pos` starts ('[내달] 정상회담', '[오는 15일] 회담', read by
    the Korean date reader); `pos` itself where no date starts there."""
    head = text[pos:]
    found = [d.span.end for d in find_dates(head, 0, None, 0) if d.span.start == 0] \
        if head and date_may_open(head) else []  # speed51b: most words open no date
    if not found:
        return pos
    end = pos + max(found)
    return end + len(text[end:]) - len(text[end:].lstrip())
