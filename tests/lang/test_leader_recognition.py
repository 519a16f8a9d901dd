"""Recognition of a person as a state's leader, in both languages (issue 13): 'A recognized B's opposition leader as
interim president', 'A는 B 야권 지도자를 임시 대통령으로 인정했다' are the manual's SUPPORT ("recognize ... a government") by A, aimed
at B (the recognized person's state). States listed before 등 and a group noun that carries the subject particle ('A와
B 등 이웃 국가들도') are all the acting side. Our own sentences and names.

Formerly tests/lang/test_world38_recognition.py (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

CASES = [
    # (text, actors, recipient)
    ("Chile recognized Peru's opposition leader as interim president.", ["CHL"], "PER"),
    ("Chile and Brazil recognized the opposition leader Jorge Tarrazo as Peru's interim president.", ["CHL", "BRA"], "PER"),
    ("칠레는 페루 야권 지도자인 호르헤 타라소 국회의장을 임시 대통령으로 인정했다.", ["CHL"], "PER"),
    ("칠레는 타라소 의장을 페루 임시 대통령으로 인정했다.", ["CHL"], "PER"),
    ("칠레는 페루 과도정부를 합법 정부로 인정했다.", ["CHL"], "PER"),
    ("칠레와 브라질, 아르헨티나 등 남미 국가들도 잇따라 페루 야권 지도자를 임시 대통령으로 인정했다.",
     ["CHL", "BRA", "ARG"], "PER"),
]


@pytest.mark.parametrize("text,actors,recipient", CASES)
def test_recognizing_a_leader_supports_his_state(text, actors, recipient):
    found = [e for e in extract_text(text, published="2026-03-03").events if e.type == "SUPPORT"]
    assert [[p.country for p in e.participants] for e in found] == [actors]
    assert [p.country for p in found[0].recipients] == [recipient]


@pytest.mark.parametrize("text,actors", [
    ("칠레와 브라질 등 이웃 국가들도 페루를 비난했다.", ["CHL", "BRA"]),
    ("칠레와 브라질 등 이웃 국가들은 페루를 비난했다.", ["CHL", "BRA"]),
])
def test_states_listed_before_a_subject_group_act(text, actors):
    found = [e for e in extract_text(text, published="2026-03-03").events if e.type == "ACCUSE"]
    assert [[p.country for p in e.participants] for e in found] == [actors]


def test_admitting_is_no_recognition():
    """'책임을 인정했다' admits (CONCEDE); it recognizes no one."""
    events = extract_text("칠레는 페루의 책임을 인정했다.", published="2026-03-03").events
    assert not [e for e in events if e.type == "SUPPORT"]
