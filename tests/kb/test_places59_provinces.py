"""places59 (issue 14, class 1): the subdivisions table keeps each first-level name's ISO 3166-2 type, and a bare word
is heard only among provinces, states, governorates and oblasts."""
from __future__ import annotations

import pytest

from readout.kb.loader import parse
from readout.kb.region_sound import provinces_by_sound
from readout.kb.subdivisions import province_names
from tests.kb.data_scripts import data_script


@pytest.mark.parametrize("name, kind", [
    ("Helmand", "Province"), ("Anbar", "Governorate"), ("Borno", "State"), ("Kharkiv", "Region"),
    ("Tabor", "Municipality"),
])
def test_table_keeps_iso_types(name, kind):
    assert parse("subdivisions_world.yaml", "SubdivisionsFile").types[name] == kind


@pytest.mark.parametrize("name, province", [
    ("Helmand", True), ("Anbar", True), ("Kharkiv", True), ("Bayern", True),
    ("Tabor", False),  # a Slovenian municipality
])
def test_province_names(name, province):
    assert (name in province_names()) is province


@pytest.mark.parametrize("word, heard", [
    ("헬만드", {("Helmand", "AFG")}),
    ("보르노", {("Borno", "NGA")}),  # not Ghana's Bono: the r is written (class 2)
    ("다르포르", set()),  # Tabor is a municipality, no province
    ("카불", {("Kabul", "AFG")}),  # not Guinea-Bissau's Gabu (a region too): the l is written
])
def test_provinces_by_sound(word, heard):
    assert {(e.name, e.country) for e in provinces_by_sound(word)} == heard


def test_build_writes_types_quoted_where_yaml_needs():
    """An ISO type with a comma ('Islands, groups of islands') is written quoted, so the table stays YAML."""
    build = data_script("build_subdivisions.py")
    assert build.entry("Outer Isles", "Islands, groups of islands") == '  Outer Isles: "Islands, groups of islands"'
    assert build.entry("Helmand", "Province") == "  Helmand: Province"
