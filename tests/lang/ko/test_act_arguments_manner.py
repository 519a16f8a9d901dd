"""The manner adverbs a Korean verb's argument is read past (lang/ko/act_arguments.before_manner, debt60): adjectives
made adverbs by 게, plain adverbs, and only where asked a noun of manner with 에."""
from __future__ import annotations

import pytest

from readout.lang.ko.act_arguments import before_manner

NOUNS_OF_MANNER = frozenset({"한꺼번"})
# morphemes (form, tag) of '질서를 단호하게 또 한꺼번에 [흔들었다]': the object particle is at index 1
TOKS = [("질서", "NNG"), ("를", "JKO"), ("단호", "XR"), ("하", "XSA"), ("게", "EC"), ("또", "MAG"), ("한꺼번", "NNG"),
        ("에", "JKB")]


@pytest.mark.parametrize("j, nouns, expected", [
    (7, NOUNS_OF_MANNER, 1),    # past 한꺼번에, 또 and 단호하게 to the object particle
    (7, frozenset(), 7),        # a noun with 에 is no manner unless asked
    (5, frozenset(), 1),        # past 또 and 단호하게
    (1, NOUNS_OF_MANNER, 1),    # no adverb: the word itself
])
def test_before_manner(j, nouns, expected):
    assert before_manner(TOKS, j, nouns) == expected


def test_adverbs_opening_the_sentence_leave_nothing_before():
    assert before_manner([("매우", "MAG"), ("강력", "XR"), ("하", "XSA"), ("게", "EC")], 3) == -1
