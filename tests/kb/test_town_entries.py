"""places53 (issue 13): a town English spells another way than GeoNames ('Khan Younis', 'Gaza City') is GeoNames' own
city of its state (kb/town_spellings.town_entry), the entry the Korean name hears, so one town is one place in both languages;
and a territory of places.yaml is a region, no city (kb/geo.city_index, places.yaml `kind`). Our own rows."""
from __future__ import annotations

import pytest

from readout.kb.geo import lookup_city
from readout.kb.town_spellings import town_entry


@pytest.mark.parametrize("form, code, name", [
    ("Khan Younis", "PSE", "Khān Yūnis"),
    ("Gaza City", "PSE", "Gaza"),
    ("Jenin", "PSE", "Janīn"),
    ("Khan Younis", "EGY", None),  # another state's: no town of that spelling there
    ("Narnia", "PSE", None),  # no town
])
def test_an_english_spelling_is_geonames_own_town(form, code, name):
    entry = town_entry(form, code)
    assert (entry.name if entry else None) == name
    assert entry is None or (entry.lat is not None and entry.country == code and entry.kind == "city")


@pytest.mark.parametrize("form, kind", [
    ("Gaza Strip", "region"), ("가자지구", "region"), ("West Bank", "region"), ("서안지구", "region"),
    ("다르푸르", "region"), ("Kyiv", "city"), ("키이우", "city"), ("Luhansk", "city"),
])
def test_a_territory_is_a_region_not_a_city(form, kind):
    assert lookup_city(form).kind == kind


@pytest.mark.parametrize("form, name", [
    ("오사카", "Osaka"), ("칭다오", "Qingdao"), ("후쿠오카", "Fukuoka"),  # GeoNames writes '오사카 시': the spaced suffix
    ("지난", None),  # Jinan's '지난 시': two syllables, the Korean word 'last' first
    ("오바마", None),  # a town under the size cut: a person's name first
])
def test_a_city_geonames_writes_with_a_spaced_suffix(form, name):
    entry = lookup_city(form)
    assert (entry.name if entry else None) == name
