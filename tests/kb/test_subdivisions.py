"""First-level regions (subdivisions_world.yaml): ISO names without their local type word, and type words
after a region's name in text."""
import pytest

from readout.kb.geo import short_subdivision_names, subdivision_named


@pytest.mark.parametrize("names, expected", [
    ({"Guangdong Sheng": "CHN"}, {"Guangdong": "CHN"}),
    ({"Xinjiang Uygur Zizhiqu": "CHN"}, {"Xinjiang": "CHN"}),
    ({"Shan": "MMR"}, {}),                                        # nothing to take off
    ({"Alpha Province": "AAA", "Alpha State": "BBB"}, {}),        # a short name two states would share
    ({"Beta Sheng": "CHN", "Beta": "CHN"}, {}),                   # the short name is listed already
])
def test_short_names(names, expected):
    assert short_subdivision_names(names) == expected


@pytest.mark.parametrize("name, code", [
    ("Shan State", "MMR"), ("Sichuan Province", "CHN"), ("Guangdong", "CHN"), ("Nowhere State", None),
])
def test_region_with_type_word(name, code):
    assert subdivision_named(name) == code
