"""A place standing for its state in English with a level-of-government word between it and the agent: 'Sichuan
provincial officials', 'Texas state troopers'. Our own strings.

Formerly tests/lang/test_actors14_places_en.py, classes first read by actors14 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def actors(text: str) -> set[tuple[str, str]]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return {(p.country, p.sector) for e in events for p in e.participants if p.country}


@pytest.mark.parametrize("text, party", [
    ("Zhejiang provincial authorities condemned Norway on Monday.", ("CHN", "GOV")),
    ("Manitoba provincial police condemned Norway on Monday.", ("CAN", "COP")),
    ("Arizona state troopers condemned Norway on Monday.", ("USA", "COP")),
    ("Karnataka state officials condemned Norway on Monday.", ("IND", "GOV")),
    ("Hessen regional officials condemned Norway on Monday.", ("DEU", "GOV")),
])
def test_place_level_word_agent(text: str, party: tuple[str, str]) -> None:
    assert party in actors(text)


@pytest.mark.parametrize("text", [
    "Punjab provincial officials condemned Norway on Monday.",  # a region two states share: no state
    "Provincial officials condemned Norway on Monday.",  # no place at all
])
def test_no_state_without_one_place(text: str) -> None:
    assert not {c for c, _s in actors(text)} - {"NOR"}


@pytest.mark.parametrize("text, code, not_code", [
    ("New South Wales police condemned Norway on Monday.", "AUS", "GBR"),  # a region ending in a country form
    ("West Azerbaijan officials condemned Norway on Monday.", "IRN", "AZE"),
    ("Rhode Island officials condemned Norway on Monday.", "USA", "ISL"),
    ("Central Macedonia officials condemned Norway on Monday.", "GRC", "MKD"),
])
def test_region_name_ending_in_a_country_form(text: str, code: str, not_code: str) -> None:
    found = {c for c, _s in actors(text)}
    assert code in found and not_code not in found


@pytest.mark.parametrize("text, code", [
    ("Wales condemned Norway on Monday.", "GBR"),  # the form alone is still the country's
    ("Officials in South Wales condemned Norway on Monday.", "GBR"),
])
def test_country_form_alone_still_counts(text: str, code: str) -> None:
    assert code in {c for c, _s in actors(text)}


@pytest.mark.parametrize("text, code", [
    ("A Polishwoman condemned Norway on Monday.", "POL"),  # a -sh demonym with woman
    ("Two Danishmen condemned Norway on Monday.", "DNK"),
    ("A Scotswoman condemned Norway on Monday.", "GBR"),
])
def test_demonym_man_compounds(text: str, code: str) -> None:
    assert code in {c for c, _s in actors(text)}


def test_man_compound_needs_a_demonym() -> None:
    assert not {c for c, _s in actors("A chairman condemned Norway on Monday.")} - {"NOR"}
