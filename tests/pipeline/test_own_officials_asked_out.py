"""(request56) A request that an official leave office made by one state's part with no other state named ('Peru's
opposition called for the interior minister to resign', '페루 야당은 대통령의 퇴진을 요구했다'): the official is the
actor's own, and its government receives the demand, a domestic REQUEST 'change' (act_own_government
.own_official_asked_out, Language.asks_exit). A foreign leader asked to go is named and stays the recipient. Every
sentence here is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.lang.ko.act_rows import PUB

ROWS = [
    ("Peru's opposition called for the interior minister to resign.", {"PER"}, {"PER"}, "occurred"),
    ("Protesters in Ecuador demanded the resignation of the energy minister.", {"ECU"}, {"ECU"}, "occurred"),
    ("페루 야당은 대통령의 즉각 퇴진을 요구했다.", {"PER"}, {"PER"}, "occurred"),
    ("에콰도르 시위대는 에너지장관의 사임을 촉구했다.", {"ECU"}, {"ECU"}, "occurred"),
    # a foreign leader asked to go: the state named receives it, not the asker's own
    ("The United States urged Nicaragua's president to step down.", {"USA"}, {"NIC"}, "occurred"),
    ("미국은 니카라과 대통령의 퇴진을 요구했다.", {"USA"}, {"NIC"}, "occurred"),
]


@pytest.mark.parametrize("text,actors,recipients,status", ROWS)
def test_an_official_asked_out_with_no_other_state_is_the_actors_own(text, actors, recipients, status):
    assert_act(extract_text(text, published=PUB).events, "REQUEST", actors, recipients, status, "change")


def test_a_request_of_no_exit_stays_unaddressed():
    """Negative: an opposition's call for something else (no one leaving office) finds no recipient and is no act."""
    events = extract_text("페루 야당은 국경 경비 강화를 촉구했다.", published=PUB).events
    assert not [e for e in events if e.type == "REQUEST"]
