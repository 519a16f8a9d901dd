"""The shipped persons.yaml: it loads, every entry says where it comes from, tenures never overlap, and
"who held office X of country C on day D" answers the right person, whose English and Hangul names both
resolve to that person. `kb check` refuses an unknown code, a duplicate form and overlapping tenures."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
import yaml

from readout.cli import main
from readout.errors import DataFileError
from readout.kb.loader import kb, load_kb
from readout.kb.knowledge import Knowledge

D = date.fromisoformat

# (office, country, day, person id): days sit inside a tenure, away from hand-over days.
HOLDERS = [
    ("president", "KOR", "2018-04-27", "per_moon-jae-in"),
    # the first months of 2017 and other holes a coverage check found (tests/kb/test_persons_coverage.py)
    ("president", "KOR", "2016-06-01", "per_park-geun-hye"),
    ("national_security_adviser", "KOR", "2016-06-01", "per_kim-kwan-jin"),
    ("president", "FRA", "2017-02-01", "per_francois-hollande"),
    ("defense_minister", "FRA", "2016-02-01", "per_jean-yves-le-drian"),
    ("president", "DEU", "2017-01-15", "per_joachim-gauck"),
    ("defense_minister", "GBR", "2017-06-01", "per_michael-fallon"),
    ("defense_minister", "UKR", "2018-05-01", "per_stepan-poltorak"),
    ("president", "MNG", "2016-05-01", "per_tsakhiagiin-elbegdorj"),
    ("foreign_minister", "MNG", "2019-01-01", "per_damdin-tsogtbaatar"),
    ("defense_minister", "BRA", "2022-08-01", "per_paulo-sergio-nogueira"),
    ("defense_minister", "ARG", "2020-06-01", "per_agustin-rossi"),
    ("nuclear_envoy", "CHN", "2016-01-01", "per_wu-dawei"),
    ("prime_minister", "PAK", "2020-01-01", "per_imran-khan"),
    ("president", "KOR", "2023-08-18", "per_yoon-suk-yeol"),
    ("president", "KOR", "2025-09-01", "per_lee-jae-myung"),
    ("prime_minister", "KOR", "2018-06-01", "per_lee-nak-yon"),
    ("prime_minister", "KOR", "2020-06-01", "per_chung-sye-kyun"),
    ("prime_minister", "KOR", "2021-10-01", "per_kim-boo-kyum"),
    ("prime_minister", "KOR", "2025-09-01", "per_kim-min-seok"),
    ("foreign_minister", "KOR", "2019-01-01", "per_kang-kyung-wha"),
    ("foreign_minister", "KOR", "2021-06-01", "per_chung-eui-yong"),
    ("foreign_minister", "KOR", "2025-01-20", "per_cho-tae-yul"),
    ("defense_minister", "KOR", "2018-01-01", "per_song-young-moo"),
    ("defense_minister", "KOR", "2020-01-01", "per_jeong-kyeong-doo"),
    ("defense_minister", "KOR", "2021-09-01", "per_suh-wook"),
    ("defense_minister", "KOR", "2025-09-01", "per_ahn-gyu-back"),
    ("unification_minister", "KOR", "2018-04-27", "per_cho-myoung-gyon"),
    ("unification_minister", "KOR", "2021-01-01", "per_lee-in-young"),
    ("national_security_adviser", "KOR", "2018-06-12", "per_chung-eui-yong"),
    ("national_security_adviser", "KOR", "2021-01-01", "per_suh-hoon"),
    ("korea_peace_envoy", "KOR", "2019-02-01", "per_lee-do-hoon"),
    ("nuclear_envoy", "KOR", "2023-01-01", "per_kim-gunn"),
    ("prk_leader", "PRK", "2020-01-01", "per_kim-jong-un"),
    ("foreign_minister", "PRK", "2018-06-12", "per_ri-yong-ho"),
    ("foreign_minister", "PRK", "2021-01-01", "per_ri-son-gwon"),
    ("foreign_minister", "PRK", "2024-06-19", "per_choe-son-hui"),
    ("prime_minister", "PRK", "2022-01-01", "per_kim-tok-hun"),
    ("president", "USA", "2019-02-27", "per_donald-trump"),
    ("president", "USA", "2022-05-21", "per_joe-biden"),
    ("vice_president", "USA", "2025-06-01", "per_jd-vance"),
    ("foreign_minister", "USA", "2017-06-01", "per_rex-tillerson"),
    ("secretary_of_state", "USA", "2019-06-01", "per_mike-pompeo"),
    ("foreign_minister", "USA", "2023-04-01", "per_antony-blinken"),
    ("foreign_minister", "USA", "2025-07-31", "per_marco-rubio"),
    ("defense_minister", "USA", "2018-01-01", "per_jim-mattis"),
    ("defense_minister", "USA", "2020-01-01", "per_mark-esper"),
    ("national_security_adviser", "USA", "2018-06-12", "per_john-bolton"),
    ("deputy_secretary_of_state", "USA", "2018-06-01", "per_john-j-sullivan"),
    ("nuclear_envoy", "USA", "2019-02-01", "per_stephen-biegun"),
    ("prime_minister", "JPN", "2019-01-01", "per_shinzo-abe"),
    ("prime_minister", "JPN", "2021-03-01", "per_yoshihide-suga"),
    ("prime_minister", "JPN", "2026-01-01", "per_sanae-takaichi"),
    ("foreign_minister", "JPN", "2025-01-20", "per_takeshi-iwaya"),
    ("foreign_minister", "JPN", "2018-01-01", "per_taro-kono"),
    ("defense_minister", "JPN", "2025-01-01", "per_gen-nakatani"),
    ("defense_minister", "JPN", "2021-06-01", "per_nobuo-kishi"),
    ("emperor", "JPN", "2020-01-01", "per_naruhito"),
    ("nuclear_envoy", "JPN", "2022-01-01", "per_takehiro-funakoshi"),
    ("president", "CHN", "2020-01-01", "per_xi-jinping"),
    ("prime_minister", "CHN", "2020-01-01", "per_li-keqiang"),
    ("foreign_minister", "CHN", "2023-03-01", "per_qin-gang"),
    ("defense_minister", "CHN", "2020-01-01", "per_wei-fenghe"),
    ("defense_minister", "CHN", "2024-06-01", "per_dong-jun"),
    ("prime_minister", "RUS", "2018-01-01", "per_dmitry-medvedev"),
    ("defense_minister", "RUS", "2022-03-01", "per_sergei-shoigu"),
    ("defense_minister", "RUS", "2024-09-13", "per_andrei-belousov"),
    ("foreign_minister", "RUS", "2024-06-19", "per_sergey-lavrov"),
    ("president", "UKR", "2018-01-01", "per_petro-poroshenko"),
    ("foreign_minister", "UKR", "2022-03-01", "per_dmytro-kuleba"),
    ("chancellor", "DEU", "2019-01-01", "per_angela-merkel"),
    ("prime_minister", "DEU", "2023-01-01", "per_olaf-scholz"),
    ("foreign_minister", "DEU", "2022-06-01", "per_annalena-baerbock"),
    ("defense_minister", "DEU", "2018-01-01", "per_ursula-von-der-leyen"),
    ("president", "FRA", "2020-01-01", "per_emmanuel-macron"),
    ("foreign_minister", "FRA", "2019-01-01", "per_jean-yves-le-drian"),
    ("prime_minister", "GBR", "2020-01-01", "per_boris-johnson"),
    ("foreign_minister", "GBR", "2024-01-01", "per_david-cameron"),
    ("king", "GBR", "2023-05-06", "per_charles-iii"),
    ("prime_minister", "ITA", "2023-01-01", "per_giorgia-meloni"),
    ("prime_minister", "CAN", "2020-01-01", "per_justin-trudeau"),
    ("foreign_minister", "CAN", "2023-01-01", "per_melanie-joly"),
    ("prime_minister", "AUS", "2020-01-01", "per_scott-morrison"),
    ("foreign_minister", "AUS", "2023-01-01", "per_penny-wong"),
    ("prime_minister", "IND", "2020-01-01", "per_narendra-modi"),
    ("foreign_minister", "IND", "2020-01-01", "per_subrahmanyam-jaishankar"),
    ("president", "IDN", "2020-01-01", "per_joko-widodo"),
    ("president", "BRA", "2020-01-01", "per_jair-bolsonaro"),
    ("president", "ARG", "2024-06-01", "per_javier-milei"),
    ("president", "MEX", "2020-01-01", "per_andres-manuel-lopez-obrador"),
    ("prime_minister", "SAU", "2023-01-01", "per_mohammed-bin-salman"),
    ("king", "SAU", "2023-01-01", "per_salman-bin-abdulaziz"),
    ("president", "ZAF", "2020-01-01", "per_cyril-ramaphosa"),
    ("president", "TUR", "2020-01-01", "per_recep-tayyip-erdogan"),
    ("foreign_minister", "TUR", "2024-01-01", "per_hakan-fidan"),
    ("president", "MNG", "2022-01-01", "per_ukhnaagiin-khurelsukh"),
    ("president", "VNM", "2020-01-01", "per_nguyen-phu-trong"),
    ("prime_minister", "VNM", "2023-01-01", "per_pham-minh-chinh"),
    ("president", "PHL", "2020-01-01", "per_rodrigo-duterte"),
    ("prime_minister", "SGP", "2020-01-01", "per_lee-hsien-loong"),
    ("prime_minister", "NZL", "2020-01-01", "per_jacinda-ardern"),
    ("eu_council_president", "EUR", "2018-01-01", "per_donald-tusk"),
    ("prime_minister", "POL", "2024-06-01", "per_donald-tusk"),
    ("eu_commission_president", "EUR", "2022-01-01", "per_ursula-von-der-leyen"),
    ("foreign_minister", "EUR", "2022-01-01", "per_josep-borrell"),
    ("nato_secretary_general", "IGO", "2020-01-01", "per_jens-stoltenberg"),
    ("nato_secretary_general", "IGO", "2025-06-01", "per_mark-rutte"),
    ("un_secretary_general", "UNO", "2020-01-01", "per_antonio-guterres"),
    ("defense_minister", "VNM", "2019-06-01", "per_ngo-xuan-lich"),
    ("defense_minister", "VNM", "2024-06-01", "per_phan-van-giang"),
    ("defense_minister", "MEX", "2022-06-01", "per_luis-cresencio-sandoval"),
    ("defense_minister", "MEX", "2025-06-01", "per_ricardo-trevilla-trejo"),
    ("defense_minister", "BRA", "2020-06-01", "per_fernando-azevedo-e-silva"),
    ("defense_minister", "BRA", "2024-06-01", "per_jose-mucio"),
]


@pytest.fixture(scope="module")
def resolver():
    return Knowledge.load().resolver


def test_the_table_is_large_enough():
    assert len(HOLDERS) >= 60 and len({c for _o, c, _d, _p in HOLDERS}) >= 25


@pytest.mark.parametrize("office, country, day, pid", HOLDERS)
def test_who_held_the_office_on_the_day(office, country, day, pid):
    assert [p.id for p in kb().holders(office, D(day), country)] == [pid]


@pytest.mark.parametrize("office, country, day, pid", HOLDERS)
def test_both_languages_name_the_same_person(resolver, office, country, day, pid):
    person = kb().persons[pid]
    forms = [person.name, *person.ko[:1]]
    assert len(forms) == 2, f"{pid} has no Hangul form"
    assert {resolver.resolve(f, day=D(day)).id for f in forms} == {pid}


def test_every_person_names_a_source():
    assert len(kb().persons) >= 300
    assert all(p.source.strip() for p in kb().persons.values())


def test_no_two_people_hold_one_single_holder_office_at_once():
    spans = defaultdict(list)
    for p in kb().persons.values():
        for t in p.offices:
            if t.office in {"president", "prime_minister", "foreign_minister", "defense_minister",
                            "chancellor", "secretary_of_state", "national_security_adviser", "king"}:
                spans[(p.tenure_country(t), t.office)].append((t.from_, t.to or date.max, p.id))
    for key, rows in spans.items():
        rows.sort()
        for (_f1, t1, a), (f2, _t2, b) in zip(rows, rows[1:]):
            assert f2 >= t1, f"{a} and {b} overlap as {key}"


@pytest.mark.parametrize("surface, pid", [
    ("Nakatani Gen", "per_gen-nakatani"),      # Japanese order, derived by the variant rule
    ("나카타니 겐", "per_gen-nakatani"),
    ("Koizumi Shinjiro", "per_shinjiro-koizumi"),
    ("Zelenskyy", "per_volodymyr-zelensky"),    # a head's surname alone, here a variant's (the head that day)
    ("Shoigu", None),                           # a minister's surname alone is no name without a title
    ("Sergei Shoigu", "per_sergei-shoigu"),
    ("Sergey Shoigu", "per_sergei-shoigu"),
    ("Lula da Silva", "per_lula-da-silva"),
    ("Tony Blinken", "per_antony-blinken"),
])
def test_name_variants(resolver, surface, pid):
    found = resolver.resolve(surface, day=D("2025-06-01"))
    assert (found.id == pid) if pid else found.reason == "new person"


def test_a_tenure_abroad_gives_the_country_of_that_office(resolver):
    assert resolver.resolve("Donald Tusk", day=D("2018-03-01")).country == "EUR"
    assert resolver.resolve("도날드 투스크", day=D("2024-03-01")).country == "POL"


def test_equivalence_runs_one_way():
    """The Secretary of State answers "foreign minister of the USA"; asking for the Secretary of
    State does not bring every foreign minister of the world."""
    found = kb().holders("secretary_of_state", D("2023-04-01"))
    assert [p.id for p in found] == ["per_antony-blinken"]
    assert len(kb().holders("foreign_minister", D("2023-04-01"))) > 10


# --- kb check on crafted data -------------------------------------------------------------------------
def entry(pid, name, ko, country="KOR", *tenures):
    return {"id": pid, "name": name, "ko": ko, "origin": "ko", "country": country, "source": "test list",
            "offices": [{"office": o, "from": f, "to": t} for o, f, t in tenures]}


BAD = [
    ("unknown country code", [entry("per_a", "Hong A", ["홍아"], "XYZ")]),
    ("belongs to both", [entry("per_a", "Hong A", ["홍길"]), entry("per_b", "Hong B", ["홍길"])]),
    ("overlapping", [entry("per_a", "Hong A", ["홍아"], "KOR", ("defense_minister", "2020-01-01", "2021-01-01"),
                           ("defense_minister", "2020-06-01", None))]),
    ("both hold", [entry("per_a", "Hong A", ["홍아"], "KOR", ("defense_minister", "2020-01-01", "2021-01-01")),
                   entry("per_b", "Hong B", ["홍비"], "KOR", ("defense_minister", "2020-06-01", None))]),
    ("source", [{k: v for k, v in entry("per_a", "Hong A", ["홍아"]).items() if k != "source"}]),
]


@pytest.mark.parametrize("message, persons", BAD, ids=[m for m, _ in BAD])
def test_kb_check_rejects_bad_person_data(with_persons, capsys, message, persons):
    with_persons(*persons)
    with pytest.raises(DataFileError, match=message):
        load_kb()
    assert main(["kb", "check"]) == 3
    assert "persons.yaml" in capsys.readouterr().err


def test_kb_check_accepts_good_crafted_data(with_persons):
    with_persons(entry("per_a", "Hong A", ["홍아"], "KOR", ("defense_minister", "2020-01-01", "2021-01-01")),
                 entry("per_b", "Hong B", ["홍비"], "KOR", ("defense_minister", "2021-01-01", None)))
    assert main(["kb", "check"]) == 0


def test_the_data_file_parses_as_plain_yaml():
    """No anchors or tags a reader of the file would have to know about."""
    from importlib import resources
    text = resources.files("readout.data").joinpath("persons.yaml").read_text(encoding="utf-8")
    assert "&" not in text.replace("&amp;", "") and "!!" not in text
    assert len(yaml.safe_load(text)["persons"]) == len(kb().persons)


@pytest.mark.parametrize("surface, day, pid", [
    ("이", "2018-06-01", None),                 # Lee Nak-yon was prime minister, not a 장관
    ("박", "2022-08-09", "per_park-jin"),
    ("Kuleba", "2022-03-01", "per_dmytro-kuleba"),
])
def test_a_surname_with_a_generic_minister_title(resolver, surface, day, pid):
    found = resolver.by_partial_name(surface, "minister", None, D(day))
    assert (found.id if found else None) == pid


# a title named without a name or a state names its holder only where the base knows that office in one state
@pytest.mark.parametrize("office, day, pid", [
    ("secretary_of_state", "2023-04-01", "per_antony-blinken"),
    ("president", "2000-01-01", None),        # Lukashenko is the base's only president that day: an artefact
    ("party_leader", "2020-01-01", None),
    ("supreme_leader", "2019-01-01", None),
])
def test_sole_holder_without_a_state(office, day, pid):
    found = kb().sole_holder(office, D(day), None)
    assert (found.id if found else None) == pid
