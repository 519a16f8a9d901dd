"""A relative clause with its own object before the act's object ('경찰이 [시위를 주도한] 야당 대표를 체포했다') has the
head noun for its subject, so the subject before it is the act's (actors62: lang/ko/act_clause_subjects.people_subject stops
reading the relative clause at its object). Negatives: a relative clause with its own subject and no object ('[경찰이
석방한] 활동가들이') keeps that subject its own. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


@pytest.mark.parametrize("text, kind, actor", [
    ("(서울=연합뉴스) 볼리비아 라파스에서 경찰이 시위를 주도한 야당 대표를 9일 체포했다.", "COERCE", ("BOL", "COP")),
    ("(서울=연합뉴스) 칠레 산티아고에서 군인들이 파업을 이끈 노조 지도자를 9일 구금했다.", "COERCE", ("CHL", "MIL")),
    # negative row: the relative clause's own subject is not the act's
    ("(서울=연합뉴스) 볼리비아 라파스에서 경찰이 석방한 활동가들이 9일 시위를 벌였다.", "PROTEST", ("BOL", "CVL")),
])
def test_subject_before_a_relative_clause_with_its_object(text, kind, actor):
    first = first_of(events(text), type=kind)
    assert actor in {(p.country, p.sector) for p in first.participants if p not in first.recipients}
