"""(actors63) A state's genitive before a title and a name the knowledge base does not know gives the person's state,
also with a word of the holder's standing between ('Peru's new President X', 'Peru's interim President X', 'Peru's
newly elected President X': lang/en/mentions STANDING, as TENURE's 'former'), and in Korean ('페루의 X 신임 대통령은').
A state the person visits stays no owner ('칠레를 방문 중인 페루의 X 대통령'), and a genitive that owns another noun
('Chile's new sanctions') gives the person nothing. Our own sentences and invented names, one table for both
languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def people(text: str) -> dict[str, str]:
    return {p.name: p.country for e in extract_text(text, published=DAY).events for p in e.participants
            if p.kind == "person"}


def accusers(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in extract_text(text, published=DAY).events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text,actor", [
    ("Peru's new President Marco Tello criticized Chile on Thursday.", "PER"),
    ("Peru's interim President Marco Tello criticized Chile on Thursday.", "PER"),
    ("Peru's newly elected President Marco Tello criticized Chile on Thursday.", "PER"),
    ("Peru's President Marco Tello criticized Chile on Thursday.", "PER"),
    ("페루의 마르코 텔로 대통령은 12일 칠레를 비난했다.", "PER"),
    ("페루의 마르코 텔로 신임 대통령은 12일 칠레를 비난했다.", "PER"),
    # negative: the state visited is not the person's
    ("칠레를 방문 중인 페루의 마르코 텔로 대통령은 12일 볼리비아를 비난했다.", "PER"),
])
def test_genitive_state_is_the_holders(text, actor):
    found = accusers(text)
    assert found and found[0] == {actor}, found


@pytest.mark.parametrize("text,name,country", [
    ("Peru's newly elected President Marco Tello met Chilean President Ana Roble on Thursday.", "Marco Tello", "PER"),
    ("Peru's acting Foreign Minister Marco Tello met Chilean Foreign Minister Ana Roble on Thursday.",
     "Marco Tello", "PER"),
    ("페루의 마르코 텔로 신임 대통령은 12일 칠레의 아나 로블레 대통령과 회담했다.", "마르코 텔로", "PER"),
    # negative: a genitive owning another noun is not the holder's state
    ("Chile's new envoy Ana Roble met President Marco Tello of Peru on Thursday.", "Marco Tello", "PER"),
])
def test_genitive_state_in_meetings(text, name, country):
    assert people(text).get(name) == country, people(text)
