"""places56b (issue 13): a town before '에서' with no state right before it is heard among the cities of the one state
the sentence names ('중국 경찰은 화요일 시안에서': lang/ko/heard_cities.sentence_state); a state's short city whose word
is Korean is the town only where kiwi reads the word in context as no Korean word (`bound_noun_split`). Our own
sentences, with an English twin; two states, a town struck as an object, a Korean reading as negative rows."""
from __future__ import annotations

import pytest

from readout.lang.ko.heard_cities import sentence_state
from tests.event_sides import place


@pytest.mark.parametrize("text, kind, where", [
    ("중국 경찰은 화요일 시안에서 학생 3명을 체포했다.", "COERCE", ("Xi’an", "CHN")),
    ("중국 경찰은 목요일 우한에서 기자 2명을 구금했다.", "COERCE", ("Wuhan", "CHN")),
    ("Chinese police on Tuesday arrested three students in Xi'an.", "COERCE", ("Xi’an", "CHN")),
    ("중국과 일본 경찰은 화요일 시안에서 학생 3명을 체포했다.", "COERCE", None),  # two states: none is the town's
    ("중국 경찰은 오후 3시 안에서 학생 3명을 체포했다.", "COERCE", None),  # a counted hour: Korean, no town
])
def test_sentence_state_town(text, kind, where):
    assert place(text, kind) == where


@pytest.mark.parametrize("text, code", [
    ("중국 경찰은 화요일 시안에서 학생 3명을 체포했다.", "CHN"),
    ("이스라엘군은 화요일 마을을 포위했다.", "ISR"),
    ("중국과 일본은 회담했다.", None),
    ("경찰은 화요일 학생 3명을 체포했다.", None),
])
def test_sentence_state(text, code):
    assert sentence_state(text) == code
