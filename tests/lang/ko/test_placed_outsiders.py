"""(located66) An outsider's agents placed inside a state ('말리 내 외국 군대') are not that state's: no receiving side
from the place, as the English reader gives (tests/lang/en/test_placed_outsiders.py). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def received(text: str) -> set[tuple[str, str]]:
    return {(r.country, r.sector) for e in events(text) for r in e.recipients}


@pytest.mark.parametrize("text, party", [
    ("페루 정부는 말리 내 외국 군대를 규탄했다.", ("MLI", "GOV")),
    ("칠레 정부는 니제르 내 외국 군대를 비판했다.", ("NER", "GOV")),
    ("칠레 정부는 니제르 내 외국 군대를 비판했다.", ("CHL", "MIL")),
])
def test_outsiders_place_is_no_side(text: str, party: tuple[str, str]) -> None:
    assert party not in received(text)


@pytest.mark.parametrize("text, party", [
    ("페루 정부는 말리 정부를 규탄했다.", ("MLI", "GOV")),
    ("페루 정부는 말리 내 반군을 비난했다.", ("MLI", "REB")),
])
def test_the_states_own_side_stays(text: str, party: tuple[str, str]) -> None:
    assert party in received(text)
