"""Korean acts: forces sent or scrambled, patrols and their days, sequence verbs as manner, past years with 당시. Each
row is a sentence we wrote for the test (other states, other forces, other years than any article or eval sentence),
read through the whole pipeline: what it states (type, acting and receiving states, mode, status; status None: no
such event).

Formerly tests/lang/test_ko_act_classes14.py; classes first read as "The Korean act classes of session 17's second
Korean-acts helper (ko-acts14)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2026, 3, 18)


def events(text: str):
    return extract_text(text, published=PUB).events


def only(found, type_: str) -> list:
    return [e for e in found if e.type == type_]


# 1. Forces sent or sent up: a state's warships dispatched to waters, its warplanes scrambled (PLOVER MOBILIZE, mode
# weapons, by the forces' state; ko_acts.yaml warship_noun / warplane_noun classes). A force noun that is the
# subject of its own verb ('전투기 4대가 출격했다') is moved by the state named before it (lang/ko/act_sorties.py).
# Not acts: a negated sortie, a sortie planned stays planned, a fighter's picture, a bare force with no state.
SORTIES = [
    ("인도 해군은 초계함 2척을 분쟁 해역에 보냈다.", "MOBILIZE", {"IND"}, "occurred"),
    ("말레이시아 해경은 경비함 3척을 사고 해역에 급파했다.", "MOBILIZE", {"MYS"}, "occurred"),
    ("일본 항공자위대는 전투기를 긴급 발진시켰다.", "MOBILIZE", {"JPN"}, "occurred"),
    ("태국 공군 전투기 4대가 긴급 출격했다.", "MOBILIZE", {"THA"}, "occurred"),
    ("태국과 라오스 전투기들이 긴급 출격했다.", "MOBILIZE", {"THA", "LAO"}, "occurred"),
    ("칠레 공군은 전투기를 출격시킬 계획이다.", "MOBILIZE", {"CHL"}, "planned"),
    ("태국 공군은 전투기를 출격시키지 않았다.", "MOBILIZE", set(), None),
    ("태국 전투기는 출격하지 않았다.", "MOBILIZE", set(), None),
    ("전투기 출격 훈련 영상이 공개됐다.", "MOBILIZE", set(), None),
    ("전투기들이 출격했다.", "MOBILIZE", set(), None),
]


@pytest.mark.parametrize("text,type_,actors,status", SORTIES)
def test_forces_sent_or_scrambled_are_mobilize(text, type_, actors, status):
    assert_act(events(text), type_, actors, None, status, mode="weapons" if status else None)


# 2. A patrol by a state's forces around others' waters or skies (PLOVER MOBILIZE: patrols, a show of force), done by
# the forces' state; a theater command (전구) is that state's military. A joint patrol WITH another state stays
# COOPERATE (its own entries), a light bulb (전구) is no actor.
PATROLS = [
    ("중국 남부전구는 20일 필리핀 주변 해역에서 해군·공군 합동 경계순찰을 실시했다고 밝혔다.", {"CHN"}, "occurred"),
    ("인도군은 국경 지역에서 경계순찰을 실시했다.", {"IND"}, "occurred"),
    ("러시아 동부전구사령부는 경계순찰을 실시하지 않았다.", set(), None),
    ("교실의 전구가 깨졌다.", set(), None),
]


@pytest.mark.parametrize("text,actors,status", PATROLS)
def test_patrols_are_mobilize(text, actors, status):
    assert_act(events(text), "MOBILIZE", actors, None, status)


def test_patrol_takes_its_own_day():
    found = only(events("중국 남부전구는 16일 경계순찰을 실시했다고 밝혔다."), "MOBILIZE")
    assert found and found[0].date == date(2026, 3, 16)


# 3. Sequence verbs kiwi reads as verb + 어 ('잇따라', '잇달아', '연이어') are manner adverbs before the act's verb: the
# pair's noun beyond them is still read (ko_acts.yaml manner_verb; act_arguments.manner_verb), and the forces'
# subject before them still acts, all states of a coordinated subject ('A와 B 군용기가').
SEQUENCED = [
    ("인도와 파키스탄 군용기 8대가 사전 통보 없이 태국방공식별구역(TADIZ)에 잇따라 진입했다.", {"IND", "PAK"}, "occurred"),
    ("인도 군용기들이 파키스탄 영공을 연이어 침범했다.", {"IND"}, "occurred"),
    ("인도 군용기들이 잇따라 파키스탄 영공을 침범했다.", {"IND"}, "occurred"),
    ("인도 군용기들이 파키스탄 영공을 잇따라 침범하지는 않았다.", set(), None),
]


@pytest.mark.parametrize("text,actors,status", SEQUENCED)
def test_sequence_verbs_read_as_manner(text, actors, status):
    assert_act(events(text), "MOBILIZE", actors, None, status)


# 4. A past year with '당시' ('2015년 당시에는', '2012년 당시'): the clause tells history, not news of the report's days
# (ko.yaml past_year_re; pipeline history). The same act without the year is news; a month date of this year stays.
HISTORY = [
    ("2015년 당시에는 인도 정찰기가 파키스탄 영공을 두 차례 침범했다.", None),
    ("2012년 당시 인도 정찰기가 파키스탄 영공을 침범했다.", None),
    ("인도 정찰기가 파키스탄 영공을 두 차례 침범했다.", "occurred"),
    ("인도 정찰기가 지난 3월 2일 파키스탄 영공을 침범했다.", "occurred"),
]


@pytest.mark.parametrize("text,status", HISTORY)
def test_past_year_with_dangsi_is_history(text, status):
    assert_act(events(text), "MOBILIZE", {"IND"} if status else set(), None, status)
