"""Fixtures the language tests share."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ko_acts():
    """The Korean act finder on a sentence we wrote, with the morphemes the pipeline reads it with: readout's kiwi
    (its user words included) and the sentence splitter's corrections (a fused particle split off, a prefix kiwi read
    as a verb stem)."""
    from readout.lang.ko.acts import find_acts
    from readout.lang.ko.sentences import split

    return lambda text: find_acts(text, [(f, t, span.start + s, n) for span, tokens in split(text, 0)
                                         for f, t, s, n in tokens])
