"""Votes on a draft (votes42): a vote against a draft refuses the proposal put to the vote, the manual's REJECT, aimed
at the draft's sponsor (lang/en/act_sponsors) or its body; CAMEO's 'vote against' (110) read it as disapproval of a
side. An abstention refuses and yields nothing: no act (CAMEO 080 read it as CONCEDE). Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

VOTES = [
    ("Ecuador voted against the Norwegian-drafted resolution, while Bolivia abstained.",
     [("REJECT", {"ECU"}, {"NOR"}, "occurred")]),
    ("Uruguay voted against a resolution drafted by Canada on Monday.", [("REJECT", {"URY"}, {"CAN"}, "occurred")]),
    ("Paraguay voted against a U.N. resolution on Venezuela.", [("REJECT", {"PRY"}, {"UNO"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", VOTES)
def test_vote_against_a_draft(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
    assert len(events) == len(expected)  # the abstention is no act


@pytest.mark.parametrize("text", ["Bolivia abstained in the vote on Thursday.", "Guatemala and Peru abstained."])
def test_abstention_is_no_act(text):
    assert extract_text(text, published=DAY).events == []


# votes46: a vote against the draft the story told ('voted against it', 'vetoed the draft', no sponsor named) refuses
# it to the voting body the story named (lang/en/act_sponsors.refers_to_a_draft, pipeline asked_body), not to the side
# that last charged the voter; a sponsor named with the draft still receives it
STORY = "The U.N. Security Council met on Thursday on Somalia. "


@pytest.mark.parametrize("text,recipients", [
    (STORY + "Gabon voted against it and Kenya abstained.", {"UNO"}),
    (STORY + "Russia vetoed the draft resolution.", {"UNO"}),
    (STORY + "Russia vetoed the draft drafted by Ghana.", {"GHA"}),
])
def test_a_vote_against_the_draft_told_refuses_the_body(text, recipients):
    assert_act(extract_text(text, published=DAY).events, "REJECT", set(), recipients, "occurred")
