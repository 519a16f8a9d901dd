"""Fixtures the language tests share."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ko_acts():
    """The Korean act finder on a sentence we wrote, tokenized by readout's kiwi (its user words included)."""
    from readout.lang.ko.acts import find_acts
    from readout.lang.ko.sentences import kiwi

    k = kiwi()
    return lambda text: find_acts(text, [(t.form, t.tag, t.start, t.len) for t in k.tokenize(text)])
