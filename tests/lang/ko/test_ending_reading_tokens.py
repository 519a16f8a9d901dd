"""(speed60, issue 20) `ending_reading.tokens_of` keeps a sentence's classed morphemes: the answer is the one the
per-morpheme reading gave (irregular stem tags read as their class), each caller gets its own list, and morphemes
that cannot be kept (an unhashable part) are read as before. Our own morphemes."""
from __future__ import annotations

import pytest

from readout.lang.ko.ending_reading import classed, tokens_of

PLAIN = [("칠레", "NNP", 0, 2), ("는", "JX", 2, 1), ("항의", "NNG", 4, 2), ("하", "XSV", 6, 1), ("었", "EP", 7, 1),
         ("다", "EF", 8, 1)]
IRREGULAR = [("페루", "NNP", 0, 2), ("가", "JKS", 2, 1), ("돕", "VV-I", 4, 1), ("었", "EP", 5, 1), ("다", "EF", 6, 1)]


@pytest.mark.parametrize("tokens, tags", [
    (PLAIN, ["NNP", "JX", "NNG", "XSV", "EP", "EF"]),
    (IRREGULAR, ["NNP", "JKS", "VV", "EP", "EF"]),  # the irregular stem read as its class
    ([["돕", "VV-R", 0, 1]], ["VV"]),  # a morpheme as a list (unhashable): read as before
    ([], []),
])
def test_tokens_are_classed_as_the_per_morpheme_reading_gives(tokens, tags):
    first, again = tokens_of(tokens), tokens_of(list(tokens))
    assert first == again == classed(tokens) and [t[1] for t in first] == tags


def test_each_caller_gets_its_own_list():
    mine = tokens_of(IRREGULAR)
    mine.pop()
    assert len(tokens_of(IRREGULAR)) == len(IRREGULAR)
