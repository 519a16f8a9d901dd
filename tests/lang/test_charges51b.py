"""charges51b (issues 13, 15): charges and threats, second round, in both languages. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize("text, kind", [
    # 'its' opening the object of an attack or threat in a reported clause with its own subject is the speaker's
    ("Paraguay said Bolivia had shelled its border post.", "ASSAULT"),
    ("Paraguay said that Bolivian troops had attacked its embassy on Sunday.", "ASSAULT"),
    ("Paraguay said Bolivia had threatened to bomb its ports.", "THREATEN"),
    ("파라과이는 볼리비아가 국경 초소를 포격했다고 말했다.", "ASSAULT"),
])
def test_its_object_in_a_reported_clause_is_the_speakers(text, kind):
    assert sides(text, kind, PUBLISHED) == [(["BOL"], ["PRY"])]


@pytest.mark.parametrize("text, kind", [
    # negative: 'its own' is the doer's; 'its' in the speaker's own clause and a measure on its own border are left
    ("Paraguay said Bolivia had shelled its own border post.", "ASSAULT"),
    ("Paraguay said it had shelled its border post.", "ASSAULT"),
    ("Paraguay said Bolivia had closed its border.", "COERCE"),
])
def test_its_object_left_where_it_is_the_doers(text, kind):
    assert [struck for _, struck in sides(text, kind, PUBLISHED)] == [[]]


@pytest.mark.parametrize("text", [
    # a readiness to attack said as a warning is the warning's content: one THREATEN, no planned ASSAULT beside it
    '파라과이는 볼리비아를 향해 "우리는 언제든 공격할 준비가 돼 있다"고 경고했다.',
    "파라과이는 볼리비아를 공격할 준비가 돼 있다고 경고했다.",
    '파라과이는 볼리비아에 "우리는 언제든 반격할 태세가 되어 있다"고 경고했다.',
    'Paraguay warned Bolivia that "we are ready to attack at any time".',
    "Paraguay warned it was ready to attack Bolivia.",
])
def test_a_readiness_warned_is_the_threat(text):
    assert sorted({e.type for e in events(text, PUBLISHED)}) == ["THREATEN"]
    assert sides(text, "THREATEN", PUBLISHED) == [(["PRY"], ["BOL"])]


def test_a_readiness_to_cooperate_is_no_content_of_the_warning():
    # negative: only a hostile measure (SANCTION, COERCE, ASSAULT) is folded into the warning
    assert sides("파라과이는 볼리비아와 협력할 준비가 돼 있다고 경고했다.", "COOPERATE", PUBLISHED) == [(["PRY", "BOL"], [])]


@pytest.mark.parametrize("text", [
    # the side a quoted warning says will not be safe is the one warned, after a condition too; never a co-warner
    '파라과이는 "볼리비아는 안전하지 못할 것"이라고 경고했다.',
    '파라과이는 "누구든 우리 영토를 공격하면 볼리비아도 안전하지 못할 것"이라고 경고했다.',
    '파라과이는 "우리 국경을 넘으면 볼리비아는 대가를 치를 것"이라고 경고했다.',
    'Paraguay warned that "if anyone attacks our territory, Bolivia will not be safe either".',
])
def test_the_side_a_quoted_warning_names_is_warned(text):
    assert sides(text, "THREATEN", PUBLISHED) == [(["PRY"], ["BOL"])]


def test_the_speakers_own_side_after_a_condition_is_no_target():
    # negative: 'we' after the condition names no state; the condition's subject stays the one warned
    assert sides('파라과이는 "볼리비아가 국경을 넘으면 우리는 반격할 것"이라고 경고했다.', "THREATEN", PUBLISHED) \
        == [(["PRY"], ["BOL"])]


@pytest.mark.parametrize("text, kind, mode", [
    # goods a state sends cut off are a supply cut (SANCTION discontinue) in both languages; a utility cut off stays
    # the manual's COERCE withhold in both
    ("Kazakhstan cut off gas supplies to Kyrgyzstan.", "SANCTION", "discontinue"),
    ("Kazakhstan cut off fuel to Kyrgyzstan on Monday.", "SANCTION", "discontinue"),
    ("카자흐스탄은 키르기스스탄에 대한 가스 공급을 끊었다.", "SANCTION", "discontinue"),
    ("Kazakhstan cut off electricity to Kyrgyzstan.", "COERCE", "withhold"),
    ("카자흐스탄은 키르기스스탄에 대한 전력 공급을 차단했다.", "COERCE", "withhold"),
])
def test_supplies_cut_off_are_a_sanction_utilities_withheld(text, kind, mode):
    assert [(e.type, e.mode, [p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text, PUBLISHED) if e.type in ("SANCTION", "COERCE")] == [(kind, mode, ["KAZ"], ["KGZ"])]
