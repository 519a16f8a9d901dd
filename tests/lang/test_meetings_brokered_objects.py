"""kopassive70 (issue 15): a meeting word that is the object of a mediating verb ('C는 A와 B의 정상회담을 중재했다',
'C는 A와 B의 회담을 주선했다') is a meeting a third party brokered, coded as English 'C brokered the summit between A
and B': CONSULT third-party with the pair and the broker among its parties (lang/ko/meeting_brokered.py). Our own
sentences; negatives: a dispute mediated (no meeting), a mediation to come, a go-between in a manner phrase (not
added, docs/coding-choices.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def meetings(text: str) -> list[tuple[str | None, frozenset[str]]]:
    return [(e.mode, frozenset(p.country for p in e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "볼리비아는 칠레와 페루의 정상회담을 중재했다.",
    "볼리비아가 칠레와 페루의 회담을 주선했다.",
    "Bolivia brokered the summit between Chile and Peru.",
])
def test_a_meeting_a_third_state_brokered_has_it_at_the_table(text):
    assert ("third-party", frozenset({"BOL", "CHL", "PER"})) in meetings(text), meetings(text)


@pytest.mark.parametrize("text", [
    "볼리비아는 칠레와 페루의 영토 분쟁을 중재했다.",
    "볼리비아는 칠레와 페루의 회담을 중재하겠다고 밝혔다.",
    "Bolivia mediated the border dispute between Chile and Peru.",
])
def test_no_meeting_held_no_brokered_meeting(text):
    assert not [m for m in meetings(text) if m[1] >= {"CHL", "PER"}], meetings(text)


def test_a_go_between_in_a_manner_phrase_stays_apart():
    assert ("third-party", frozenset({"CHL", "PER"})) in meetings("볼리비아의 중재로 칠레와 페루가 회담했다.")
