"""(request62) A request put to the state's own people ('urged citizens to stay away from protests against B',
'국민들에게 B 대사관 앞 시위에 참여하지 말 것을 촉구했다') is received by the asker's own state, sector CVL (a domestic
REQUEST), not by a state named in what they are asked (lang/ko/act_asked_people, lang/en/act_context
with_domestic_targets `asked_people`; pipeline/act_recipients_own_side.asked_own_people). Another state's people
('B 국민들에게', 'Paraguayan citizens') are that state's. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ASKED = {
    "the asker's own people": [
        ("우루과이 정부는 국민들에게 파라과이 대사관 앞 시위에 참여하지 말 것을 촉구했다.", "URY"),
        ("우루과이 정부는 시민들에게 파라과이산 제품 불매 운동을 자제해 달라고 당부했다.", "URY"),
        ("Uruguay's government urged citizens to stay away from protests against Paraguay.", "URY"),
    ],
    "another state's people (negative: not the asker's)": [
        ("우루과이 정부는 파라과이 국민들에게 시위를 자제할 것을 촉구했다.", "PRY"),
        ("Uruguay's government urged Paraguayan citizens to stay calm.", "PRY"),
    ],
}


@pytest.mark.parametrize("text, people", class_rows(ASKED))
def test_request_to_people_goes_to_their_state(text, people):
    e = first_of(events(text), type="REQUEST")
    assert [p.country for p in e.participants] == ["URY"]
    assert [(r.country, r.sector) for r in e.recipients] == [(people, "CVL")]


NOT_OWN = {
    "a body has no people of its own": ["The UN urged residents to stay away from the border with Paraguay."],
}


@pytest.mark.parametrize("text", class_rows(NOT_OWN))
def test_body_asks_no_own_people(text):
    found = [e for e in events(text) if e.type == "REQUEST"]
    assert found and all(r.country != "UNO" for e in found for r in e.recipients)
