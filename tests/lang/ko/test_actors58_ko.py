"""(actors58, issue 14) Korean twins of tests/pipeline/test_actors58.py: a bare office subject ('장관은', '사령관은')
after a deed of a state's named organ ('케냐 군은', '케냐 경찰은') is that state's (pipeline/bare_body_state.
organ_deed_doer); a bare force office acts with its force's sector ('사령관은': MIL, lang/ko/reading_names.
office_back_sector, as English 'The general'); a guarded name acted on by a bare office subject ('장관은 [수단을]
비난했다') names the state, as after a subject state (lang/ko/guarded_names.office_subject_opens). Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split
from tests.event_sides import check_moded_row

ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    ("케냐 경찰은 월요일 시위대 10명을 체포했다. 장관은 노르웨이를 비판했다.", "ACCUSE", "disapprove",
     {("KEN", "GOV")}, {("NOR", "GOV")}),
    ("케냐 군은 월요일 소말리아를 공격했다. 사령관은 에티오피아를 비난했다.", "ACCUSE", "disapprove",
     {("KEN", "MIL")}, {("ETH", "GOV")}),
    ("차드 군은 국경을 폐쇄했다. 장관은 수단을 비난했다.", "ACCUSE", "disapprove", {("TCD", "GOV")}, {("SDN", "GOV")}),
    # a bare state name's deed names no organ: the minister is the reporting state's, told nowhere
    ("북한이 미사일을 발사했다. 장관은 일본을 비판했다.", "ACCUSE", None, None, None),
    # the home desk files the story: a bare minister after another state's army may be the desk's own
    ("(서울=연합뉴스) 북한군이 미사일을 발사했다. 장관은 일본을 비판했다.", "ACCUSE", None, None, None),
    # the lead (58): an object naming the organ's state strikes it: not that state's minister
    ("케냐군은 소말리아 국경 초소를 포격했다. 장관은 케냐 대사를 초치했다.", "ACCUSE", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_bare_office_after_an_organs_deed_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text, named", [
    ("장관은 수단을 비난했다.", True),
    ("대변인은 말리를 규탄했다.", True),
    # the ordinary word: a means used, or one with a modifier, whoever the subject
    ("장관은 모든 수단을 동원했다.", False),
    ("장관은 수단을 동원했다.", False),
    # no office opens the sentence: the common word stays
    ("시민들은 수단을 비난했다.", False),
])
def test_guarded_name_acted_on_by_a_bare_office(text, named):
    (_span, tokens), = split(text, 0)
    found = {code for m in find_countries(text, 0, list(tokens)) for code in m.codes}
    assert bool(found & {"SDN", "MLI"}) == named, found


@pytest.mark.parametrize("text, kind, acting, receiving", [
    # a place named in two proper nouns between the state word and its people: the state's people
    ("이스라엘 요르단강 서안 정착민들은 팔레스타인 마을을 공격했다.", "ASSAULT", {("ISR", "CVL")}, {("PSE", "CVL")}),
    ("미국 뉴욕 브루클린 주민들은 캐나다를 비판했다.", "ACCUSE", {("USA", "CVL")}, {("CAN", "GOV")}),
    # '업체' (業體, a business concern) heads a business's compound as '회사' does
    ("케냐 통신업체는 소말리아 정부를 비판했다.", "ACCUSE", {("KEN", "BUS")}, {("SOM", "GOV")}),
    ("페루 건설업체들은 칠레 정부를 비난했다.", "ACCUSE", {("PER", "BUS")}, {("CHL", "GOV")}),
])
def test_agents_after_places_and_business_heads(text, kind, acting, receiving):
    check_moded_row(text, kind, None if kind == "ASSAULT" else "disapprove", acting, receiving)


def test_bare_force_statement_after_a_scene_ko():  # actors59: lang/ko/act_hit_subjects keeps the force's sector
    check_moded_row("케냐 전역에서 월요일 시위가 확산됐다. 경찰은 노르웨이를 규탄했다.", "ACCUSE", "disapprove",
                    {("KEN", "COP")}, {("NOR", "GOV")})


@pytest.mark.parametrize("text, kind, mode, acting, receiving", [
    # a bare body Korean names only for a foreign state ('내각', '중앙은행': the home state's are 국무회의, 한국은행)
    # after a deed of a state's named organ, or after its statement: that state's
    ("케냐 경찰은 월요일 상인 10명을 체포했다. 내각은 소말리아를 비판했다.", "ACCUSE", "disapprove", {("KEN", "GOV")},
     {("SOM", "GOV")}),
    ("일본 정부는 북한의 도발을 규탄한다고 밝혔다. 내각은 북한에 대화를 촉구했다.", "REQUEST", "meet", {("JPN", "GOV")},
     {("PRK", "GOV")}),
    # after a bare state name's deed, no organ told: no one's
    ("북한이 미사일을 발사했다. 내각은 일본을 비판했다.", "ACCUSE", None, None, None),
])
def test_bare_foreign_bodies_go_on(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


def test_bare_treasury_after_an_organs_deed_ko():  # actors59: pipeline/act_fallback_bodies
    check_moded_row("케냐 경찰은 월요일 상인 10명을 체포했다. 재무부는 소말리아를 비판했다.", "ACCUSE", "disapprove",
                    {("KEN", "GOV")}, {("SOM", "GOV")})
