"""Comma lists of titled names ('A 페루 국방부 장관, B 칠레 외교부 장관이'): each name keeps its own title and state;
the list's comma closes the first item's title, it is no part of it (ko/title_chains.set_office)."""
import pytest

from tests.lang.ko.test_titles import mentions


@pytest.mark.parametrize("text, expected", [
    ("페드로 가르시아 페루 국방부 장관, 마리아 로페스 칠레 외교부 장관이 참석했다.",
     [("페드로 가르시아", "PER", "defense_minister"), ("마리아 로페스", "CHL", "foreign_minister")]),
    ("마리아 로페스 칠레 외교부 장관, 페드로 가르시아 페루 국방부 장관과 회담했다.",
     [("마리아 로페스", "CHL", "foreign_minister"), ("페드로 가르시아", "PER", "defense_minister")]),
    ("아리프 칸 파키스탄 외교장관, 라시드 하산 이집트 국방장관, 안나 실바 브라질 총리가 만났다.",
     [("아리프 칸", "PAK", "foreign_minister"), ("라시드 하산", "EGY", "defense_minister"),
      ("안나 실바", "BRA", "prime_minister")]),
    ("김민수 국가정보원 1차장, 이영호 국가안보실 2차장이 참석했다.",
     [("김민수", "KOR", "org_kor-nis_deputy"), ("이영호", "KOR", "org_kor-nsc_deputy")]),
])
def test_each_listed_name_keeps_its_title(text, expected):
    found = [(m.surface, m.country, m.office) for m in mentions(text) if m.surface]
    assert found == expected, text


def test_listed_title_is_written_without_the_comma():
    first = mentions("페드로 가르시아 페루 국방부 장관, 마리아 로페스 칠레 외교부 장관이 참석했다.")[0]
    assert first.title == "페루 국방부 장관"
