"""(koattack50, issue 14) A comma-less headline opening with a state's forces does the act on the side named after
them (lang/ko/act_headline_hits.forces_topic): '칠레군 반군 거점 공격', as 'Chilean army attacks rebel stronghold'.
Negative row: '러시아군 기지 공격' names no other side (the base may be the forces' own): no attack by them.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides

ROWS = [
    "칠레군 반군 거점 공격",
    "Chilean army attacks rebel stronghold",
]


@pytest.mark.parametrize("headline", ROWS)
def test_forces_opening_a_headline_act(headline):
    actors, recipients = sector_sides(headline, "ASSAULT")
    assert actors == {("CHL", "MIL")} and recipients == {("CHL", "REB")}, (actors, recipients)


def test_forces_with_no_other_side_named_do_nothing():
    assert not [e for e in events("러시아군 기지 공격") if e.type == "ASSAULT"
                and "RUS" in {p.country for p in e.participants}]
