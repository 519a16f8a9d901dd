"""Title + nationality + name in English for any state: over 60 states, each form resolving to the
right country, office and sector."""
import pytest

from readout.kb.geo import country_index
from readout.kb.loader import kb
from readout.lang.en.mentions import find_mentions
from tests.lang.title_table import SPECIFIC, rows


def office_of(title, code, office):
    return SPECIFIC.get((title, code), office)


def check(text, name, code, office, sector):
    found = [m for m in find_mentions(text) if m.surface == name]
    assert found, (text, [(m.surface, m.office) for m in find_mentions(text)])
    m = found[0]
    assert (m.country, m.office, kb().offices[m.office].sector) == (code, office, sector), text


CASES = rows(2)


@pytest.mark.parametrize("code, en, adj, ko, office, name, _ko_name", CASES)
def test_country_genitive_title_name(code, en, adj, ko, office, name, _ko_name):
    title, _t, oid, sector = office
    check(f"{en}'s {title} {name} arrived on Tuesday.", name, code, office_of(title, code, oid), sector)


@pytest.mark.parametrize("code, en, adj, ko, office, name, _ko_name", CASES)
def test_adjective_title_name(code, en, adj, ko, office, name, _ko_name):
    if adj not in country_index():
        pytest.xfail("needs countries data")
    title, _t, oid, sector = office
    check(f"{adj} {title} {name} strongly condemned the attack.", name, code, office_of(title, code, oid), sector)


@pytest.mark.parametrize("code, en, adj, ko, office, name, _ko_name", CASES)
def test_appositive(code, en, adj, ko, office, name, _ko_name):
    title, _t, oid, sector = office
    check(f"{name}, {en}'s {title.lower()}, met reporters.", name, code, office_of(title, code, oid), sector)


@pytest.mark.parametrize("code, en, adj, ko, office, name, _ko_name", CASES)
def test_state_after_name(code, en, adj, ko, office, name, _ko_name):
    """'Defense Minister X of Peru': the state written after the name."""
    title, _t, oid, sector = office
    the = "the " if en in ("Netherlands", "Philippines") else ""
    check(f"{title} {name} of {the}{en} arrived on Tuesday.", name, code, office_of(title, code, oid), sector)


@pytest.mark.parametrize("text, name", [
    ("Interior Minister Anna Berg of the ruling party spoke.", "Anna Berg"),  # not a state
    ("Foreign Minister Anna Berg, of whom much was said, spoke.", "Anna Berg"),
])
def test_no_state_after_name(text, name):
    found = [m for m in find_mentions(text) if m.surface == name]
    assert found and found[0].country is None, [(m.surface, m.country) for m in find_mentions(text)]


@pytest.mark.parametrize("text, name, code, office, sector", [
    ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.", "Olaf Scholz", "DEU", "chancellor", "GOV"),
    ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.", "Emmanuel Macron", "FRA", "president", "GOV"),
    ("Japan's Defense Minister Gen Nakatani visited Seoul.", "Gen Nakatani", "JPN", "defense_minister", "GOV"),
    ("Germany's Chancellor Olaf Scholz spoke.", "Olaf Scholz", "DEU", "chancellor", "GOV"),
    ("Chinese Foreign Ministry spokesperson Lin Jian said so.", "Lin Jian", "CHN", "spokesperson", "GOV"),
    ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", "RUS", "spokesperson", "GOV"),
    ("U.S. Ambassador to Japan Rahm Emanuel spoke.", "Rahm Emanuel", "USA", "ambassador", "GOV"),
    ("North Korean leader Kim Jong Un and Chinese leader Xi Jinping met.", "Xi Jinping", "CHN", "president", "GOV"),
    ("North Korean leader Kim Jong Un and Chinese leader Xi Jinping met.", "Kim Jong Un", "PRK", "prk_leader", "GOV"),
    ("British Defence Secretary John Healey spoke.", "John Healey", "GBR", "defense_minister", "GOV"),
    ("U.S. Defense Secretary Pete Hegseth spoke.", "Pete Hegseth", "USA", "secretary_of_defense", "GOV"),
    ("Secretary General Antonio Guterres spoke.", "Antonio Guterres", "UNO", "un_secretary_general", "IGO"),
    ("NATO Secretary General Mark Rutte spoke.", "Mark Rutte", "IGO", "nato_secretary_general", "IGO"),
    ("Mr. SATO Kenji, Minister for Foreign Affairs of Japan, spoke.", "SATO Kenji", "JPN", "foreign_minister", "GOV"),
    ("Prime Minister of Armenia Nikol Pashinyan spoke.", "Nikol Pashinyan", "ARM", "prime_minister", "GOV"),
    ("Saudi Arabia's Crown Prince Mohammed bin Salman spoke.", "Mohammed bin Salman", "SAU", "crown_prince", "GOV"),
    ("Japan's Chief of Staff Taro Yamada spoke.", "Taro Yamada", "JPN", "chief_of_staff", "GOV"),
    ("Ukraine's Gen. Oleksandr Syrskyi spoke.", "Oleksandr Syrskyi", "UKR", "military_officer", "MIL"),
    ("South Korea's Foreign Ministry spokesperson Lim Soo-suk said.", "Lim Soo-suk", "KOR", "spokesperson", "GOV"),
    ("Gen. Charles Flynn, commander of U.S. Army Pacific, said.", "Charles Flynn", "USA", "commander", "MIL"),
    ("IAEA Director General Rafael Grossi said.", "Rafael Grossi", "IGO", "igo_head", "IGO"),
    ("China's ambassador to the UN Fu Cong said.", "Fu Cong", "CHN", "ambassador", "GOV"),
    ("Iran's Supreme Leader Ali Khamenei said.", "Ali Khamenei", "IRN", "supreme_leader", "GOV"),
    ("EU foreign policy chief Kaja Kallas spoke.", "Kaja Kallas", "EUR", "eu_high_representative", "IGO"),
    ("Chinese Premier Li Qiang spoke.", "Li Qiang", "CHN", "prime_minister", "GOV"),
    ("U.S. Trade Representative Jamieson Greer spoke.", "Jamieson Greer", "USA", "us_trade_representative", "GOV"),
    ("South Korean Trade Minister Yeo Han-koo spoke.", "Yeo Han-koo", "KOR", "korea_trade_minister", "GOV"),
    ("CIA Director John Ratcliffe spoke.", "John Ratcliffe", "USA", "cia_director", "SPY"),
    ("Japan's Speaker Taro Yamada spoke.", "Taro Yamada", "JPN", "speaker", "LEG"),
])
def test_title_forms(text, name, code, office, sector):
    check(text, name, code, office, sector)


@pytest.mark.parametrize("text, name, code, office", [
    ("Polish Foreign Minister Radoslaw Sikorski held talks.", "Radoslaw Sikorski", "POL", "foreign_minister"),
    ("Sikorski, the Polish foreign minister, said.", "Sikorski", "POL", "foreign_minister"),
    ("Armenian Prime Minister Nikol Pashinyan condemned it.", "Nikol Pashinyan", "ARM", "prime_minister"),
])
def test_adjectives_the_countries_helper_adds(text, name, code, office):
    (m,) = [m for m in find_mentions(text) if m.surface == name]
    assert (m.country, m.office) == (code, office)


def test_a_possessive_is_not_part_of_the_name():
    (m,) = find_mentions("Minister Tanaka's visit was cancelled.")
    assert (m.surface, m.role) == ("Tanaka", "genitive")


def test_counterpart_without_comma_takes_the_adjective():
    found = find_mentions("Japanese Foreign Minister Taro Sato held talks with his South Korean counterpart Cho Tae-yul.")
    assert [(m.surface, m.office, m.country) for m in found] == [
        ("Taro Sato", "foreign_minister", "JPN"), ("Cho Tae-yul", "counterpart", "KOR")]


def test_coordinated_counterparts_pair_with_their_countries():
    found = find_mentions("Blinken met his Japanese and South Korean counterparts, Yoko Kamikawa and Park Jin, in Tokyo.")
    assert [(m.surface, m.country) for m in found if m.office == "counterpart"] == [
        ("Yoko Kamikawa", "JPN"), ("Park Jin", "KOR")]


def test_counterparts_without_countries():
    found = find_mentions("He met his counterparts, Anna Novak and Pavel Horvat, on Monday.")
    assert [m.surface for m in found if m.office == "counterpart"] == ["Anna Novak", "Pavel Horvat"]


def test_a_title_with_a_country_and_no_name_is_a_reference():
    (m,) = find_mentions("The Japanese foreign minister said so.")
    assert (m.surface, m.office, m.country) == ("", "foreign_minister", "JPN")


@pytest.mark.parametrize("text", ["General Assembly delegates and General Motors said.", "Premier League clubs met."])
def test_a_body_word_after_a_title_is_no_name(text):
    assert [m.surface for m in find_mentions(text)] == []
