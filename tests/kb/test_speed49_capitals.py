"""(speed49, issue 20) A state's capital from one table built once (`capitals.capital_names`), read-only, the same answer
the per-call inverse of the alpha-2 table gave for every code."""
from __future__ import annotations

import pytest

from readout.kb import capitals, geo, geonames


def inverted_capital(code: str):
    """The former reading: invert the alpha-2 table, find the country's row, look its capital up."""
    to2 = {v: k for k, v in geo.iso2_to_iso3().items()}
    country = geonames.geonames_cache().get_countries().get(to2.get(code, ""))
    entry = geo.lookup_city(country["capital"]) if country and country.get("capital") else None
    return entry if entry is not None and entry.country == code else None


@pytest.mark.parametrize("code, city", [("FRA", "Paris"), ("JPN", "Tokyo"), ("KOR", "Seoul"), ("PER", "Lima"),
                                        ("KEN", "Nairobi")])
def test_capital_of_a_state(code, city):
    assert geo.capital_city(code).name == city
    assert geo.capital_state(city) == code


@pytest.mark.parametrize("code", ["XXX", "", "ATA"])  # negative rows: no such state; a land GeoNames gives no capital
def test_no_capital(code):
    assert geo.capital_city(code) is None


@pytest.mark.parametrize("city", ["Osaka", "Busan", "Springfield"])  # negative rows: cities that are no capital
def test_city_that_is_no_capital(city):
    assert geo.capital_state(city) is None


def test_every_code_as_the_inverse_gave():
    codes = sorted(set(geo.iso2_to_iso3().values()))
    assert [geo.capital_city(c) for c in codes] == [inverted_capital(c) for c in codes]


def test_table_is_read_only():
    with pytest.raises(TypeError):
        capitals.capital_names()["FRA"] = "Lyon"
    assert capitals.capital_names() is capitals.capital_names()  # built once
