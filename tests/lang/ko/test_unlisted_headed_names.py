"""(debt56b) lang/ko/unlisted_groups.headed_name: the rule an unlisted group's and an unlisted party's names share,
each with its own table (head_table). Our own words; a toy table beside the lexicon's."""
from __future__ import annotations

import pytest

from readout.lang.ko.unlisted_groups import group_word, headed_name, party_word

TOY = (("연대", "당"), 2, ("예배당",))


@pytest.mark.parametrize("noun,expected", [
    ("푸른산맥연대", True),  # a head after enough syllables of its own
    ("산연대", False),  # too few syllables before the head
    ("새벽예배당", False),  # a guard ending
    ("푸른산맥협회", False),  # no head of the table
    ("abc연대", False),  # not Hangul only
])
def test_headed_name_on_a_toy_table(noun: str, expected: bool) -> None:
    assert headed_name(noun, *TOY) is expected


@pytest.mark.parametrize("reader,noun,expected", [
    (party_word, "국민화합당", True),
    (party_word, "포도당", False),
    (group_word, "국민화합당", False),
])
def test_the_two_readers_keep_their_own_tables(reader, noun: str, expected: bool) -> None:
    assert reader(noun) is expected
