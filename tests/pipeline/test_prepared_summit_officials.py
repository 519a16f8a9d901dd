"""enconsult46 (issue 13): officials of two states who hold talks to prepare a summit of named leaders met, though the
sentence names people: the leaders of the purpose clause ('to prepare a summit between A and B') take no part in the
talks, so their states are no reason to leave the officials' states out (pipeline/states.elsewhere_persons), and a
meeting held is not the named summit still to come (pipeline/events.meeting_events, states.absorb_state_meetings).
Negative rows: a named meeting held beside the officials' talks stays the one meeting; leaders named as the talks'
parties leave no state-level meeting. Korean '... 간 정상회담을 준비하기 위해 회담했다' reads so too (koplan47:
lang/ko/meeting_prepared). Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

PREPARED = ("Ghanaian and Togolese officials held talks in Accra on Monday to prepare a summit between Ghanaian President "
            "Nana Mensah and Togolese President Kofi Agbeko.")


def consults(text):
    return [(e.status, frozenset(countries(e.participants)), e.participants[0].kind) for e in events(text)
            if e.type == "CONSULT"]


def test_officials_preparing_a_named_summit_met():
    found = consults(PREPARED)
    assert ("occurred", frozenset({"GHA", "TGO"}), "country") in found, found
    assert any(status == "planned" for status, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Ghanaian President Nana Mensah met Togolese President Kofi Agbeko in Lome on Monday, and the two countries' "
    "officials also held talks.",
    "Ghanaian President Nana Mensah held talks with Togolese President Kofi Agbeko in Lome on Monday.",
])
def test_a_named_meeting_held_stays_one(text):
    found = consults(text)
    assert len(found) == 1 and found[0][0] == "occurred", found


def test_korean_officials_preparing_a_named_summit_met():
    found = consults("가나와 토고 당국자들은 월요일 아크라에서 나나 멘사 대통령과 코피 아그베코 대통령 간 정상회담을 준비하기 "
                     "위해 회담했다.")
    assert ("occurred", frozenset({"GHA", "TGO"}), "country") in found, found
