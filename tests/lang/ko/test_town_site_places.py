"""(towns48, issue 13) A town's site before another noun is the deed's object ('키이우의 병원 공습': the strike on the
town's hospital, lang/ko/town_site_places.py): the town names no doer, only the place. Negative rows: the site with its
own particle stays the target ('병원을 공습했다'); '시장' is a mayor; the site's officials act. English twin rows:
tests/lang/en/test_town_places_en.py. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import events_of


def article(text: str):
    return extract_text(text, "towns48.txt", "2026-03-02")


@pytest.mark.parametrize("text", [
    "스웨덴 정부는 3일 키이우의 병원 공습을 규탄했다.",
    "노르웨이 외교부는 3일 하르툼의 학교 포격을 비난했다.",
    "핀란드 정부는 3일 다마스쿠스의 교회 폭격을 규탄했다.",
])
def test_a_towns_site_before_a_deed_noun_names_no_doer(text):
    a = article(text)
    doers = {p.country for e in events_of(a, "ASSAULT") for p in e.participants}
    town_state = {p.country for p in a.places}
    assert not doers & town_state, [(e.type, [p.name for p in e.participants]) for e in a.events]


@pytest.mark.parametrize("text, doer, target", [
    ("러시아군이 3일 키이우의 병원을 공습했다.", "RUS", "UKR"),  # the site with its object particle: the target
])
def test_a_towns_site_with_its_own_particle_keeps_its_role(text, doer, target):
    attacks = events_of(article(text), "ASSAULT")
    assert any({p.country for p in e.participants} == {doer} and target in {p.country for p in e.recipients}
               for e in attacks), attacks


@pytest.mark.parametrize("text, actor", [
    ("키이우의 시장은 3일 러시아를 비난했다.", "UKR"),  # a mayor, no site
    ("키이우의 병원 관계자들은 3일 러시아를 비난했다.", "UKR"),  # the site's officials act
])
def test_a_towns_office_or_people_still_act(text, actor):
    accuses = events_of(article(text), "ACCUSE")
    assert any(actor in {p.country for p in e.participants} for e in accuses), accuses
