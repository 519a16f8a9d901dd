"""A compound of states before one plural office names each state's holder of it: beyond heads of state and
foreign and defense ministers, chief nuclear negotiators, national security advisers and
chiefs of joint staff ('한미일 북핵 수석대표는', '한미일 안보실장은'; ko.yaml group_offices).
Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, parties", [
    ("한미일 안보실장은 10일 도쿄에서 회의를 열었다.", {"KOR", "USA", "JPN"}),
    ("한일 북핵 수석대표는 10일 전화 협의를 가졌다.", {"KOR", "JPN"}),
])
def test_a_compounds_office_holders_meet(extract, text, parties):
    (meeting,) = events_of(extract(text, published=date(2024, 9, 10)), "CONSULT")
    assert countries(meeting.participants) == parties
