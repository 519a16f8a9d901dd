"""Korean agents beyond the government: a country word before the Korean name of any Phoenix agent class names that
part of the state with the class's sector ('니제르 광산 노동자들' NER LAB, '네팔 승려들' NPL REL, '온두라스 갱단' HND CRM); one plain
noun may qualify the agent ('광산 노동자들'); a compound word ends in its agent noun ('멕시코 연방경찰' COP, '소말리아 무장반군' REB); a
city in the genitive opens its people's phrase ('양곤의 시위대는'). Negative rows: what must stay as it was. Every sentence
is written for the test; the countries are chosen outside the evaluation sets.

Formerly tests/lang/test_countries_actors12.py, classes first read by session 13, actors12 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.agents import compound_sector
from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import kiwi

DAY = date(2024, 6, 12)


def acting(extract, text: str) -> list[tuple[str, str]]:
    events = extract(text, published=DAY).events
    return [(p.country, p.sector) for p in events[0].participants] if events else []


def mentions(text: str) -> list[tuple[str, list[str], str | None]]:
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return [(text[m.start:m.end], m.codes, m.sector) for m in find_countries(text, 0, tokens)]


SECTOR_ROWS = [  # (sentence, acting state, sector): one row per class of the Phoenix agents dictionary
    ("튀니지 대학생들은 프랑스를 강하게 비난했다.", "TUN", "EDU"),
    ("네팔 승려들은 중국 정부를 규탄했다.", "NPL", "REL"),
    ("세네갈 어민들은 스페인 선단을 비난했다.", "SEN", "AGR"),
    ("온두라스 갱단은 과테말라 경찰을 위협했다.", "HND", "CRM"),
    ("짐바브웨 야권 인사들은 남아공을 비난했다.", "ZWE", "OPP"),
    ("르완다 언론인들은 부룬디 정부를 비난했다.", "RWA", "JRN"),
    ("리비아 국영 언론은 이집트를 비난했다.", "LBY", "JRN"),
    ("나미비아 농민들은 보츠와나를 비난했다.", "NAM", "AGR"),
    ("가나 의사들은 토고 정부를 비난했다.", "GHA", "MED"),
    ("말리 난민들은 니제르를 비난했다.", "MLI", "REF"),
    ("콩고민주공화국 무장 괴한들은 우간다를 비난했다.", "COD", "UAF"),
    ("페루 농민 단체는 칠레를 비난했다.", "PER", None),  # a group of farmers: the state, sector not asserted
    ("볼리비아 기업인들은 아르헨티나를 비난했다.", "BOL", "BUS"),
    ("스리랑카 인권단체는 인도를 비난했다.", "LKA", "SOC"),
]

QUALIFIED_ROWS = [  # one plain noun before the agent noun; a compound ending in it
    ("니제르 광산 노동자들은 프랑스를 강하게 비난했다.", "NER", "LAB"),
    ("나이지리아 석유 노동자들은 영국 기업을 비난했다.", "NGA", "LAB"),
    ("멕시코 연방경찰은 미국을 비난했다.", "MEX", "COP"),
    ("벨기에 연방검찰은 네덜란드를 비난했다.", "BEL", "JUD"),
    ("캐나다 연방하원은 중국을 비난했다.", "CAN", "LEG"),
    ("소말리아 무장반군은 케냐를 비난했다.", "SOM", "REB"),
]

CITY_ROWS = [  # a city in the genitive before its people
    ("미얀마 양곤의 시위대는 태국을 비난했다.", "MMR", "CVL"),
    ("케냐 나이로비의 주민들은 탄자니아를 비난했다.", "KEN", "CVL"),
]


@pytest.mark.parametrize("text, code, sector", SECTOR_ROWS + QUALIFIED_ROWS + CITY_ROWS)
def test_a_countrys_agent_acts_for_it_with_its_sector(extract, text, code, sector):
    found = acting(extract, text)
    assert code in [c for c, _s in found], found
    if sector is not None:
        assert (code, sector) in found, found


@pytest.mark.parametrize("word, sector", [
    ("연방경찰", "COP"), ("연방검찰", "JUD"), ("무장반군", "REB"), ("국영방송", "JRN"), ("불법이주민들", "CVL"),
    ("생방송", None),  # a one-syllable stem: 'live broadcast', no broadcaster
    ("상임대표", None),  # a title is the title reader's ('유엔 상임대표': a state's envoy), not a compound agent
    ("정밀", None), ("경찰", None),  # no stem before the head: the table's own entry, not a compound
])
def test_a_compound_word_ends_in_its_agent(word, sector):
    assert compound_sector(word) == sector


@pytest.mark.parametrize("text, first", [
    ("칠레 의류 수출은 지난해 크게 줄었다.", ("칠레", ["CHL"], None)),  # a qualifier without an agent after it
    ("칠레 광산에서 노동자들이 파업했다.", ("칠레", ["CHL"], None)),  # the place word has its own particle
    ("라오스 인민혁명당 대표단은 평양에 도착했다.", ("라오스", ["LAO"], None)),  # a body's own name is no qualifier
    ("미국 생방송에 출연한 가수는 노래했다.", ("미국", ["USA"], None)),
])
def test_what_is_no_agent_phrase_stays_the_country_word(text, first):
    assert mentions(text)[0] == first


@pytest.mark.parametrize("text, absent", [
    ("조지아 주지사는 멕시코를 강하게 비난했다.", "GEO"),  # a US state's governor, not the state of Georgia
    ("바이든 대통령은 칠레를 비난했다.", "CHL"),  # the name before the title is a person, not a qualifier
])
def test_no_wrong_state_acts(extract, text, absent):
    assert absent not in [c for c, _s in acting(extract, text)]


@pytest.mark.parametrize("text, code, sector", [  # the second batch of the table: one row per class
    ("칠레 변호사들은 페루를 비난했다.", "CHL", "JUD"),
    ("가나 관광객들은 코트디부아르를 비난했다.", "GHA", "CVL"),
    ("이스라엘 랍비들은 이란을 비난했다.", "ISR", "REL"),
    ("스페인 항공사는 모로코를 비난했다.", "ESP", "BUS"),
    ("케냐 목축민들은 에티오피아를 비난했다.", "KEN", "AGR"),
    ("체코 특파원들은 슬로바키아를 비난했다.", "CZE", "JRN"),
    ("인도 경제학자들은 스리랑카를 비난했다.", "IND", "EDU"),
    ("리비아 용병들은 이집트를 비난했다.", "LBY", "UAF"),
    ("폴란드 환경단체는 체코를 비난했다.", "POL", "SOC"),
    ("우크라이나 정치인들은 헝가리를 비난했다.", "UKR", "PTY"),
])
def test_more_agent_classes(extract, text, code, sector):
    assert (code, sector) in acting(extract, text)


def consult_parties(extract, text: str) -> set[tuple[str, str | None]]:
    return {(p.country, p.sector) for e in extract(text, published=DAY).events if e.type == "CONSULT"
            for p in e.participants}


@pytest.mark.parametrize("text, party", [  # an organized part of a state is a meeting party with its sector
    ("The Peruvian parliament met Chilean officials in Lima on Tuesday.", ("PER", "LEG")),
    ("Colombian rebels met Cuban diplomats in Havana on Tuesday.", ("COL", "REB")),
    ("A Kenyan court held talks with Ugandan officials on Tuesday.", ("KEN", "JUD")),
    ("The Chilean economy minister met Peruvian officials in Lima on Tuesday.", ("CHL", "GOV")),  # an office
    ("The Bolivian vice president held talks with Paraguayan diplomats on Tuesday.", ("BOL", "GOV")),
    ("The Guinean transitional government met Malian officials in Conakry on Tuesday.", ("GIN", "GOV")),  # qualified
    ("에콰도르 의회는 12일 페루 대표단과 회담했다.", ("ECU", "LEG")),
    ("콜롬비아 반군은 12일 쿠바 정부와 회담했다.", ("COL", "REB")),
    ("미얀마 군사정권은 12일 태국 외교장관과 회담했다.", ("MMR", "MIL")),
])
def test_an_organized_part_of_a_state_meets_for_it(extract, text, party):
    assert party in consult_parties(extract, text)


@pytest.mark.parametrize("text, absent", [  # a population is hosted or received, never a party
    ("Chile hosted Peruvian refugees for years.", "PER"),
    ("칠레는 페루 난민들을 수년간 받아들였다.", "PER"),
])
def test_a_population_is_no_meeting_party(extract, text, absent):
    assert absent not in {c for c, _s in consult_parties(extract, text)}
