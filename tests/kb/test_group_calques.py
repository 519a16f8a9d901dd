"""The Korean form scripts/data/build_organizations.py writes for an armed group named word by word
(`calque`, glossary scripts/data/ko_group_calques.yaml), and the pipeline reading the generated form.

Korean news translates such a name word by word in the English order with no spaces ('Free Syrian Army' ->
자유시리아군). Only a name holding its own state's name or first adjective, a head word last, and every word glossed
gets one: a name of common words alone names no one group."""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.kb.data_scripts import data_script


@pytest.fixture(scope="module")
def calque():
    return data_script("build_organizations.py").calque


@pytest.mark.parametrize("form,country,expected", [
    ("Free Syrian Army", "SYR", "자유시리아군"),
    ("Chilean Democratic Front", "CHL", "칠레민주전선"),
    ("Peru Liberation Movement", "PER", "페루해방운동"),
    # negatives: no state word, another state's word, a word with no gloss, no head last
    ("Revolutionary Army", "PER", None),
    ("Free Syrian Army", "TUR", None),
    ("Free Syrian Brigade of Heroes", "SYR", None),
    ("Syrian Liberation", "SYR", None),
])
def test_calque(calque, form, country, expected):
    assert calque(form, country) == expected


def sides(text: str, kind: str) -> list[tuple[str, str]]:
    return [(p.country, p.sector) for e in events(text) if e.type == kind for p in e.participants]


def test_generated_korean_form_is_read_as_the_group():
    assert ("SYR", "REB") in sides("자유시리아군은 9일 튀르키예의 공습을 비난했다.", "ACCUSE")


def test_state_army_is_no_group():
    found = sides("시리아군은 9일 튀르키예의 공습을 비난했다.", "ACCUSE")
    assert found and ("SYR", "REB") not in found
