"""A visit said ahead by an official named only by office is AGREE planned to the host (koriot70, issue 15).

'칠레 외교장관이 다음 주 페루를 방문할 예정이다' gave no event: the meeting reader takes no planned visit of states
(pipeline/states.state_parties: too loose), and the act reader kept the schedule ('예정') a CONSULT, which the acts
step skips. English 'Chile's foreign minister will visit Peru next week' / 'is due to visit' is AGREE planned from
Chile to Peru (lang/en/act_frames: the intent to meet stated to the host). Korean now reads a meeting verb with a
schedule, plan or intent and no decision the same: AGREE, planned, stated to the side its clause names
(lang/ko/act_word_hits, meeting_ahead). Negative rows: a visit made is the meeting (CONSULT), a visit ruled out is no
agreement, and a planned meeting the meeting reader reads with its counterpart stays the one planned CONSULT. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "우루과이 외교장관이 다음 주 파라과이를 방문할 예정이다.",
    "우루과이 국방장관이 다음 달 파라과이를 방문할 계획이다.",
    "Uruguay's foreign minister will visit Paraguay next week.",
    "Uruguay's defence minister is due to visit Paraguay next month.",
])
def test_visit_said_ahead_is_agree_planned_to_the_host(text: str) -> None:
    found = [e for e in events(text) if e.type == "AGREE"]
    assert found and found[0].status == "planned", [(e.type, e.status) for e in events(text)]
    assert sides(text, "AGREE")[0] == (["URY"], ["PRY"])


@pytest.mark.parametrize("text", [
    "우루과이 외교장관이 지난주 파라과이를 방문했다.",
    "우루과이 외교장관이 다음 주 파라과이 외교장관과 회담할 예정이다.",
    "Uruguay's foreign minister visited Paraguay last week.",
])
def test_visit_made_or_meeting_planned_is_no_agreement(text: str) -> None:
    found = {e.type for e in events(text)}
    assert "CONSULT" in found and "AGREE" not in found, found


def test_visit_ruled_out_is_no_agreement() -> None:
    assert not sides("우루과이 외교장관은 파라과이를 방문할 계획이 없다고 밝혔다.", "AGREE")
