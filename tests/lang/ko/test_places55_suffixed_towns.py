"""places55 (issue 13): a town Korean news writes with its administrative suffix joined ('…시에서', '…구의') is the
town the word before the suffix names (lang/ko/suffixed_towns.py), as English names it without one. Our own
sentences, with their English twins."""
from __future__ import annotations

import pytest

from readout.lang.ko.places import find_places
from readout.lang.ko.sentences import kiwi
from readout.settings import KOREAN
from tests.event_sides import events, first_of


def places(text: str) -> list[tuple[str, str]]:
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return [(p.name, text[p.span.start:p.span.end]) for p in find_places(text, 0, tokens)]


ACT_ROWS = [  # (text, event type, the place's name): the Korean suffixed form and its English twin agree
    ("프랑스 경찰은 금요일 캥페르시에서 활동가 12명을 체포했다.", "COERCE", "Quimper"),
    ("French police arrested twelve activists in Quimper on Friday.", "COERCE", "Quimper"),
    ("경찰은 토요일 리옹시에서 농민 30명을 체포했다.", "COERCE", "Lyon"),
    ("Police arrested thirty farmers in Lyon on Saturday.", "COERCE", "Lyon"),
    ("러시아군은 화요일 하르키우시를 포격했다.", "ASSAULT", "Kharkiv"),
    ("Russian forces shelled Kharkiv on Tuesday.", "ASSAULT", "Kharkiv"),
]


@pytest.mark.parametrize("text, kind, place", ACT_ROWS)
def test_a_suffixed_town_places_the_act(text, kind, place):
    first = first_of(events(text), type=kind)
    assert first.location is not None and first.location.name == place


@pytest.mark.parametrize("text, place, written", [
    ("경찰은 캥페르시에서 시위대를 해산했다.", "Quimper", "캥페르시"),
    ("시위대는 리옹시의 광장에 모였다.", "Lyon", "리옹시"),
    ("포격은 하르키우시를 겨냥했다.", "Kharkiv", "하르키우시"),
])
def test_the_place_spans_name_and_suffix(text, place, written):
    assert (place, written) in places(text)


@pytest.mark.parametrize("text", [
    "싱가포르군은 화요일 합동 훈련을 했다.",  # 군 after a name is its army: not a suffix read
    "대통령이 방문하시는 도시에서 시위가 열렸다.",  # an honorific verb ending, a Korean word
    "연구진은 도시의 인구를 조사했다.",  # one-syllable stems: Korean words
    "파리시민 수천 명이 거리로 나왔다.",  # the suffix inside a longer word ('citizens')
    "시리아시는 없다.",  # a state's name before the suffix
])
def test_no_town_where_the_suffix_is_no_suffix(text):
    from readout.lang.ko.suffixed_towns import suffixed_towns

    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert suffixed_towns(text, 0, [], tokens, KOREAN) == []
