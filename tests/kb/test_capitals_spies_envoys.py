"""Korean capitals for every state, intelligence chiefs (SPY) and UN envoys (IGO), and office holders the knowledge
base lacked (issue 14's audit). Sentences and names in the frames are our own; the office holders are checked
against the data file's own tenures, by office and date, as `readout kb find` asks them.

Formerly tests/kb/test_actors16.py; classes first read as "actors16" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.agency_heads import add_agency_heads, head_forms
from readout.kb.entries import OfficeEntry, Plain
from readout.kb.geo import metonym_index
from readout.kb.loader import kb

DAY = date(2024, 5, 22)


def acting(text: str, day: date = DAY) -> set[tuple[str, str]]:
    """(country, sector) of every acting party of the sentence's events."""
    return {(p.country, p.sector) for e in extract_text(text, published=day).events for p in e.participants}


def ko_subject(word: str) -> str:
    """The word with its topic particle (은 after a final consonant, 는 after a vowel)."""
    return f"{word}{'은' if (ord(word[-1]) - 0xAC00) % 28 else '는'}"


# --- 1. Korean capitals stand for their state's government (as the acting side) ----------------------------------

CAPITALS = [("나이로비", "KEN"), ("아바나", "CUB"), ("아디스아바바", "ETH"), ("아부자", "NGA"), ("프리토리아", "ZAF"),
            ("라바트", "MAR"), ("하르툼", "SDN"), ("키갈리", "RWA"), ("루사카", "ZMB"), ("킨샤사", "COD"),
            ("아크라", "GHA"), ("다카르", "SEN"), ("바마코", "MLI"), ("카트만두", "NPL"), ("다카", "BGD"),
            ("콜롬보", "LKA"), ("비엔티안", "LAO"), ("타슈켄트", "UZB"), ("비슈케크", "KGZ"), ("마나마", "BHR"),
            ("무스카트", "OMN"), ("베이루트", "LBN"), ("더블린", "IRL"), ("리스본", "PRT"), ("아테네", "GRC"),
            ("스톡홀름", "SWE"), ("헬싱키", "FIN"), ("빌뉴스", "LTU"), ("베오그라드", "SRB"), ("부쿠레슈티", "ROU"),
            ("키시너우", "MDA"), ("보고타", "COL"), ("키토", "ECU"), ("리마", "PER"), ("몬테비데오", "URY"),
            ("마나과", "NIC"), ("멕시코시티", "MEX"), ("포트모르즈비", "PNG"), ("수바", "FJI"), ("누쿠알로파", "TON")]


@pytest.mark.parametrize("capital, code", CAPITALS)
def test_a_korean_capital_with_a_subject_particle_is_its_government(capital, code):
    assert metonym_index()[capital] == code
    assert (code, "GOV") in acting(f"{ko_subject(capital)} 22일 남극 조약 위반을 이유로 노르웨이를 강하게 비난했다.")


@pytest.mark.parametrize("text, code", [
    ("노르웨이 총리는 22일 나이로비에서 덴마크를 비난했다.", "KEN"),   # a place ending: where, not who
    ("리마에서 열린 회의에서 노르웨이 총리는 칠레를 비난했다.", "PER"),
    ("아테네 주재 노르웨이 대사는 22일 덴마크를 비난했다.", "GRC"),   # bare, before 주재
])
def test_a_capital_as_a_place_is_no_actor(text, code):
    assert code not in {c for c, _s in acting(text)}


@pytest.mark.parametrize("text", [
    "그가 노르웨이를 비난했을 리가 없다고 덴마크 외무장관은 22일 밝혔다.",   # 리가 (a bound noun + 가), not Riga
    "육군은 22일 도하 훈련을 마친 뒤 노르웨이를 비난했다.",                  # 도하 (river crossing)
    "빈 의자를 두고 덴마크 총리는 22일 노르웨이를 비난했다.",                 # 빈 (empty): Vienna is left out
    "소피아는 22일 노르웨이 정부를 비난하는 글을 올렸다.",                    # a given name: Sofia is left out
])
def test_capitals_that_are_words_or_names_name_no_state(text):
    assert not {c for c, _s in acting(text)} & {"LVA", "QAT", "AUT", "BGR"}


def test_capitals_that_are_left_out_are_not_metonyms():
    index = metonym_index()
    assert not {"빈", "소피아", "사나", "산티아고", "산호세", "조지타운", "빅토리아", "방기", "서울"} & set(index)


# --- 2. intelligence chiefs are SPY of the agency's state; UN envoys are the UN's (IGO) -----------------------

@pytest.mark.parametrize("text, country", [
    ("Mossad chief Daniel Levy condemned Norway on Monday.", "ISR"),
    ("Israeli Mossad chief Daniel Levy condemned Norway on Monday.", "ISR"),
    ("BND chief Peter Braun accused Norway of spying on Monday.", "DEU"),
    ("MI6 chief Oliver Grant warned Norway on Tuesday.", "GBR"),
    ("CIA director Tom Walker condemned Norway on Monday.", "USA"),
    ("Russian spy chief Ivan Orlov condemned Norway on Monday.", "RUS"),
    ("이스라엘 모사드 국장 다니엘 레비는 22일 노르웨이를 비난했다.", "ISR"),
    ("모사드 국장 다니엘 레비는 22일 노르웨이를 비난했다.", "ISR"),
    ("미국 중앙정보국 국장 톰 워커는 22일 노르웨이를 비난했다.", "USA"),
    ("독일 연방정보국장은 22일 노르웨이를 비난했다.", "DEU"),
    ("러시아 대외정보국장은 22일 노르웨이를 비난했다.", "RUS"),
])
def test_an_intelligence_chief_is_spy_of_the_agencys_state(text, country):
    assert (country, "SPY") in acting(text)


@pytest.mark.parametrize("text, party", [
    ("외교부 국장은 22일 노르웨이를 비난했다.", ("KOR", "GOV")),                      # a ministry's director stays GOV
    ("Kenyan Foreign Ministry director Peter Otieno condemned Norway on Monday.", ("KEN", "GOV")),
])
def test_a_director_of_a_ministry_is_no_spy(text, party):
    found = acting(text)
    assert party in found and (party[0], "SPY") not in found


@pytest.mark.parametrize("text", [
    "U.N. special envoy Lars Nilsen condemned Norway on Monday.",
    "UN Special Representative Ana Ruiz condemned Norway on Tuesday.",
    "유엔 특사 라르스 닐센은 22일 노르웨이를 비난했다.",
    "유엔 사무총장 특별대표 아나 루이스는 22일 노르웨이를 비난했다.",
])
def test_a_un_envoy_is_the_uns(text):
    found = acting(text)
    assert ("UNO", "IGO") in found and ("UNO", "GOV") not in found


@pytest.mark.parametrize("text, party", [
    ("The U.N. envoy for Sudan condemned Norway on Monday.", ("UNO", "IGO")),
    ("EU special representative Ana Ruiz condemned Norway on Monday.", ("EUR", "IGO")),
    ("NATO spokesperson Ana Ruiz condemned Norway on Monday.", ("IGO", "IGO")),
    ("유엔 관계자들은 22일 노르웨이를 비난했다.", ("UNO", "IGO")),
    ("China's U.N. ambassador Li Wen condemned Norway on Monday.", ("CHN", "GOV")),  # a state's diplomat at the body
    ("유엔 주재 중국 대사는 22일 노르웨이를 비난했다.", ("CHN", "GOV")),
    ("Syrian rebels attacked a Turkish army post on Monday.", ("SYR", "REB")),  # other sectors stay
])
def test_an_executive_office_of_an_international_body_is_igo(text, party):
    assert party in acting(text)


def test_body_sector():
    from readout.kb.offices import body_sector

    assert [body_sector("GOV", "UNO"), body_sector("GOV", "EUR"), body_sector("SPY", "UNO"), body_sector("GOV", "NOR"),
            body_sector(None, "UNO")] == ["IGO", "IGO", "SPY", "GOV", None]


def test_a_title_word_of_an_agency_leaves_a_persons_name_alone():
    """'Shin Bet chief' is no title: 'Shin' would stop naming a person ('Defense Minister Shin Won-sik')."""
    found = extract_text("Defense Minister Shin Won-sik held talks with his Japanese counterpart in Singapore on "
                         "Saturday.", published=date(2024, 6, 3)).events
    assert {"Shin Won-sik", "Minoru Kihara"} <= {p.name for e in found for p in e.participants}


def test_head_forms_of_an_agency():
    agency = Plain(en=["Mossad", "spy agency", "Director of Central Intelligence", "Shin Bet"], ko=["모사드", "대외정보국"])
    en, ko = head_forms(agency)
    assert "Mossad chief" in en and not any(f.startswith(("spy agency", "Director", "Shin")) for f in en)
    assert {"모사드 국장", "대외정보국장"} <= set(ko) and "모사드장" not in ko


def test_agency_heads_leave_written_offices_and_states_with_their_own_office():
    base = OfficeEntry(id="intelligence_director", name="Intelligence", sector="SPY", country=None, role=None,
                       generic=False, equivalent=None, portfolio=None, agency=None, ko=[], en=["spy chief"])
    cia = OfficeEntry(**{**vars(base), "id": "cia_director", "country": "USA", "en": ["Acme director"]})
    nis = OfficeEntry(**{**vars(base), "id": "kor_nis", "country": "KOR", "equivalent": "intelligence_director"})
    orgs = [Plain(sector="SPY", country="USA", en=["Acme"], ko=[]), Plain(sector="SPY", country="KOR", en=["Zed"], ko=[]),
            Plain(sector="SPY", country="NOR", en=["Nix"], ko=["닉스"]), Plain(sector="GOV", country="NOR", en=["Oslo"], ko=[])]
    out = {o.id: o for o in add_agency_heads([base, cia, nis], orgs)}
    assert set(out) == {"intelligence_director", "cia_director", "kor_nis", "nor_intelligence_director"}
    nor = out["nor_intelligence_director"]
    assert (nor.country, nor.sector, nor.equivalent) == ("NOR", "SPY", "intelligence_director")
    assert "Nix chief" in nor.en and "닉스 국장" in nor.ko and not any("Oslo" in f for f in nor.en)


# --- 3. office holders by office and date (gaps.py's list) ----------------------------------------------------

@pytest.mark.parametrize("office, country, day, person", [
    ("defense_minister", "MNG", date(2018, 6, 1), "per_nyamaagiin-enkhbold"),
    ("defense_minister", "MNG", date(2022, 6, 1), "per_gursediin-saikhanbayar"),
    ("foreign_minister", "MNG", date(2023, 6, 1), "per_batmunkhiin-battsetseg"),
    ("defense_minister", "PRK", date(2017, 9, 1), "per_pak-yong-sik"),
    ("nuclear_envoy", "JPN", date(2017, 9, 1), "per_kenji-kanasugi"),
    ("nuclear_envoy", "JPN", date(2019, 9, 1), "per_shigeki-takizaki"),
    ("us_special_rep_nk", "USA", date(2024, 1, 10), "per_jung-pak"),
    ("national_security_adviser", "GBR", date(2019, 1, 10), "per_mark-sedwill"),
    ("national_security_adviser", "DEU", date(2023, 1, 10), "per_jens-plotner"),
    ("national_security_adviser", "FRA", date(2018, 1, 10), "per_philippe-etienne"),
    ("national_security_adviser", "CAN", date(2023, 1, 10), "per_jody-thomas"),
    ("au_commission_chair", "IGO", date(2020, 1, 10), "per_moussa-faki-mahamat"),
    ("korea_trade_minister", "KOR", date(2025, 10, 1), "per_yeo-han-koo"),
    ("korea_trade_minister", "KOR", date(2024, 6, 1), "per_cheong-in-kyo"),
    ("industry_minister", "KOR", date(2025, 10, 1), "per_kim-jung-kwan"),
    ("justice_minister", "KOR", date(2025, 10, 1), "per_jung-sung-ho"),
])
def test_the_office_holder_on_a_day(office, country, day, person):
    assert [p.id for p in kb().holders(office, day, country)] == [person]


def test_common_korean_names_name_the_minister_only_before_a_title():
    """박영식 (North Korea's defence minister to 2018) and 김영훈 are common South Korean names: bare, they are no one
    the knowledge base knows; before a title they are the office holder."""
    assert {"박영식", "김영훈"} <= {n for p in kb().persons.values() for n in p.ko_titled}
    assert not {"박영식", "김영훈"} & {n for p in kb().persons.values() for n in p.ko}
    assert ("PRK", "GOV") in acting("박영식 인민무력상은 22일 노르웨이를 비난했다.", date(2017, 9, 22))


@pytest.mark.parametrize("text, day, party", [
    ("마흐무드 알리 유수프 아프리카연합 집행위원장은 22일 노르웨이를 비난했다.", date(2025, 9, 22), ("IGO", "IGO")),
    ("The AU Commission chairperson condemned Norway on Monday.", date(2025, 9, 22), ("IGO", "IGO")),
    ("윤호중 행정안전부 장관은 22일 노르웨이를 비난했다.", date(2025, 9, 22), ("KOR", "GOV")),
])
def test_new_office_holders_act_for_their_body(text, day, party):
    assert party in acting(text, day)
