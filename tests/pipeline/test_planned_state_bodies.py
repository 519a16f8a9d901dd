"""(planned47, issue 13) A planned meeting whose party is one body speaking for its state (its government, its foreign
ministry: lexicon `state_body_nouns`, `Language.body_party`) names that state as firmly as an office holder does: a
planned CONSULT of the states, as the state's own plan ('말리는 니제르와 회담할 예정이다') is. Negative rows: a plan of a
state's people ('officials', '당국자들') stays too loose, and a meeting refused is no planned one. Our own sentences
(pipeline/states.state_parties)."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("가나 정부는 토고와 정상회담 일정을 조율하고 있다.", {"GHA", "TGO"}),  # komeet49: '추진하고 있다' asks Togo (REQUEST meet)
    ("가나 정부는 세네갈과 다음 주 회담할 예정이다.", {"GHA", "SEN"}),
    ("말리 외교당국은 니제르와 내달 회담을 열 계획이다.", {"MLI", "NER"}),
    ("Ghana's foreign ministry will hold talks with Senegal next week.", {"GHA", "SEN"}),
    ("The Ghanaian foreign ministry plans to hold talks with Senegal.", {"GHA", "SEN"}),
    ("The Malian administration will hold talks with Niger next week.", {"MLI", "NER"}),
]


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, parties", ROWS)
def test_state_body_plans_a_meeting(text, parties):
    assert ("planned", parties) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "가나 당국자들은 세네갈과 다음 주 회담할 예정이다.",
    "Ghanaian officials will hold talks with Senegal next week.",
    "가나 정부는 세네갈과 회담하지 않을 것이다.",
])
def test_people_or_refusal_plan_no_meeting(text):
    assert not [c for c in consults(text) if c[0] == "planned"], events(text)
