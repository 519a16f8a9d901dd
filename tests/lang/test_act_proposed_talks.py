"""Talks proposed to another side ask it to meet (recall64), with sentences of our own.

'Kenya proposed talks with Uganda' gave no event: the meeting word read as a planned meeting, and CAMEO's
'propose + &negotiation' row (036, an intent to negotiate) made both sides authors of an AGREE. Proposing talks,
negotiations or a dialogue with a side is what CAMEO's own 'propose meeting' row (026) is, the manual's REQUEST meet
("meetings and negotiations"), aimed at the side after 'with' (scripts/data/en_acts_additions.yaml); also when a
relative clause stands between the subject and the verb. Korean '…에 회담을 제안했다' reads the same. Negative rows:
talks proposed with no side named, talks held.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("Kenya proposed talks with Uganda.", "KEN", "UGA"),
    ("Kenya, which had closed its border last month, proposed talks with Uganda.", "KEN", "UGA"),
    ("Peru proposed negotiations with Chile on the maritime boundary.", "PER", "CHL"),
    ("케냐는 우간다에 회담을 제안했다.", "KEN", "UGA"),
    ("국경을 폐쇄했던 케냐는 12일 우간다에 협상을 제안했다.", "KEN", "UGA"),
])
def test_talks_proposed_to_a_side_ask_it_to_meet(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)
    assert not sides(text, "AGREE"), events(text)


@pytest.mark.parametrize("text", [
    "Kenya proposed talks on trade.",
    "Kenya and Uganda held talks on Monday.",
    "케냐와 우간다는 12일 회담을 열었다.",
])
def test_talks_proposed_to_no_one_or_held_ask_no_one(text):
    assert not sides(text, "REQUEST"), events(text)
