"""The country data: every ISO 3166-1 entry present in both languages, and `kb check` refusing an
unknown code, a duplicate form, and a stale or wrong ambiguity declaration."""
from datetime import date
from importlib import resources

import pytest

from readout.errors import DataFileError
from readout.kb import schema
from readout.kb.data_checks import check_countries, merge_countries
from readout.kb.geo import all_country_codes, country_index, metonym_index
from readout.kb.loader import IGO_CODES, kb
from tests.conftest import need_shared

KNOWN = {"KOR", "PRK", "GEO", "USA"} | IGO_CODES


def countries(*entries, ambiguous=(), **fields):
    return schema.CountriesFile(version=1, updated=date(2026, 1, 1), abbreviations_ko={"한": "KOR"},
                                leader_office={}, hanja_ko={}, ambiguous=list(ambiguous), **fields,
                                countries=[schema.CountryEntry(**e) for e in entries])


def test_an_unknown_code_is_refused():
    with pytest.raises(DataFileError, match="unknown country code XYZ"):
        check_countries(countries({"code": "XYZ", "en": ["Xyzland"]}), KNOWN)


def test_an_unknown_code_in_the_compound_table_is_refused():
    data = countries({"code": "KOR", "en": ["Korea"]})
    data.abbreviations_ko["쥐"] = "ZZZ"
    with pytest.raises(DataFileError, match="unknown country code ZZZ"):
        check_countries(data, KNOWN)


def test_a_duplicate_form_is_refused():
    data = countries({"code": "KOR", "en": ["Korea"]}, {"code": "PRK", "en": ["Korea"]})
    with pytest.raises(DataFileError, match="'Korea' belongs to both KOR and PRK"):
        check_countries(data, KNOWN)


def test_a_duplicate_across_kinds_of_form_is_refused():
    data = countries({"code": "USA", "metonyms_en": ["Georgia"]}, {"code": "GEO", "en": ["Georgia"]})
    with pytest.raises(DataFileError, match="belongs to both"):
        check_countries(data, KNOWN)


def test_a_declared_ambiguous_form_is_accepted():
    declared = schema.AmbiguousForm(form="Korea", code="KOR", why="both Koreas")
    check_countries(countries({"code": "KOR", "en": ["Korea"]}, {"code": "PRK", "en": ["Korea"]},
                              ambiguous=[declared]), KNOWN)


def test_a_stale_declaration_is_refused():
    declared = schema.AmbiguousForm(form="Corea", code="KOR", why="old spelling")
    with pytest.raises(DataFileError, match="used by no entry"):
        check_countries(countries({"code": "KOR", "en": ["Korea"]}, ambiguous=[declared]), KNOWN)


def test_a_declaration_for_a_code_that_does_not_list_the_form_is_refused():
    declared = schema.AmbiguousForm(form="Korea", code="USA", why="wrong")
    with pytest.raises(DataFileError, match="does not list it"):
        check_countries(countries({"code": "KOR", "en": ["Korea"]}, ambiguous=[declared]), KNOWN)


def test_a_wrong_guard_is_refused_by_the_schema():
    with pytest.raises(ValueError):
        schema.AmbiguousForm(form="Korea", code="KOR", guard="sometimes", why="x")


def test_merge_keeps_hand_forms_first():
    hand = countries({"code": "KOR", "ko": ["한국"], "en": ["South Korea"]})
    world = schema.CountriesWorldFile(version=1, updated=date(2026, 1, 1), countries=[
        schema.CountryEntry(code="KOR", iso2="KR", name="South Korea", ko=["대한민국", "한국"], en=["South Korea"])])
    (merged,) = merge_countries(hand, world).countries
    assert merged.ko == ["한국", "대한민국"] and merged.iso2 == "KR"


@pytest.mark.parametrize("key, field", [("doctrines_en", "adjectives_en"), ("doctrines_ko", "ko"), ("variants_ko", "ko")])
def test_a_doctrine_joins_its_state_last(key, field):
    hand = countries({"code": "ARG", "ko": ["아르헨티나"], "adjectives_en": ["Argentine"]},
                     **{key: {"Peronist": "ARG"}})
    world = schema.CountriesWorldFile(version=1, updated=date(2026, 1, 1), countries=[
        schema.CountryEntry(code="ARG", iso2="AR", name="Argentina", ko=["아르헨티나"], adjectives_en=["Argentinian"])])
    (merged,) = merge_countries(hand, world).countries
    assert getattr(merged, field)[-1] == "Peronist" and getattr(merged, field)[0] != "Peronist"


def test_a_doctrine_of_an_unknown_state_is_refused():
    hand = countries({"code": "ARG", "en": ["Argentina"]}, doctrines_en={"Peronist": "XXX"})
    world = schema.CountriesWorldFile(version=1, updated=date(2026, 1, 1), countries=[])
    with pytest.raises(DataFileError, match="doctrine"):
        merge_countries(hand, world)


def test_every_iso_country_and_territory_is_known_in_both_languages():
    entries = {c.code: c for c in kb().countries.countries}
    iso = all_country_codes() - {"SCG", "ANT"}  # GeoNames keeps two codes ISO has withdrawn
    assert len(iso) >= 249 and iso <= set(entries)
    for code in iso:
        assert entries[code].en and entries[code].ko, code


def test_states_have_their_capitals_as_metonyms():
    metonyms = metonym_index()
    for capital, code in [("Yerevan", "ARM"), ("Manila", "PHL"), ("Kyiv", "UKR"), ("Tehran", "IRN"),
                          ("Ouagadougou", "BFA"), ("Vientiane", "LAO"), ("평양", "PRK"), ("워싱턴", "USA")]:
        assert metonyms[capital] == code
    assert "Hamilton" not in metonyms  # Bermuda is a territory


def test_ambiguous_forms_resolve_to_their_declared_code():
    assert country_index()["Korea"] == "KOR" and country_index()["Congo"] == "COD"


def test_the_generated_file_names_its_sources_and_licences():
    head = resources.files("readout.data").joinpath("countries_world.yaml").read_text(encoding="utf-8")[:1500]
    for word in ("CLDR", "Unicode", "GeoNames", "CC BY", "Phoenix", "MIT", "GENERATED"):
        assert word in head


def test_the_generated_file_is_what_the_script_builds():
    phoenix = need_shared("data", "open-event-data", "Phoenix.Countries.actors.txt")
    pytest.importorskip("english_words", reason="the build's English-word filter (english-words==2.0.2, build only)")
    from scripts.data.build_countries import build

    built = {e["code"]: e for e in build(phoenix)["entries"]}
    shipped = {c.code: c for c in schema.CountriesWorldFile.model_validate(
        __import__("yaml").safe_load(resources.files("readout.data").joinpath("countries_world.yaml")
                                     .read_text(encoding="utf-8"))).countries}
    assert set(built) == set(shipped)
    for code, entry in built.items():
        assert entry.get("en", []) == shipped[code].en, code


def test_korean_press_variants_name_their_states_after_the_cldr_form():
    """Every variant resolves to its state and never displaces the state's first Korean name."""
    variants = kb().countries.variants_ko if hasattr(kb().countries, "variants_ko") else {}
    by_code = {c.code: c for c in kb().countries.countries}
    assert len(variants) >= 60
    for form, code in variants.items():
        assert country_index()[form] == code, form
        assert by_code[code].ko[0] != form, form
