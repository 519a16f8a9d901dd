"""Actor strings by class, each class a general rule:

- a first-level region outranks a foreign city of its name when its state's people per region are many times the
  city's ('Ontario' is Canada's province, not the Californian city; kb/geo.py outranked_cities), while a large
  or well-known city keeps its name ('Santiago', 'Manchester');
- an agent located in a city or region no country form names ('officials in Dodoma', 'police in Manitoba') acts
  for the place's state, unless a country word or a name opens the phrase (lang/en/towns.py
  agent_in_place_mentions);
- a listed body's possessive before its members or an office ('the Taliban's spokesman') is the body's side, and
  a known person's followers stay the follower reader's (lang/en/countries.py body_mentions, members_after);
- Korean local executives and councils after a city ('시드니 시장', '몬트리올 시의회') and a named group's members
  ('헤즈볼라 대원들') are agent nouns (data/agents.yaml), and a place's name may stand between a country word and
  its local government ('멕시코 할리스코 주지사': lang/ko/agents.py modified_agent); a guarded name before one of
  its other reading's words stays that reading ('조지아 주지사', lang/ko/countries.py); a plural noun with a person
  suffix is the country's people ('몽골 유목민들': lang/ko/agents.py people_plural);
- former names of states in Korean ('소련', '동독', '로디지아': countries.yaml variants_ko, group 5);
- a country form that opens another state's region name is the region's ('British Columbia', 'Tamil Nadu':
  lang/en/countries.py longer_region, also for a title's name in lang/en/mentions.py titled);
- a city's region by a lower-case type word ('the Poltava region said', 'Samara region officials');
- titles that name their state: the Pope (VAT, REL) and 일왕 (JPN) in offices.yaml.

Every sentence is written for this test; no row comes from an evaluation set or a bench family.

Formerly tests/lang/test_actors13_classes.py, classes first read by session 14, actors13 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.kb.geo import lookup_city
from readout.kb.subdivisions import subdivision_named

DAY = date(2024, 6, 12)


def acting(extract, text: str) -> set[tuple[str, str]]:
    """(country, sector) of every acting party of the sentence's events."""
    return {(p.country, p.sector) for e in extract(text, published=DAY).events for p in e.participants}


def countries(extract, text: str) -> set[str]:
    return {c for c, _s in acting(extract, text)}


@pytest.mark.parametrize("name, region_state", [("Ontario", "CAN"), ("Parana", "BRA"), ("Santa Catarina", "BRA")])
def test_a_large_region_outranks_a_foreign_city_of_its_name(name, region_state):
    assert lookup_city(name) is None
    assert subdivision_named(name) == region_state


@pytest.mark.parametrize("name, city_state", [("Santiago", "CHL"), ("Manchester", "GBR"), ("Granada", "ESP"),
                                              ("Bari", "ITA"), ("Portland", "USA")])
def test_a_city_larger_than_its_namesake_region_keeps_its_name(name, city_state):
    entry = lookup_city(name)
    assert entry is not None and entry.country == city_state


EN_ROWS = [  # (sentence, acting state, sector)
    ("The premier of Manitoba condemned Washington's tariffs on Tuesday.", "CAN", None),
    ("Ontario's premier criticized Washington on Tuesday.", "CAN", None),
    ("Officials in Dodoma condemned Kenya on Tuesday.", "TZA", "GOV"),
    ("Police in Ontario arrested two Canadian activists on Tuesday.", "CAN", "COP"),
    ("Soldiers in Kandahar attacked a convoy on Tuesday.", "AFG", "MIL"),
    ("Rebels in Kasai accused the government of massacres on Tuesday.", "COD", "REB"),
    ("The Taliban's spokesman rejected Pakistan's demand on Tuesday.", "AFG", "REB"),
    ("Hamas's military wing condemned Egypt on Tuesday.", "PSE", "REB"),
    ("Zairian soldiers attacked a village near the border on Tuesday.", "COD", "MIL"),
    ("Ceylonese officials protested to India on Tuesday.", "LKA", "GOV"),
    # a country form opening another state's region name is the region's (lang/en/countries.py longer_region)
    ("The premier of British Columbia condemned Beijing on Tuesday.", "CAN", None),
    ("Tamil Nadu police arrested Sri Lankan fishermen on Tuesday.", "IND", "COP"),
    ("Tamil rebels attacked an army camp on Tuesday.", "LKA", "REB"),  # the people's word itself stays
    ("British troops attacked a militia base on Tuesday.", "GBR", "MIL"),
    ("The Thai government condemned Cambodia on Tuesday.", "THA", "GOV"),
    ("Pope Benedict criticized Argentina on Tuesday.", "VAT", "REL"),  # a title that names its state (offices.yaml)
    # a city's region by a lower-case type word (lang/en/towns.py type_word_re)
    ("The Poltava region condemned Moscow's strikes on Tuesday.", "UKR", None),
    ("Samara region officials accused Kazakhstan of smuggling on Tuesday.", "RUS", "GOV"),
]


@pytest.mark.parametrize("text, code, sector", EN_ROWS)
def test_english_actor_classes(extract, text, code, sector):
    sides = acting(extract, text)
    assert code in {c for c, _s in sides}
    if sector:
        assert (code, sector) in sides


EN_NEGATIVE = [  # (sentence, state that must not act): the place only says where the agent is
    ("Japanese diplomats in Nairobi condemned China on Tuesday.", "KEN"),
    ("Turkish troops in Kandahar attacked a convoy on Tuesday.", "AFG"),
    ("Visiting diplomats in Nairobi condemned China on Tuesday.", "KEN"),  # an outsider's word before the agent
    ("Police in the capital arrested two activists on Tuesday.", None),
]


@pytest.mark.parametrize("text, absent", EN_NEGATIVE)
def test_english_place_of_a_foreign_agent_does_not_act(extract, text, absent):
    found = countries(extract, text)
    if absent is None:
        assert not found
    else:
        assert absent not in found


def test_a_persons_followers_keep_their_reader(extract):
    """'Assad's forces' (a name the organization table lists too) are the army he commands, not the government."""
    sides = {(p.country, p.sector) for e in extract("Assad's forces shelled a town near Hama on Tuesday.",
                                                    published=date(2019, 3, 4)).events for p in e.participants}
    assert ("SYR", "MIL") in sides and ("SYR", "GOV") not in sides


KO_ROWS = [  # (sentence, acting state, sector)
    ("시드니 시장은 중국 정부를 강하게 비난했다.", "AUS", "GOV"),
    ("상파울루 시장은 아르헨티나를 비난했다.", "BRA", "GOV"),
    ("몬트리올 시의회는 미국을 규탄했다.", "CAN", "LEG"),
    ("헤즈볼라 대원들은 이스라엘군을 공격했다.", "LBN", "REB"),
    ("알샤바브 대원들은 케냐 경찰을 공격했다.", "SOM", "REB"),
    ("소련은 미국을 강하게 비난했다.", "RUS", None),
    ("동독 정부는 미국을 비난했다.", "DEU", "GOV"),
    ("로디지아 군은 잠비아를 공격했다.", "ZWE", "MIL"),
    ("유고슬라비아는 알바니아를 비난했다.", "SRB", None),
    # a place's name between a country word and its local government (kb/agents.py local_heads_ko)
    ("멕시코 할리스코 주지사는 미국 정부를 비난했다.", "MEX", "GOV"),
    ("인도 케랄라 주정부는 스리랑카를 비난했다.", "IND", "GOV"),
    ("캐나다 앨버타 주총리는 미국을 강하게 비난했다.", "CAN", "GOV"),
    ("나이지리아 카노 경찰은 니제르 정부를 비난했다.", "NGA", "COP"),
    ("독일 작센주 관리들은 체코를 비난했다.", "DEU", "GOV"),  # a group noun after a place's name
    ("스페인 카탈루냐 자치정부는 프랑스를 비난했다.", "ESP", "GOV"),
    ("러시아 바그너 용병들은 말리 마을을 공격했다.", "RUS", None),
    # a plural people noun by its person suffix (lang/ko/agents.py people_plural)
    ("프란치스코 교황은 아르헨티나 정부를 비판했다.", "VAT", "REL"),
    ("칠레 광부들은 페루 정부를 비난했다.", "CHL", None),
    ("우간다 인권 활동가들은 케냐 정부를 비난했다.", "UGA", None),
    ("네팔 짐꾼들은 중국 정부를 비난했다.", "NPL", "CVL"),
    ("태국 어부들은 캄보디아 해군을 비난했다.", "THA", None),
]


@pytest.mark.parametrize("text, code, sector", KO_ROWS)
def test_korean_actor_classes(extract, text, code, sector):
    sides = acting(extract, text)
    assert code in {c for c, _s in sides}
    if sector:
        assert (code, sector) in sides


@pytest.mark.parametrize("text", ["몽골 국가들은", "한국 회사들은", "인도 병원들은"])
def test_words_ending_like_people_are_no_people(text):
    """'국가들', '회사들', '병원들' end in a person suffix's syllable and name no people."""
    from readout.lang.ko.agents import people_plural
    from readout.lang.ko.sentences import kiwi

    class Word:  # the fields people_plural reads
        def __init__(self, noun, tokens):
            self.noun, self.tokens, self.particle, self.has_verb = noun, tokens, None, False

    tokens = [(t.form, t.tag) for t in kiwi().tokenize(text.split()[1])]
    assert people_plural([Word(text.split()[1].removesuffix("은"), tokens)]) is None


KO_NEGATIVE = [  # ordinary words that must not become a state or an office
    ("시장은 노르웨이를 강하게 비난했다.", "NOR"),  # a bare 'market'/'mayor': no state but the object
    ("대통령 유고 시 총리가 캐나다를 비난한다.", "SRB"),  # 유고 'absence' is no Yugoslavia
]


@pytest.mark.parametrize("text, only", KO_NEGATIVE)
def test_korean_ordinary_words_stay_words(extract, text, only):
    events = extract(text, published=DAY).events
    named = {p.country for e in events for p in e.participants + e.recipients if p.country}
    assert named <= {only, "KOR", "CAN"} and "SRB" not in named
