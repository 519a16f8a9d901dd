"""kopassive70 (issue 13): a meeting called off in the passive with no side named as calling it off. The genitive
before the meeting word ('A와 B의 회담', 'B의 방문') names the meeting's owners, its sides; only 'X에 의해' (English 'by X')
names who called it off (lang/ko/act_passive_agents.called_off_meeting). With no one named the meeting stays told as
cancelled (CONSULT cancelled between its sides) and no side refuses it, in both languages. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

# a meeting of two named sides called off by no one named: the meeting is cancelled, no REJECT
CALLED_OFF_BY_NO_ONE = [
    "칠레와 페루의 회담이 연기됐다.",
    "칠레와 페루의 정상회담이 취소됐다.",
    "우루과이와 파라과이의 회담이 무기한 연기됐다.",
    "The talks between Chile and Peru were postponed.",
    "The summit between Uruguay and Paraguay was cancelled.",
]


@pytest.mark.parametrize("text", CALLED_OFF_BY_NO_ONE)
def test_meeting_called_off_by_no_one_is_no_refusal(text):
    found = events(text)
    assert not [e for e in found if e.type == "REJECT"], [(e.type, countries(e.participants)) for e in found]
    cancelled = [e for e in found if (e.type, e.status) == ("CONSULT", "cancelled")]
    assert cancelled and len(countries(cancelled[0].participants)) == 2, [(e.type, e.status) for e in found]


# a lone owner before the called-off meeting word refuses nothing either
@pytest.mark.parametrize("text", [
    "페루의 방문이 취소됐다.",
    "칠레의 회담이 연기됐다.",
])
def test_lone_owner_of_a_called_off_meeting_refuses_nothing(text):
    assert not [e for e in events(text) if e.type == "REJECT"]


# negatives: a side named as calling it off, in the agent slot before or after the meeting, or as the active subject,
# still refuses the meeting, at its other sides
NAMED_CALLERS = [
    ("칠레와 페루의 회담이 볼리비아에 의해 연기됐다.", "BOL", {"CHL", "PER"}),
    ("볼리비아에 의해 칠레와 페루의 회담이 취소됐다.", "BOL", {"CHL", "PER"}),
    ("페루는 칠레와의 회담을 취소했다.", "PER", {"CHL"}),
    ("The talks with Chile were postponed by the Bolivian government.", "BOL", {"CHL"}),
]


@pytest.mark.parametrize("text,actor,receivers", NAMED_CALLERS)
def test_meeting_called_off_by_a_named_side_stays_its_refusal(text, actor, receivers):
    first = first_of(events(text), type="REJECT")
    assert actor in countries(first.participants)
    assert countries(first.recipients) == receivers


# negatives: the genitive before an act that is no meeting still names its doer ('X의 공격을 받았다')
@pytest.mark.parametrize("text,actor", [
    ("칠레 국경 마을이 페루의 공격을 받았다.", "PER"),
])
def test_genitive_before_other_passive_acts_still_names_the_doer(text, actor):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and actor in countries(found[0].participants), [(e.type, countries(e.participants)) for e in events(text)]
