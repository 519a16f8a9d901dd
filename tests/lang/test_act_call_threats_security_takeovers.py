"""Threats put in a call, forces put on the streets, crowds at a mission (threat58), with sentences of our own.

1. A conditional threat voiced in a call or meeting of its own sentence that names no one to receive it is put to
   those spoken to (every counterpart); an unconditional warning at a meeting of allies is not aimed at them.
2. An army taking over the keeping of order ('took charge of security', '치안을 넘겨받았다'), and forces massed
   behind armoured vehicles ('장갑차를 앞세워 집결했다'), are MOBILIZE troops; a firm taking charge of a project is not.
3. A crowd gathered outside a state's embassy protests against that state; people gathered elsewhere do not.
4. A hostile measure named as an option its sentence keeps open ('keeps the option of tariffs on X on the table', 'did
   not rule out the option of sanctions') is a THREATEN of it; one only discussed, or imposed, is not.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


def sides(e):
    return {p.country for p in e.participants}, {p.country for p in e.recipients}


@pytest.mark.parametrize("text, actor, recipients", [
    ("브라질 대통령은 페루와 에콰도르 정상과 통화하며 충돌이 이어지면 경제 협력을 중단하겠다고 압박했다.",
     "BRA", {"PER", "ECU"}),
    ("노르웨이 총리는 핀란드 총리와 통화하며 어업 분쟁이 계속되면 에너지 공급을 줄이겠다고 경고했다.",
     "NOR", {"FIN"}),
    ("Brazilian President Carlos Mendes called his Peruvian counterpart on Friday and warned that Brazil would halt imports "
     "if the dispute was not settled.", "BRA", {"PER"}),
])
def test_conditional_threat_in_a_call_goes_to_those_called(text, actor, recipients):
    found = [e for e in read(text) if e.type == "THREATEN"]
    assert any(actor in sides(e)[0] and sides(e)[1] == recipients for e in found), found


@pytest.mark.parametrize("text", [
    "Brazil and Argentina's leaders met on Friday and warned they would respond firmly if provocations continued.",
    "노르웨이 총리는 핀란드 총리와 회담하고 지역 안보 협력을 강화하기로 했다.",
])
def test_no_threat_at_the_one_met_without_a_conditional_threat(text):
    found = [e for e in read(text) if e.type == "THREATEN"]
    assert not [e for e in found if sides(e)[1] & {"ARG", "BRA", "FIN", "NOR"}], found


@pytest.mark.parametrize("text, actor", [
    ("The Chilean army took charge of security across the country on Tuesday night.", "CHL"),
    ("The Chilean military took over security in the capital after two days of riots.", "CHL"),
    ("페루 육군은 9일 밤부터 전국의 치안을 넘겨받았다고 밝혔다.", "PER"),
    ("페루 육군은 9일 밤부터 치안을 장악하고 전국에 통행금지령을 내렸다.", "PER"),
    ("페루 군은 장갑차를 앞세워 리마 대통령궁 앞 광장에 집결했다.", "PER"),
    ("페루 군인들은 장갑차를 동원해 대통령궁 앞 광장을 장악했다.", "PER"),
])
def test_forces_taking_over_order_or_massing_are_mobilize(text, actor):
    found = read(text)
    assert any(e.type == "MOBILIZE" and e.mode == "troops" and actor in sides(e)[0] for e in found), found


@pytest.mark.parametrize("text", [
    "The Chilean company took charge of the project on Monday.",
    "페루 경찰은 치안 유지에 주력하겠다고 밝혔다.",
    "페루 군인 2명이 교통사고로 숨졌다.",
])
def test_other_takeovers_and_soldiers_are_no_mobilize(text):
    assert not [e for e in read(text) if e.type == "MOBILIZE"], read(text)


@pytest.mark.parametrize("text, home, target", [
    ("Hundreds of people gathered outside the Chilean embassy in Lima on Monday.", "PER", "CHL"),
    ("A smaller crowd gathered outside the Brazilian embassy in Quito.", "ECU", "BRA"),
])
def test_crowd_at_an_embassy_protests_its_state(text, home, target):
    found = read(text)
    assert any(e.type == "PROTEST" and sides(e) == ({home}, {target}) for e in found), found


def test_gathering_elsewhere_is_no_protest():
    found = read("Foreign ministers gathered outside the conference hall for a photo on Monday.")
    assert not [e for e in found if e.type == "PROTEST"], found


@pytest.mark.parametrize("text, actor, target", [
    ("The British prime minister said Britain keeps the option of new tariffs on Argentina on the table.", "GBR", "ARG"),
    ("The Chilean president did not rule out the option of sanctions on Bolivia.", "CHL", "BOL"),
    ("Norway is keeping the option of higher tariffs on Iceland open, its trade minister said.", "NOR", "ISL"),
])
def test_measure_kept_as_an_option_is_a_threat(text, actor, target):
    found = read(text)
    assert any(e.type == "THREATEN" and actor in sides(e)[0] and target in sides(e)[1] for e in found), found
    assert not [e for e in found if e.type == "SANCTION"], found


@pytest.mark.parametrize("text", [
    "EU ministers discussed the possibility of new sanctions on Belarus on Monday.",
    "Britain imposed new tariffs on Argentina on Monday.",
])
def test_measure_not_kept_open_is_no_threat(text):
    assert not [e for e in read(text) if e.type == "THREATEN"], read(text)
