"""(kosite48, issues 13, 14) Korean attacked sites and crowds of people, the twins of tests/lang/en/test_actor48.py;
our own sentences (real states and cities, invented people), each class with rows that must not fire."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides


# 1. A site attacked names the receiving side with its sector: a police site the police's (COP), a site of worship the
# faithful's (REL), of the state its words or its place name.
@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 나이지리아 경찰서를 공격했다.", ("NGA", "COP")),
    ("무장괴한들이 카불의 파출소를 습격했다.", ("AFG", "COP")),
    ("반군이 말리 북부의 경찰 본부를 공격했다.", ("MLI", "COP")),
    ("무장괴한들이 니제르의 모스크를 공격했다.", ("NER", "REL")),
    ("무장괴한들이 라고스의 성당을 공격했다.", ("NGA", "REL")),
    ("Gunmen attacked a police station in Kabul on Tuesday.", ("AFG", "COP")),
])
def test_an_attacked_site_names_its_people(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert received in receivers and (received[0], "GOV") not in receivers, receivers


# negative rows: a military site stays the forces'; a hospital its staff's; a thing attacked is nobody's
@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 말리 북부의 군 기지를 공격했다.", {("MLI", "MIL")}),
    ("무장괴한들이 라고스에서 버스를 공격했다.", set()),
    ("무장괴한들이 카노의 병원을 공격했다.", {("NGA", "MED")}),
])
def test_other_sites_keep_their_reading(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert receivers == received, receivers


# 2. A crowd named by the agent table's civilians and faithful (the Korean names of the Phoenix classes) receives the
# attack as the place's people with the noun's sector.
@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 라고스 시장에서 쇼핑객들을 공격했다.", ("NGA", "CVL")),
    ("무장괴한들이 나이로비에서 통근자들을 공격했다.", ("KEN", "CVL")),
    ("무장괴한들이 니제르의 모스크에서 신도들을 공격했다.", ("NER", "REL")),
    ("무장세력이 페샤와르 인근에서 순례자들을 공격했다.", ("PAK", "REL")),
    ("무장괴한들이 카노의 모스크에서 예배자들을 공격했다.", ("NGA", "REL")),
    ("Militants attacked pilgrims near Peshawar on Sunday.", ("PAK", "REL")),
])
def test_civilian_people_nouns_receive(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert received in receivers, receivers


# negative rows: a foreign people keeps its own state; the faithful are no civilians
@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 카불에서 중국인 관광객들을 공격했다.", {("CHN", "CVL")}),
    ("무장괴한들이 카노에서 순례자들을 공격했다.", {("NGA", "REL")}),
])
def test_other_people_keep_their_reading(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert receivers == received, receivers


# negative rows: soldiers attacked are no civilians nor faithful
@pytest.mark.parametrize("text", [
    "반군이 고마 인근에서 군인들을 공격했다.",
    "무장괴한들이 카노 인근에서 경찰관들을 공격했다.",
])
def test_force_people_are_no_civilians(text):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert not {s for _c, s in receivers} & {"CVL", "REL"}, receivers


def test_the_civilian_nouns_come_from_the_agent_table():
    from readout.lang.ko.act_attacked_sites import civilian_nouns
    nouns = civilian_nouns()
    assert {"쇼핑객", "통근자", "신도", "예배자", "순례자", "승객"} <= set(nouns)
    assert nouns["순례자"] == "REL" and nouns["통근자"] == "CVL"
    assert not {"경찰", "군인", "반군", "교회", "정부"} & set(nouns)


# 3. A state's agent chain closed by its holder's name with the subject's particle ('A국 야당 지도자 B는') is the
# subject: a bare '정부' after it is the subject's own government, not the writer's.
@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("짐바브웨 야당 지도자 모요는 정부를 비판했다.", "ACCUSE", "ZWE", "ZWE"),
    ("케냐 야당 지도자 오티에노는 정부를 비판했다.", "ACCUSE", "KEN", "KEN"),
    ("가나 야당 대표 쿠마시는 정부가 선거를 조작했다고 비난했다.", "ACCUSE", "GHA", "GHA"),
    ("Zimbabwe opposition leader Tafadzwa Moyo criticized the government on Tuesday.", "ACCUSE", "ZWE", "ZWE"),
])
def test_a_named_holder_is_the_subject(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found and actor in found[0][0] and found[0][1] == [recipient], found


# negative rows: a state named before '정부' keeps it; a chain with no name after it reads as before
@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("짐바브웨 야당 지도자 모요는 한국 정부를 비판했다.", "ACCUSE", "ZWE", "KOR"),
    ("짐바브웨 외무장관 모요는 케냐 정부를 비판했다.", "ACCUSE", "ZWE", "KEN"),
    ("짐바브웨 야당 지도자는 정부를 비판했다.", "ACCUSE", "ZWE", "ZWE"),
])
def test_other_governments_keep_their_reading(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found and actor in found[0][0] and found[0][1] == [recipient], found


@pytest.mark.parametrize("text, subject", [
    ("짐바브웨 야당 지도자 모요는 정부를 비판했다.", True),
    ("짐바브웨 야당 지도자 모요를 정부가 체포했다.", False),
    ("짐바브웨 야당 지도자 모요의 석방을 요구했다.", False),
])
def test_the_name_particle_decides_the_subject(text, subject):
    from readout.lang.ko.language import find_countries
    from readout.lang.ko.sentences import split
    (span, toks), = split(text, 0)
    found = [m for m in find_countries(text, 0, toks) if m.codes == ["ZWE"]]
    assert found and found[0].subject is subject, found
