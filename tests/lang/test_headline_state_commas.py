"""(planned47, issue 15) A headline opening on a bare state and a comma ('가나, 토고와 정상회담', 'Ghana, Togo hold summit')
is that state's meeting with the partner after it: the comma stands for the dropped topic particle, as after a title
('가나 대통령, 토고와 정상회담'). Korean reads the opening state closed by the comma as a party
(`reading_meetings.state_party`); its role is the headline's subject. The same comma opening a list in a sentence
('A, B와 C는 회담했다') makes A a party too. Negative rows: no meeting word, no meeting. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("가나, 토고와 정상회담", "occurred", {"GHA", "TGO"}),
    ("가나, 토고와 외교장관회담…국경 무역 논의", "occurred", {"GHA", "TGO"}),
    ("말리, 니제르와 다음 달 정상회담 추진", "planned", {"MLI", "NER"}),
    ("말리, 니제르와 베냉은 어제 바마코에서 회담했다.", "occurred", {"MLI", "NER", "BEN"}),
    ("Ghana, Togo hold summit", "occurred", {"GHA", "TGO"}),
    ("Mali, Niger to hold talks next month", "planned", {"MLI", "NER"}),
]


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, status, parties", ROWS)
def test_headline_state_comma_holds_meeting(text, status, parties):
    assert (status, parties) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "가나, 토고와 국경 충돌",
    "가나, 토고에 국경 개방 촉구",
    "Ghana, Togo trade barbs over border",
])
def test_headline_state_comma_without_meeting(text):
    assert not consults(text), events(text)
