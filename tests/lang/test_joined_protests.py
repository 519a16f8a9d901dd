"""People who take part in a protest protest themselves (lead41): CAMEO's 'take part' (030, an intent to cooperate)
before a protest noun is that protest, PROTEST demo with the verb's status, no AGREE (lang/en/act_attendance.
joined_protest), and so is CAMEO's 'join + protest' (110, disapproval) when people join
(act_protest_words.people_joining); Korean '시위에 참여했다' reads the noun act alike. A state joining protests stays a
diplomatic protest (ACCUSE); a summit or talks taken part in stay as before."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def acts(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.status) for e in extract_text(text, published="2026-11-18").events if e.type != "CONSULT")


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Uruguayans took part in protests outside the Paraguayan embassy.", [("PROTEST", "occurred")]),
    ("Uruguayan students took part in a rally against the Paraguayan government.", [("PROTEST", "occurred")]),
    ("Uruguayan farmers participated in demonstrations against the Paraguayan government.", [("PROTEST", "occurred")]),
    ("Uruguayans will take part in protests against the Paraguayan government on Sunday.", [("PROTEST", "planned")]),
    ("우루과이 시민 수천 명이 파라과이 대사관 앞 시위에 참여했다.", [("PROTEST", "occurred")]),
    ("Thousands of Uruguayans joined protests outside the Paraguayan embassy.", [("PROTEST", "occurred")]),
    ("Uruguayan students joined a protest against the Paraguayan government.", [("PROTEST", "occurred")]),
    ("우루과이 학생들이 파라과이 정부 규탄 시위에 합류했다.", [("PROTEST", "occurred")]),
])
def test_taking_part_in_a_protest_is_the_protest(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru declined to take part in talks proposed by Chile.", [("REJECT", "occurred")]),
    ("Peru agreed to take part in joint exercises with Chile.", [("AGREE", "occurred")]),
    ("Peru decided to take part in the summit hosted by Chile.", []),
    ("Japan joined protests against the Chinese drills.", [("ACCUSE", "occurred")]),  # a state's voice: diplomatic
])
def test_taking_part_in_talks_or_a_summit_is_unchanged(text, expected):
    assert acts(text) == expected
