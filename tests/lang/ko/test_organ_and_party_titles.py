"""(koacts38) Titles the office table lists only with their organ before them: an organ's bare deputy ('국정원 차장',
not only '국정원 1차장') and a ruling party's department directors ('노동당 국제부장', '통일전선부장': North Korea's;
'중국 공산당 대외연락부장': the party before it names the state). A desk of a newsroom ('연합뉴스 국제부장') is no
state's office. Every sentence here is our own."""
from __future__ import annotations

import pytest

from readout.lang.ko.mentions import find_mentions
from readout.lang.ko.sentences import kiwi
from tests.lang.ko.act_rows import check


def mentions(text):
    return find_mentions(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])


TITLED = [
    ("김철수 국정원 차장은 브리핑에서 북한의 미사일 발사를 규탄했다.", "김철수", "KOR", "org_kor-nis_deputy"),
    ("박영민 국가정보원 차장이 이끄는 대표단이 브뤼셀에 도착했다.", "박영민", "KOR", "org_kor-nis_deputy"),
    ("김성철 노동당 국제부장은 라오스 대표단을 맞았다.", "김성철", "PRK", "wpk_department_director"),
    ("리영호 통일전선부장은 남측의 군사훈련을 비난했다.", "리영호", "PRK", "wpk_department_director"),
    ("김성철 노동당 대외연락부장은 라오스 대표단을 맞았다.", "김성철", "PRK", "party_department_director"),
    ("왕밍 중국 공산당 대외연락부장은 라오스 대표단을 맞았다.", "왕밍", "CHN", "party_department_director"),
]


@pytest.mark.parametrize("text,name,code,office", TITLED)
def test_organ_and_party_titles(text, name, code, office):
    found = [m for m in mentions(text) if m.surface == name]
    assert found, [(m.surface, m.office) for m in mentions(text)]
    assert (found[0].country, found[0].office, found[0].role) == (code, office, "subject")


def test_newsroom_desk_is_no_office():
    assert not mentions("박민수 연합뉴스 국제부장은 이날 칼럼을 썼다.")


def test_party_director_meets_for_his_state():
    check("김성철 노동당 국제부장은 10일 평양에서 라오스 인민혁명당 대표단과 회담했다.",
          [("CONSULT", {"PRK", "LAO"}, None, "occurred")])
