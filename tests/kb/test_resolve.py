from datetime import date

import pytest

from readout.kb.loader import kb
from readout.kb.names import normalize
from readout.kb.knowledge import Knowledge, LearnedAliases


@pytest.fixture
def resolver():
    return Knowledge.load().resolver


@pytest.mark.parametrize("surface, pid, reason", [
    ("조태열", "per_cho-tae-yul", "exact alias"),
    ("Cho Tae-yeol", "per_cho-tae-yul", "variant rule"),
    ("Jo Tae-yul", "per_cho-tae-yul", "variant rule"),
    ("Tony Blinken", "per_antony-blinken", "exact alias"),
    ("Iwaya Takeshi", "per_takeshi-iwaya", "variant rule"),
    ("이와야 다케시", "per_takeshi-iwaya", "exact alias"),
])
def test_name_forms(resolver, surface, pid, reason):
    e = resolver.resolve(surface, day=date(2024, 11, 14))
    assert (e.id, e.reason) == (pid, reason)


def test_office_by_date_picks_who_held_it(resolver):
    assert [p.id for p in kb().holders("foreign_minister", date(2022, 8, 4), "KOR")] == ["per_park-jin"]
    assert [p.id for p in kb().holders("foreign_minister", date(2024, 6, 1), "KOR")] == ["per_cho-tae-yul"]


def test_surname_and_title_resolve_by_date(resolver):
    e = resolver.resolve("Hayashi", office="foreign_minister", country="JPN", day=date(2022, 8, 5))
    assert (e.id, e.reason) == ("per_yoshimasa-hayashi", "title + date")


def test_misspelled_hangul_given_name_resolves_by_title(resolver):
    e = resolver.resolve("하야시 요시히토", office="foreign_minister", country="JPN", day=date(2022, 8, 4))
    assert e.id == "per_yoshimasa-hayashi"


def test_unknown_korean_name_gets_romanized_with_stable_id(resolver):
    a = resolver.resolve("홍길순", office="director_general", country="KOR")
    b = resolver.resolve("홍길순", office="director_general", country="KOR")
    assert a.name == "Hong Gil-sun" and "홍길순" in a.names and a.id == b.id and a.reason == "new person"


def test_an_alias_learned_by_an_earlier_run_resolves_in_the_next(resolver):
    person = resolver.resolve("홍길순", country="KOR")
    learned = LearnedAliases({normalize("Hong Kil-soon"): person.id}, {person.id: person})
    again = Knowledge.load(learned).resolver.resolve("Hong Kil-soon")
    assert again.id == person.id and again.reason == "learned alias"
    assert resolver.resolve("Hong Kil-soon").reason == "new person"  # the run's own knowledge never changes


def test_a_korean_surname_with_a_title_resolves_by_date(resolver):
    found = resolver.by_partial_name("박", "minister", None, date(2022, 8, 9))
    assert found is not None and found.id == "per_park-jin"


@pytest.mark.parametrize("surface, office, day, pid", [
    ("Antony Hartwell", "secretary_of_state", date(2023, 6, 1), None),  # a shared given name: another person
    ("Tony Blinken", "secretary_of_state", date(2023, 6, 1), "per_antony-blinken"),
    ("Cho Hyoung", "foreign_minister", date(2025, 8, 1), "per_cho-hyun"),  # family name first, given misspelled
])
def test_a_latin_partial_name_needs_the_family_name(resolver, surface, office, day, pid):
    found = resolver.by_partial_name(surface, office, None, day)
    assert (found.id if found else None) == pid


# (actors52) a Hangul name of several words shares only a given name with a known holder of its title: another person
@pytest.mark.parametrize("surface, office, country, day, pid", [
    ("루이스 페냐란다", "president", None, date(2024, 5, 2), None),  # not the Brazilian president Luiz Inacio
    ("조 맥케인", "president", None, date(2023, 6, 1), None),  # not Joe Biden
    ("안토니 하트웰", "secretary_of_state", None, date(2023, 6, 1), None),  # not Antony Blinken
    ("하야시 요시히토", "foreign_minister", "JPN", date(2022, 8, 4), "per_yoshimasa-hayashi"),  # family name first
    ("토니 블링컨", "secretary_of_state", None, date(2023, 6, 1), "per_antony-blinken"),  # given name misspelled
])
def test_a_hangul_partial_name_needs_the_family_name(resolver, surface, office, country, day, pid):
    found = resolver.by_partial_name(surface, office, country, day)
    assert (found.id if found else None) == pid


def test_a_titled_hangul_name_sharing_a_given_name_is_a_new_person(resolver):
    e = resolver.resolve("루이스 페냐란다", office="president", day=date(2024, 5, 2))
    assert e.id != "per_lula-da-silva" and e.country != "BRA"


# another transliteration of a whole non-East-Asian name (kb/names.py skeleton_key; issue 14, actors9)
@pytest.mark.parametrize("surface, pid", [
    ("Volodymyr Zelenskiy", "per_volodymyr-zelensky"),
    ("Muhammad bin Salman", "per_mohammed-bin-salman"),
    ("Abdel-Fattah el-Sissi", "per_abdel-fattah-el-sisi"),
    ("Recep Tayip Erdogan", "per_recep-tayyip-erdogan"),
    ("Benyamin Netanyahou", "per_benjamin-netanyahu"),
    ("Jake Sulivan", "per_jake-sullivan"),
])
def test_another_transliteration_of_a_whole_name(resolver, surface, pid):
    found = resolver.resolve(surface, day=date(2024, 5, 22))
    assert (found.id, found.reason) == (pid, "transliteration")


@pytest.mark.parametrize("surface", [
    "Zelenskiy",              # a bare surname: too short a skeleton to tell people apart
    "Christopher Freeland",   # word by word: not Chrystia Freeland, not Christopher Landau
    "Park Jun",               # East Asian names keep their own romanization rules (not Park Jin)
    "Olaf Sholz",             # a consonant missing is another name
])
def test_a_transliteration_never_matches_another_name(resolver, surface):
    assert resolver.resolve(surface, day=date(2024, 5, 22)).reason != "transliteration"


def test_two_people_of_one_skeleton_name_neither_off_their_dates(resolver):
    from readout.kb.names import skeleton_key

    assert skeleton_key("Michael Flynn") == skeleton_key("Michael Fallon")
    assert resolver.resolve("Michael Flinn", day=date(2024, 5, 22)).reason == "new person"


@pytest.mark.parametrize("a, b", [
    ("Zelensky", "Zelenskyy"), ("Mohammed Morsi", "Muhammad Mursi"), ("Philippe", "Filipe"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko"), ("Abdel-Fattah", "Abdel Fattah"),
])
def test_skeletons_of_spellings_of_one_name(a, b):
    from readout.kb.names import skeleton_key

    assert skeleton_key(a + " Xxxxxxx") == skeleton_key(b + " Xxxxxxx")
