"""(protest65) A verb of disapproval whose object is a text ('criticized Chile's statement', 'blasted the Chilean
report') judges the text, ACCUSE of its owner; it does not publish it, as 'prepared a report' or 'issued a
statement' do (act_clause.unpublished). Korean '칠레의 성명을 비난했다' agrees. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, side", [
    ("Peru blasted Chile's statement.", (["PER"], ["CHL"])),
    ("Peru criticized Chile's statement on the border.", (["PER"], ["CHL"])),
    ("Uruguay condemned the Paraguayan report.", (["URY"], ["PRY"])),
    ("Bolivia denounced the Chilean statement as false.", (["BOL"], ["CHL"])),
    ("페루는 칠레의 성명을 비난했다.", (["PER"], ["CHL"])),
])
def test_a_judged_text_is_accuse_of_its_owner(sentence, side):
    assert sides(sentence, "ACCUSE") == [side]


@pytest.mark.parametrize("sentence", [
    "Peru issued a statement on Monday.",  # published, judged by no one
    "Peru prepared a report on Chile's mines.",
    "Peru published a report on Chile's mines.",
])
def test_a_published_text_is_no_accuse(sentence):
    assert sides(sentence, "ACCUSE") == []
