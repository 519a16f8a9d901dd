"""Every frame that puts a visit on a side's timetable is AGREE planned to the host (planned71, issue 15).

'will visit X' and 'is due to visit X' were AGREE planned from the visitor's state to the host, but 'is scheduled to
visit X' (and 'is slated to', 'is poised to') read the visit as a bare infinitive, governed by nothing, and gave no
event; 'will travel to X' had no act at all. The schedule phrases now make the act the actor's intent whether the
clause reader first took it for an infinitive or a forecast (lang/en/act_clause, act_modality.scheduled), and a verb
of going somewhere said ahead ('will travel to X': CAMEO 036 'PLAN * TRAVEL (TO)') is the visit said ahead
(lang/en/act_planned_journeys). Korean '방문할 예정이다' / '방문할 계획이다' already read so. Negative rows: a journey made
(CAMEO 040, no code), a journey refused, a schedule told in the past, a gathering of several sides on a timetable
(no host: the planned meeting alone, as 'will meet in X') and a journey asked of another side. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PLANNED = [
    "Ghana's trade minister will visit Togo in March.",
    "Ghana's trade minister is due to visit Togo in March.",
    "Ghana's trade minister is scheduled to visit Togo in March.",
    "Ghana's trade minister is slated to visit Togo in March.",
    "Ghana's trade minister is set to visit Togo in March.",
    "Ghana's trade minister plans to visit Togo in March.",
    "Ghana's trade minister will travel to Togo in March.",
    "Ghana's trade minister is scheduled to travel to Togo in March.",
    "Ghana's trade minister plans to travel to Togo in March.",
    "가나 통상장관이 3월 토고를 방문할 예정이다.",
    "가나 통상장관이 3월 토고를 방문할 계획이다.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_visit_on_the_timetable_is_agree_planned_to_the_host(text: str) -> None:
    found = [e for e in events(text) if e.type == "AGREE"]
    assert found and found[0].status == "planned", [(e.type, e.status) for e in events(text)]
    assert sides(text, "AGREE")[0] == (["GHA"], ["TGO"])


@pytest.mark.parametrize("text", [
    "Ghana's trade minister travelled to Togo in March.",
    "Ghana's trade minister traveled to Togo on Monday.",
    "Ghana's trade minister will not travel to Togo this year.",
    "Ghana's trade minister was scheduled to visit Togo in March.",
    "Envoys from Ghana, Togo and Benin are scheduled to convene in Accra this week.",
])
def test_a_journey_made_refused_or_past_schedule_is_no_agreement(text: str) -> None:
    assert not sides(text, "AGREE"), [(e.type, e.status) for e in events(text)]


def test_a_journey_asked_of_another_side_is_no_agreement_of_its_own() -> None:
    text = "Ghana urged Togo's president to travel to Accra."
    assert not sides(text, "AGREE") and sides(text, "REQUEST")
