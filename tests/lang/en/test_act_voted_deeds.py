"""accuse60: an act a body votes to do is done by the vote ('the assembly voted to condemn X'), with a margin or a time
between the vote and its 'to' ('voted 51-12 to', 'voted on Monday to'); a vote still to come, or the act of a motion
voted against, stays what it was."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.acts import find_acts
from tests.conftest import event_sides

PUBLISHED = date(2025, 3, 4)


@pytest.mark.parametrize("text, status", [
    ("The Kenyan senate voted 51-12 to censure Uganda over the detention of the activists.", "occurred"),
    ("Ghana's parliament voted unanimously to condemn Togo for the border raid.", "occurred"),
    ("Malawi's national assembly voted on Monday to impeach President Tomas Banda.", "occurred"),
    ("The assembly votes to condemn Zambia over the mine spill.", "occurred"),
    ("Lawmakers voted by 140 votes to 22 late on Friday to denounce the Nepali blockade.", "occurred"),
    # negatives: a vote still to come, and a motion's act voted against, are no act the vote did
    ("Ghana's parliament will vote to condemn Togo for the border raid.", "planned"),
    ("Ghana's parliament is expected to vote next week to condemn Togo for the border raid.", "planned"),
    ("Ghana's parliament voted against a motion to condemn Togo for the border raid.", "planned"),
])
def test_voted_act_status(text: str, status: str) -> None:
    acts = [h for h in find_acts(text) if h.type == "ACCUSE"]
    assert acts and acts[0].status == status


@pytest.mark.parametrize("text, sides", [
    ("Ghana's parliament voted unanimously to condemn Togo for the border raid.",
     ("ACCUSE", frozenset({"GHA"}), frozenset({"TGO"}))),
    ("가나 의회는 토고군의 국경 습격을 강하게 규탄하기로 의결했다고 관영 매체가 보도했다.",
     ("ACCUSE", frozenset({"GHA"}), frozenset({"TGO"}))),
    ("케냐 상원은 우간다 정부의 활동가 구금을 비난하기로 의결했다고 현지 언론이 전했다.",
     ("ACCUSE", frozenset({"KEN"}), frozenset({"UGA"}))),
])
def test_voting_body_is_the_actor(text: str, sides: tuple) -> None:
    assert sides in event_sides(text, PUBLISHED)


def test_impeachment_vote_with_a_day_between() -> None:
    """'X's assembly voted on Monday to impeach': the day between the vote and its 'to' keeps the owner as the actor."""
    from readout.api import extract_text

    text = "Malawi's national assembly voted on Monday to impeach President Tomas Banda over the bribery affair."
    events = [e for e in extract_text(text, published=PUBLISHED).events if e.type == "ACCUSE"]
    assert events and {p.country for p in events[0].participants} == {"MWI"} and events[0].status == "occurred"
