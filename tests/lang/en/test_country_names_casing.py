"""English country names of several words in another casing: title case as headlines and some outlets write them ('Côte
D'Ivoire', 'Saint Kitts And Nevis') and a hyphenated name's second part in lower case ('Guinea-bissau', which else
read as Guinea, another state). Our own sentences; negative rows: one-word names and lower-case words get no new
form. Places too: a city's Romance connecting word in title case ('Ciudad Del Este') is looked up as the gazetteer
writes it (lang/en/towns.connectors_lowered).

Formerly tests/lang/test_actors15_cased_en.py, classes first read by actors15 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.country_forms import cased_forms


@pytest.mark.parametrize("form, expected", [
    ("Côte d'Ivoire", ["Côte D'Ivoire"]),
    ("Saint Kitts and Nevis", ["Saint Kitts And Nevis"]),
    ("Guinea-Bissau", ["Guinea-bissau"]),
    ("Timor-Leste", ["Timor-leste"]),
    ("Bosnia-herzegovina", ["Bosnia-Herzegovina"]),
])
def test_cased_forms(form: str, expected: list[str]) -> None:
    assert cased_forms(form) == expected


@pytest.mark.parametrize("form", ["Chad", "Peru", "Guinea-Bissau".lower(), "Iraqi"])
def test_no_cased_form_for_one_word_or_lower_case(form: str) -> None:
    assert cased_forms(form) == []


def acting(text: str) -> set[str]:
    doc = extract_text(text, published=date(2024, 5, 22))
    return {p.country for e in doc.events for p in e.participants if p.country}


@pytest.mark.parametrize("text, code", [
    ("Côte D'Ivoire Recalls Its Ambassador From Norway", "CIV"),
    ("Cote D'Ivoire condemned Norway on Monday.", "CIV"),
    ("Saint Kitts And Nevis condemned Norway on Monday.", "KNA"),
    ("Guinea-bissau condemned Norway on Monday.", "GNB"),
    ("Timor-leste condemned Norway on Monday.", "TLS"),
    ("Sao Tome And Principe condemned Norway on Monday.", "STP"),
])
def test_cased_country_name_acts(text: str, code: str) -> None:
    assert code in acting(text)


def test_guinea_bissau_is_not_guinea() -> None:
    assert "GIN" not in acting("Guinea-bissau condemned Norway on Monday.")


@pytest.mark.parametrize("name, key", [
    ("Ciudad Del Este", "Ciudad del Este"),
    ("Mato Grosso Do Sul", "Mato Grosso do Sul"),
    ("De Aar", "De Aar"),  # a first word is the name's own
    ("Delft", "Delft"),
])
def test_connectors_lowered(name: str, key: str) -> None:
    from readout.lang.en.towns import connectors_lowered

    assert connectors_lowered(name) == key


@pytest.mark.parametrize("text, code", [
    ("Ciudad Del Este condemned Norway on Monday.", "PRY"),
    ("Vina Del Mar police condemned Norway on Monday.", "CHL"),
])
def test_title_cased_city_acts(text: str, code: str) -> None:
    assert code in acting(text)
