"""Korean demonyms: a state's name + 인 (한국인, 미국인) is a person of that state (kb/geo.py `demonyms_ko`,
`demonym_suffixes_ko` in countries.yaml)."""
from __future__ import annotations

import pytest

from readout.kb.geo import country_index


@pytest.mark.parametrize("form, code", [("한국인", "KOR"), ("미국인", "USA"), ("일본인", "JPN"), ("프랑스인", "FRA"),
                                        ("우크라이나인", "UKR")])
def test_a_state_name_with_in_is_its_national(form, code):
    assert country_index()[form] == code


@pytest.mark.parametrize("form", ["유엔인", "정부인", "미측인", "한국군인", "조선인", "Americanin"])
def test_no_demonym_for_bodies_heads_or_exceptions(form):
    assert form not in country_index()


def test_a_name_keeps_its_own_form():
    assert country_index()["한국"] == "KOR" and country_index()["American"] == "USA"



def test_declared_ambiguous_demonym_names_its_state():
    """actors58: 'Congolese', which the `ambiguous` list declares for the DR Congo, is one of its adjectives, so a
    title it opens ('Congolese Foreign Minister X') names that state; the Republic's own names stay its own."""
    assert country_index()["Congolese"] == "COD" and country_index()["Congo-Brazzaville"] == "COG"
