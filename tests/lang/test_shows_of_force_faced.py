"""Whom a show of force faces, in both languages, on our own sentences (drills42): a drill placed around or near
another state ('staged drills around Y', 'near Y's coast', 'Y 주변에서', 'Y 인근 해역에서') or surrounding it ('Y를
포위하는 훈련') is a MOBILIZE aimed at Y (lang/en/act_targets.facing_spans, lang/ko/act_postures.faced_spans); a
drill with a partner ('with Y', 'Y와 연합훈련') or held in a place ('in Y', 'Y에서') has no receiving side."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def shows(text: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text) if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text, actor, faced", [
    ("Chile staged naval drills around Peru on Monday.", "CHL", "PER"),
    ("Chile held military exercises near Peru's coast on Monday.", "CHL", "PER"),
    ("Chile staged drills encircling Peru on Monday.", "CHL", "PER"),
    ("Chile held military drills surrounding Peru on Monday.", "CHL", "PER"),
    ("칠레는 11일 페루 주변에서 해상 훈련을 벌였다.", "CHL", "PER"),
    ("칠레 해군은 11일 페루 인근 해역에서 사격 훈련을 실시했다.", "CHL", "PER"),
    ("칠레는 11일 페루를 포위하는 훈련을 벌였다.", "CHL", "PER"),
])
def test_a_drill_around_a_state_is_aimed_at_it(text, actor, faced):
    assert ({actor}, {faced}) in shows(text), shows(text)


@pytest.mark.parametrize("text, actor", [
    ("Chile held drills with Peru on Monday.", "CHL"),
    ("칠레는 11일 페루와 연합훈련을 실시했다.", "CHL"),
    ("칠레는 11일 페루에서 훈련을 벌였다.", "CHL"),
])
def test_a_partner_or_a_bare_place_receives_no_show_of_force(text, actor):
    assert not any(actor in a and r for a, r in shows(text)), shows(text)


@pytest.mark.parametrize("text, actor, answered", [
    ("Chile staged naval drills around Peru on Monday. Peru scrambled fighter jets.", "PER", "CHL"),
    ("칠레는 11일 페루 주변에서 대규모 훈련을 벌였다. 페루는 함정과 전투기를 출동시켰다.", "PER", "CHL"),
    ("칠레는 11일 페루 주변에서 대규모 훈련을 벌였다. 페루 공군은 전투기를 긴급 출격시켰다.", "PER", "CHL"),
])
def test_forces_scrambled_after_a_drill_answer_its_state(text, actor, answered):
    assert ({actor}, {answered}) in shows(text), shows(text)


@pytest.mark.parametrize("text", [
    "Peru scrambled fighter jets on Monday.",
    "페루는 11일 함정과 전투기를 출동시켰다.",
])
def test_forces_scrambled_with_no_show_before_face_no_one(text):
    assert shows(text) and not any(r for _a, r in shows(text)), shows(text)


def test_a_drill_encircling_a_state_is_no_attack():
    assert not [e for e in events("Chile staged drills encircling Peru on Monday.") if e.type == "ASSAULT"]
