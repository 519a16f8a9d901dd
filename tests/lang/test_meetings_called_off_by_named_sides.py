"""kopassive70 (issue 13): the verbs of calling off or putting off are one list (ko_acts cue `calling_off_verb`:
취소하다, 연기하다, 보류하다, 유보하다) read with every meeting of `called_off_meeting`, active or passive; the passive
names the side that called the meeting off after 'X에 의해' (lang/ko/calling_off.py), as English 'was called off by
X'. Our own sentences; negatives: aid put on hold stays a measure withheld, a meeting put off by no one named
refuses nothing, a joint text put off is no agreement."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

# a meeting called off or put off by a named side: its REJECT meet at the meeting's other side
NAMED_CALLERS = [
    ("우루과이와의 협상이 파라과이에 의해 취소됐다.", "PRY", {"URY"}),
    ("우루과이와의 회담이 파라과이에 의해 보류됐다.", "PRY", {"URY"}),
    ("우루과이와의 대화가 파라과이 정부에 의해 유보됐다.", "PRY", {"URY"}),
    ("파라과이는 우루과이와의 정상회담을 취소했다.", "PRY", {"URY"}),
    ("파라과이는 우루과이와의 대화를 연기했다.", "PRY", {"URY"}),
    ("The talks with Uruguay were postponed by Paraguay.", "PRY", {"URY"}),
]


@pytest.mark.parametrize("text,actor,receivers", NAMED_CALLERS)
def test_a_meeting_called_off_by_a_named_side_is_its_refusal(text, actor, receivers):
    found = [e for e in events(text) if (e.type, e.mode) == ("REJECT", "meet")]
    assert found, [(e.type, e.mode, countries(e.participants)) for e in events(text)]
    assert actor in countries(found[0].participants)
    assert countries(found[0].recipients) == receivers


@pytest.mark.parametrize("text", [
    "우루과이와의 회담이 보류됐다.",
    "우루과이와 파라과이의 협상이 연기됐다.",
    "The talks with Uruguay were put on hold.",
])
def test_a_meeting_put_off_by_no_one_named_refuses_nothing(text):
    found = events(text)
    assert not [e for e in found if e.type in ("REJECT", "SANCTION")], [(e.type, e.mode) for e in found]


def test_aid_put_on_hold_by_a_named_side_stays_a_measure():
    found = [e for e in events("우루과이에 대한 지원이 파라과이에 의해 보류됐다.") if e.type == "SANCTION"]
    assert found and "PRY" in countries(found[0].participants)


@pytest.mark.parametrize("text", [
    "두 장관은 회담했지만 공동성명 채택은 연기됐다.",
    "두 장관은 회담했지만 협정 서명은 유보됐다.",
])
def test_a_joint_text_put_off_is_no_agreement(text):
    assert not [e for e in events(text) if e.type == "AGREE"], [(e.type, e.status) for e in events(text)]
