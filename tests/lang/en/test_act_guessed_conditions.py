"""acts60 (issue 13): hypothetical forms are no deed done. A condition opened by words of any length ('in case',
'in the event that', 'on condition that') is read as 'if' is (lang/en/act_condition_clauses.opens_condition); an
onlooker's guess told with a frame of warning or belief ('..., analysts warned', '..., experts believe') is the same
hypothetical as its 'said' (act_possible_deeds.trailed_possibility), and so is an onlooker's 'would'
('Analysts said X would attack Y', act_possible_deeds.guessed_future). A state's own 'would' stays a threat or a plan,
a bare modal a plan. Korean twins: '공격할 경우' and '분석가들은 ... 전망했다' give no event. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events

FORCE = {"ASSAULT", "SANCTION", "THREATEN", "COERCE"}


def kinds(text: str) -> set[str]:
    return {e.type for e in events(text)}


@pytest.mark.parametrize("text", [
    "In case Ghana attacks Togo, Benin will respond.",
    "In the event that Ghana attacks Togo, Benin will respond.",
    "Benin will respond in the event that Ghana imposes sanctions on Togo.",
    "In case Ghana imposes sanctions on Togo, Benin will respond.",
    "If Ghana attacked Togo, the region would suffer.",
    "Should Ghana attack Togo, Benin would respond.",
    "가나가 토고를 공격할 경우 베냉이 대응할 것이다.",
])
def test_a_deed_in_a_condition_is_not_done(text):
    occurred = [e for e in events(text) if e.type in FORCE and e.status == "occurred"
                and "GHA" in {p.country for p in e.participants}]
    assert not occurred, [(e.type, e.status) for e in occurred]


@pytest.mark.parametrize("text", [
    "Ghana might attack Togo, experts warned.",
    "Ghana could attack Togo, analysts believe.",
    "Ghana may impose sanctions on Togo, economists cautioned.",
    "Ghana would attack Togo, analysts said.",
    "Analysts said Ghana would attack Togo.",
    "Experts predicted that Ghana would impose sanctions on Togo.",
    "가나가 토고를 공격할 수 있다고 분석가들은 전망했다.",
    "전문가들은 가나가 토고에 제재를 가할 것이라고 예상했다.",
])
def test_an_onlookers_guess_is_no_event(text):
    assert not FORCE & kinds(text), kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("Ghana said it would attack Togo.", "THREATEN"),  # its own threat
    ("Ghana may impose sanctions on Togo, Ghana's president warned.", "SANCTION"),  # its own course
    ("Ghana could attack Togo.", "ASSAULT"),  # a bare modal: a plan (not occurred)
])
def test_own_courses_stay(text, kind):
    found = [e for e in events(text) if e.type == kind]
    assert found and all(e.status != "occurred" or kind == "THREATEN" for e in found), \
        [(e.type, e.status) for e in events(text)]
