"""English `clause` is answered once per sentence and word (speed25): the act's sides, recipients and dates and the
meeting's build each ask it about the same word, and the reading is a function of the sentence's text alone. On our
own sentences every word's remembered clause is the one read afresh, whatever order the words are asked in."""
from __future__ import annotations

import re

import pytest

from readout.lang.en import reading_meetings


@pytest.fixture(scope="module")
def english():
    from readout.kb.loader import kb
    from readout.lang.en.language import English
    from readout.settings import Settings

    return English(Settings().language("en"), kb())


SENTENCES = [
    "The Chilean minister arrived in Lima on Monday and is expected to meet her Peruvian counterpart on Tuesday.",
    "Norway condemned the strike, which it said killed civilians, and urged both sides to hold talks.",
    "After meeting the envoy in Oslo, the president flew home, where he held talks to prepare a summit.",
    "The two leaders spoke by phone on Friday; they agreed to meet again next month.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_remembered_clause_is_the_clause_read_afresh(english, text):
    words = [m.span() for m in re.finditer(r"[A-Za-z]+", text)]
    reading_meetings.word_clause.cache_clear()
    for start, end in words + words[::-1]:  # asked twice, the second time from memory
        assert english.clause(text, (), start, end) == english.clause_of_word(text, start, end), text[start:end]
    info = reading_meetings.word_clause.cache_info()
    assert info.hits == len(words) and info.misses == len(words)
