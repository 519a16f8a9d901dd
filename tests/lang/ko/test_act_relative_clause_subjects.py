"""A subject of a relative clause between the sentence's subject and its verb is not the act's (acts47,
lang/ko/clauses.shared_subject): 'A와 B가 [C 정상회의가 열린] 도시에서 ... 채택했다': A and B adopt, not C. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

RELATIVE = [
    ("(브뤼셀=연합뉴스) 로사 이바라 에콰도르 대통령과 마리오 두케 콜롬비아 대통령이 9일(현지시각) 북대서양조약기구(나토) "
     "정상회의가 열린 브뤼셀에서 정상회담을 열고 공동성명을 채택했다.", [("AGREE", {"ECU", "COL"}, None, "occurred")]),
    ("(리마=연합뉴스) 칠레 경찰은 아태경제협력체(APEC) 정상회의가 열린 리마에서 페루 국적자 3명을 체포했다.",
     [("COERCE", {"CHL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", RELATIVE)
def test_relative_clause_subject_is_not_the_actor(text, expected):
    check(text, expected)
