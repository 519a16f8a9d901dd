"""(debt63) The nouns that end a foreign name before them ('X 정부', 'X 시절', 'X 대표단') are the Korean lexicon's
`name_tail_stops`, not a set in code: surname_like refuses them as a name's later word, and a two-syllable noun
outside the list is still read as one. Our own phrases."""
from __future__ import annotations

import pytest

from readout.lang.ko.name_runs import name_tail_stops, surname_like
from readout.lang.ko.sentences import kiwi
from readout.lang.ko.words import words_of


def last_word(text: str):
    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return words_of(text, toks)[-1]


@pytest.mark.parametrize("text, noun", [
    ("올라프 정부", "정부"),
    ("라우라 시절", "시절"),
    ("페드로 대표단", "대표단"),
])
def test_a_tail_stop_is_no_later_name_word(text, noun):
    assert noun in name_tail_stops()
    assert not surname_like(last_word(text))


def test_a_transcribed_surname_still_reads():
    assert surname_like(last_word("올라프 숄츠"))  # no tail stop: the name's later word
