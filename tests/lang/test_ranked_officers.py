"""An officer named by rank after the office phrase that says whose he is.

English: "Chile's army spokesman, Brigadier General X", "his Peruvian counterpart, Lt. Gen. X" (lang/en/rank_owner.py).
Korean: "칠레군 대변인인 X 준장" (the office joined to the name by the copula's adnominal form; lang/ko/mentions.py
`described_state`). A rank alone names no state: the state comes from the phrase before it, or from nowhere.
Korean also: a listed name with a particle kiwi misread as a noun ('...도' province). Invented names and sentences.

Formerly tests/lang/test_kb16_ranked_officers.py, classes first read by kb16 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def people(text: str, day: date = date(2031, 4, 9)) -> dict[str, str | None]:
    doc = extract_text(text, published=day)
    return {m.surface: (m.entity.country if m.entity else None) for m in doc.mentions
            if m.span.label == "person" and m.surface}


@pytest.mark.parametrize("text, name, country", [
    ("Chile's army spokesman, Brigadier General Pablo Rojas, said the troops had withdrawn.", "Pablo Rojas", "CHL"),
    ("Chilean army spokesman Brigadier General Pablo Rojas said the troops had withdrawn.", "Pablo Rojas", "CHL"),
    ("He spoke by phone with his Peruvian counterpart, Lieutenant General Luis Vargas, on Friday.", "Luis Vargas", "PER"),
    ("Ghana's director general of military operations, Maj. Gen. Kofi Mensah, called his counterpart.", "Kofi Mensah", "GHA"),
    ("칠레군 대변인인 파블로 로하스 준장은 병력이 철수했다고 말했다.", "파블로 로하스", "CHL"),
    ("페루 국방부 작전국장인 루이스 바르가스 중장은 기자회견을 열었다.", "루이스 바르가스", "PER"),
])
def test_the_office_phrase_gives_the_rank_its_state(text, name, country):
    assert people(text).get(name) == country


@pytest.mark.parametrize("text, name", [
    ("Troops crossed into Bolivia's east on Monday, General Pablo Rojas said.", "Pablo Rojas"),  # a place, no office
    ("군 대변인인 파블로 로하스 준장은 말했다.", "파블로 로하스"),  # the phrase names no state
])
def test_no_state_without_an_office_of_one(text, name):
    assert people(text).get(name) is None


def test_a_listed_name_keeps_a_particle_kiwi_read_as_a_noun():
    found = people("대통령의 특별보좌관인 시릴 라마포사도 참관인 자격으로 자리를 함께했다.", date(2023, 3, 1))
    assert found.get("시릴 라마포사") == "ZAF"


# (fresh36) the general and flag ranks other armies name in their own words are ranks too ('Senior General', 'Air
# Chief Marshal', 'Colonel General', '상급대장'), and a state's leader named by the body that rules ('military leader',
# 'junta chief') is an office phrase whose state the rank takes
@pytest.mark.parametrize("text, name, country", [
    ("Bolivia's army chief, Colonel General Pedro Arce, said the troops had withdrawn.", "Pedro Arce", "BOL"),
    ("Chile's military leader, Senior General Pablo Rojas, said the curfew would end.", "Pablo Rojas", "CHL"),
    ("Peru's junta chief, Air Chief Marshal Luis Vargas, said the airport would reopen.", "Luis Vargas", "PER"),
    ("칠레 육군참모총장인 파블로 로하스 상급대장은 통행금지를 해제한다고 말했다.", "파블로 로하스", "CHL"),
])
def test_every_general_rank_takes_the_state_of_its_office_phrase(text, name, country):
    assert people(text).get(name) == country


def meetings(text: str) -> list[set[str]]:
    doc = extract_text(text, published=date(2031, 4, 9))
    return [{p.name for p in e.participants} for e in doc.events if e.type == "CONSULT"]


# (fresh36) the office phrase before a ranked name is the front of that name's title chain: 'met B's army chief,
# General X' meets X, and so does 'met military leader X' (the qualified title is one title, not a word between)
@pytest.mark.parametrize("text, name", [
    ("President Gabriel Boric met Peru's army chief, General Luis Vargas, in Lima on Friday.", "Luis Vargas"),
    ("President Gabriel Boric met Bolivia's military leader, Senior General Pedro Arce, in La Paz on Friday.",
     "Pedro Arce"),
    ("President Gabriel Boric met military leader Pedro Arce in La Paz on Friday.", "Pedro Arce"),
    ("칠레 대통령은 9일 페루 육군참모총장인 루이스 바르가스 대장을 만났다.", "루이스 바르가스"),
])
def test_a_ranked_officer_after_his_office_phrase_is_met(text, name):
    assert any(name in group and len(group) == 2 for group in meetings(text))
