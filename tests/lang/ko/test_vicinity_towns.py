"""(koplace47, issue 13) A town before a noun of the area around it ('키달 인근에서', '고마 외곽의 검문소'): the town
is the place, as English reads 'near Kidal', 'outside Goma' (lang/ko/vicinity_towns.py), also where kiwi reads the
bare town as a common word or in pieces, and a town no gazetteer names in Hangul after its state by sound. Negative
rows: a common noun before the area noun ('국경 인근', '공항 인근'), a word Korean writes as an ordinary one with its
town's state unnamed ('고원 인근'), a town before no area noun; a state before one is no place in it ('outside Peru'). Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import events_of


def located(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, published="2026-03-02").places if p.span.data.get("locative")}


@pytest.mark.parametrize("text, place", [
    ("무장대원들이 2일 고마 외곽의 검문소에서 총을 쐈다.", ("Goma", "COD")),  # kiwi: '고' + '마'
    ("Gunmen opened fire at a checkpoint outside Goma on Monday.", ("Goma", "COD")),
    ("반군이 2일 고마 외곽의 검문소를 습격했다.", ("Goma", "COD")),  # the area noun in the genitive
    ("말리 정부군이 2일 가오 근처에서 반군과 맞섰다.", ("Gao", "MLI")),  # a word Korean also writes: its state named
    ("Malian troops faced rebels near Gao on Monday.", ("Gao", "MLI")),
    ("리비아 미스라타 외곽에서 2일 민병대끼리 충돌했다.", ("Misratah", "LBY")),  # heard by sound after its state
    ("차드 군이 2일 아베셰 부근에서 순찰을 벌였다.", ("Abéché", "TCD")),
    ("키달 인근에서 2일 교전이 벌어졌다.", ("Kidal", "MLI")),
])
def test_a_town_before_an_area_noun_is_the_place(text, place):
    assert place in located(text), extract_text(text, published="2026-03-02").places


@pytest.mark.parametrize("text, name", [
    ("국경 인근에서 2일 교전이 벌어졌다.", None),  # a common noun: no town
    ("공항 인근에서 2일 폭발이 일어났다.", None),  # the airport's town is named nowhere
    ("고원 인근에서 2일 산불이 번졌다.", "Kowŏn-ŭp"),  # a plateau: a word, its town's state unnamed
    ("가오 근처에서 2일 총성이 들렸다.", "Gao"),  # the slang word, no state named
    ("대통령 주변에서 2일 불만이 터져 나왔다.", None),  # an entourage, no town
    ("이라크 정부 인근에서 2일 폭발이 일어났다.", None),  # a Korean word after the state: not heard as a town
])
def test_no_town_before_an_area_noun(text, name):
    got = {n for n, _ in located(text)} - {"Iraq"}
    assert (name not in got) if name else not got, got


def test_fighting_near_a_town_reaches_its_state():
    """The town's state receives force used at it from abroad, as a town named with '에서' does."""
    article = extract_text("르완다군이 2일 고마 외곽의 마을들을 포격했다.", published="2026-03-02")
    attacks = events_of(article, "ASSAULT")
    assert any("COD" in {p.country for p in e.recipients} for e in attacks), attacks


@pytest.mark.parametrize("text, state", [
    ("니제르 인근에서 2일 무장대원들이 매복 공격을 벌였다.", "Niger"),  # near the state: no place in it
    ("차드 외곽에서 2일 난민들이 천막을 쳤다.", "Chad"),
    ("Gunmen staged an ambush outside Niger on Monday.", "Niger"),
])
def test_a_state_before_an_area_noun_is_no_place_in_it(text, state):
    assert state not in {n for n, _ in located(text)}, extract_text(text, published="2026-03-02").places


@pytest.mark.parametrize("text, state", [
    ("니제르에서 2일 무장대원들이 매복 공격을 벌였다.", "Niger"),  # the state itself: still where
    ("니제르 북부에서 2일 무장대원들이 매복 공격을 벌였다.", "Niger"),  # a part of it: still where
])
def test_a_state_without_an_area_noun_stays_the_place(text, state):
    assert state in {n for n, _ in located(text)}, extract_text(text, published="2026-03-02").places
