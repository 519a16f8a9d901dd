"""Police named bare and civic groups protesting at home, in Korean (acts47): a bare police subject or passive agent
('경찰은 ... 연행했다', '경찰에 연행됐다', lang/ko/act_home_organs.py) is the dateline's state's; people protesting against
another state's deed, no place of their own named ('시민단체 회원들은 B 대통령의 방문에 항의하는 집회를 열었다'), protest
where the story is filed, the protest's target no home of theirs (pipeline/act_actor_defaults.unnamed_actors). Every sentence
here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

HOME = [
    ("(부산=연합뉴스) 경찰은 페루 영사관 앞에서 시위를 벌인 대학생 8명을 연행했다.", [("COERCE", {"KOR"}, {"KOR"}, "occurred")]),
    ("(리마=연합뉴스) 경찰은 시위대 40명을 체포했다.", [("COERCE", {"PER"}, {"PER"}, "occurred")]),
    ("(부산=연합뉴스) 대학생 8명이 페루 영사관에 들어가 시위를 벌이다 경찰에 연행됐다.", [("COERCE", {"KOR"}, None, "occurred")]),
    ("(서울=연합뉴스) 시민단체 회원들은 페루 대통령의 방한에 항의하는 집회를 열었다.", [("PROTEST", {"KOR"}, {"PER"}, "occurred")]),
    # negative: a police noun that is no subject acts on no one
    ("(부산=연합뉴스) 경찰 출신 의원들은 새 법안을 발의했다.", [("COERCE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", HOME)
def test_home_police_and_protests(text, expected):
    check(text, expected)
