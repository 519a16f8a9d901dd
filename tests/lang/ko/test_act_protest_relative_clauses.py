"""The people protesting and the mission they protest at, past a relative clause of the place (acts47,
lang/ko/act_clause_subjects.people_subject, lang/ko/act_receiving_sides.protested_mission): in '[B대사관이 입주한] 건물에 들어가 시위를
벌였다' the mission is the relative clause's subject, the protested side, and the people before it protest; a relative
clause of the protest's own noun ('[B의 방한에 항의하는] 집회를') keeps the subject before it. Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.ko.acts import find_acts
from readout.lang.ko.sentences import kiwi


def protest(text: str):
    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return next(h for h in find_acts(text, toks) if h.type == "PROTEST")


@pytest.mark.parametrize("text,mission", [
    ("대학생 8명이 부산 동구 주한 페루영사관이 입주한 건물에 들어가 시위를 벌였다.", "페루영사관"),
    ("학생들은 칠레대사관이 있는 건물 앞에서 집회를 열었다.", "칠레대사관"),
])
def test_mission_subject_of_a_relative_clause(text, mission):
    h = protest(text)
    assert h.data.get("people_subject") in ("CVL", "EDU")  # people, by their noun's sector (kocrowd46: 학생 EDU)
    assert [text[a:b].replace(" ", "") for a, b in h.data["protested_spans"]] == [mission]


def test_relative_clause_of_the_protest_keeps_its_subject():
    h = protest("시민단체 회원들이 페루 총리의 방한에 항의하는 집회를 열었다.")
    assert h.data.get("people_subject") == "CVL"
