"""(request62) Persuading, convincing or pressuring B to do something asks it of B: a REQUEST of the persuader to B
(the manual's REQUEST: 'all requests, demands, and orders'), planned when the persuader only aims or tries to ('aims to
persuade B to', '설득할 방침이다'); the deed asked is B's to do, no RETREAT of either side (en_acts additions
persuade/convince/pressure + 'to'; ko_acts 설득하다). 'Convinced that' is a belief and asks nothing. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

PERSUADED = {
    "persuasion told as done": [
        ("Uruguay persuaded Paraguay to release the detained sailors.", "occurred"),
        ("Uruguay pressured Paraguay to release the detained sailors.", "occurred"),
        ("우루과이는 파라과이에 선원들을 석방하도록 설득했다.", "occurred"),
    ],
    "persuasion aimed at": [
        ("Uruguay aims to persuade Paraguay to release the detained sailors.", "planned"),
        ("Uruguay will try to convince Paraguay to withdraw its troops.", "planned"),
        ("우루과이는 파라과이가 억류된 선원들을 석방하도록 설득할 방침이다.", "planned"),
    ],
}


@pytest.mark.parametrize("text, status", class_rows(PERSUADED))
def test_persuasion_is_a_request(text, status):
    found = events(text)
    e = first_of(found, type="REQUEST")
    assert [p.country for p in e.participants] == ["URY"]
    assert [r.country for r in e.recipients] == ["PRY"]
    assert e.status == status
    assert not [e for e in found if e.type in ("RETREAT", "AGREE")], [(e.type, e.status) for e in found]


NOT_PERSUADED = {
    "a belief": ["Uruguay is convinced that its sailors were treated well.", "우루과이 대통령의 연설은 설득력이 있었다."],
}


@pytest.mark.parametrize("text", class_rows(NOT_PERSUADED))
def test_belief_asks_nothing(text):
    assert not [e for e in events(text) if e.type == "REQUEST"]
