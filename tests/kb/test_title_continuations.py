"""actors57 (issue 14): the words after an office title that make a longer agent phrase of another sector
(kb/agents.title_continuations): the English title readers read no office where one follows."""
from __future__ import annotations

import pytest

from readout.kb.agents import title_continuations

TITLES = frozenset({"general", "prime minister", "attorney", "president"})


@pytest.mark.parametrize("words, continues", [
    ("practitioner", True), ("assembly", True), ("in exile", True),  # MED, LEG, OPP: not the title's own sector
    ("staff", False),  # 'general staff' is an officer's body, MIL as 'general': the title reads as before
    ("of the army", False),  # an 'of' phrase is the title's owner, read by the title patterns themselves
])
def test_title_continuations(words, continues):
    assert (words in title_continuations(TITLES)) is continues
