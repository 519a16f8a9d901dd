"""A guarded state name (말리, 수단, 토고, 조지아; countries.yaml guard 'governed') in the locative at the head of its
clause names the state the clause happens in, and so the state of the stateless doers there; the ordinary words
the guard protects (말리다, 수단 'means', 오만 'arrogance') and the US state stay out. Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import kiwi
from tests.conftest import assert_act


def codes(text: str) -> list[str]:
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return [c for m in find_countries(text, 0, tokens) for c in m.codes]


PLACED = [  # (sentence, code the locative names)
    ("말리에서 무장세력이 군 기지를 공격했다.", "MLI"),
    ("말리에서는 반군이 마을 두 곳을 점령했다.", "MLI"),
    ("수단에서 시위대가 정부를 규탄하는 집회를 열었다.", "SDN"),
    ("지난달 토고에서 경찰이 시위대 수십 명을 체포했다.", "TGO"),
    ("5일(현지시간) 수단에서 무장괴한들이 주민 8명을 살해했다.", "SDN"),
    ("총선 결과가 발표되자 조지아에서 시위대가 의회 앞에 모였다.", "GEO"),
]

NOT_PLACED = [  # the ordinary word, a phrase inside a clause, or the other reading's words in the sentence
    ("외교적 수단에서 군사적 수단으로 옮겨갔다.", "SDN"),
    ("빨래를 햇볕에 말리에서 돌아왔다.", "MLI"),
    ("그는 오만에서 비롯된 실수를 인정했다.", "OMN"),
    ("조지아에서 주지사 선거 유세가 열렸다.", "GEO"),
    ("이 수단에서 저 수단으로 바꿨다.", "SDN"),
]


@pytest.mark.parametrize("text, code", PLACED)
def test_guarded_locative_at_clause_head_names_the_state(text, code):
    assert code in codes(text)


@pytest.mark.parametrize("text, code", NOT_PLACED)
def test_guarded_ordinary_word_is_no_state(text, code):
    assert code not in codes(text)


EVENTS = [  # (sentence, type, actors, recipients or None)
    ("말리에서 무장세력이 군 기지를 공격해 군인 5명이 숨졌다고 현지 언론이 전했다.", "ASSAULT", {"MLI"}, None),
    ("수단에서 시위대가 정부를 규탄하는 집회를 열었다고 현지 언론이 전했다.", "PROTEST", {"SDN"}, {"SDN"}),
    ("지난달 토고에서 경찰이 시위대 수십 명을 체포했다고 현지 언론이 전했다.", "COERCE", {"TGO"}, {"TGO"}),
]


@pytest.mark.parametrize("text, kind, actors, recipients", EVENTS)
def test_stateless_doers_take_the_guarded_place_state(extract, text, kind, actors, recipients):
    assert_act(extract(text).events, kind, actors, recipients, "occurred")
