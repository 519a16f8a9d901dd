"""The office file: portfolios expand into offices, equivalence classes, and the office a title means
in a named state."""
import pytest

from readout.kb.loader import kb
from readout.kb.offices import equivalence, office_for, same_office
from readout.kb.schema import OfficesFile


def test_every_office_the_persons_file_needs_exists():
    for oid in ["president", "vice_president", "prime_minister", "deputy_prime_minister", "foreign_minister",
                "defense_minister", "national_security_adviser", "nuclear_envoy", "korea_peace_envoy",
                "unification_minister", "secretary_of_state", "secretary_of_defense", "un_secretary_general",
                "nato_secretary_general", "eu_council_president", "eu_commission_president",
                "eu_high_representative", "chancellor", "king", "prk_leader"]:
        assert oid in kb().offices


def test_portfolios_expand_with_both_languages():
    trade = kb().offices["trade_minister"]
    assert {"Trade Minister", "Minister of Commerce", "Commerce Secretary"} <= set(trade.en)
    assert "통상부장관" in trade.ko
    assert "외교부제1차관" in kb().offices["vice_foreign_minister"].ko


@pytest.mark.parametrize("office, country, expected", [
    ("foreign_minister", "USA", "secretary_of_state"),
    ("defense_minister", "USA", "secretary_of_defense"),
    ("secretary_of_state", "GBR", "foreign_minister"),
    ("prime_minister", "DEU", "chancellor"),
    ("leader", "PRK", "prk_leader"),
    ("leader", "CHN", "president"),
    ("prk_leader", "CHN", "president"),
    ("nuclear_envoy", "KOR", "korea_peace_envoy"),
    ("foreign_minister", "ARM", "foreign_minister"),
    ("foreign_minister", None, "foreign_minister"),
])
def test_office_for_a_state(office, country, expected):
    assert office_for(office, country) == expected


def test_equivalent_offices_are_one():
    assert equivalence("secretary_of_state") == "foreign_minister"
    assert same_office("secretary_of_defense", "defense_minister")
    assert not same_office("foreign_minister", "defense_minister")


def base(**extra):
    return {"version": 1, "updated": "2026-01-01", "offices": [{"id": "a", "name": "A", "sector": "GOV", **extra}]}


@pytest.mark.parametrize("data, message", [
    (base(sector="XXX"), "PLOVER sector"),
    (base(equivalent="nothing"), "not an office"),
    ({"version": 1, "updated": "2026-01-01", "offices": [
        {"id": "a", "name": "A", "sector": "GOV", "en": ["Chief"]},
        {"id": "b", "name": "B", "sector": "GOV", "en": ["Chief"]}]}, "belongs to both"),
])
def test_the_schema_rejects(data, message):
    with pytest.raises(ValueError, match=message):
        OfficesFile.model_validate(data)
