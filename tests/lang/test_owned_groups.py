"""A listed armed group named after its state's possessive or adjective is the group's side (threat62), with
sentences of our own: "Somalia's al-Shabaab threatened to attack Kenya" is al-Shabaab's threat (Somalia, REB), not
the Somali government's (lang/en/country_bodies.owned_group, read in lang/en/countries.find_countries). Korean
'소말리아의 알샤바브가' reads the same. Negative rows: a state organ after the possessive ("Somalia's government",
"Somalia's parliament") stays the state's.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def actor_sectors(text: str, kind: str) -> list[tuple[str, str]]:
    return [(p.country, p.sector) for e in events(text) if e.type == kind for p in e.participants]


ROWS = class_rows({
    "group-after-its-state": [
        ("Somalia's al-Shabaab threatened to attack Kenya.", "THREATEN", [("SOM", "REB")]),
        ("Lebanon's Hezbollah threatened to strike Cyprus.", "THREATEN", [("LBN", "REB")]),
        ("The Somali al-Shabaab threatened Kenya.", "THREATEN", [("SOM", "REB")]),
        ("소말리아의 알샤바브가 케냐를 공격하겠다고 위협했다.", "THREATEN", [("SOM", "REB")]),
    ],
    "state-organ-after-its-state": [
        ("Somalia's government threatened to expel Kenyan diplomats.", "THREATEN", [("SOM", "GOV")]),
        ("Somalia's parliament condemned Kenya.", "ACCUSE", [("SOM", "LEG")]),
        ("소말리아 정부는 케냐를 비난했다.", "ACCUSE", [("SOM", "GOV")]),
    ],
})


@pytest.mark.parametrize("text, kind, expected", ROWS)
def test_owned_group_sides(text, kind, expected):
    assert actor_sectors(text, kind) == expected
