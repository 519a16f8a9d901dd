"""enattack50 (issues 13, 14): English places qualified by the sentence. A town the writer qualifies by its region
('in Bath, England', 'Perth, Scotland', 'Birmingham, Alabama') is a town of the region's state
(lang/en/region_towns); a town named by an English word before an agent noun ('Van residents', 'Buffalo police') is
read where the sentence names its state, and a name large cities of several states share ('Birmingham police') is
the city of the one the sentence names (lang/en/place_agents.sentence_state). 'The union' in a story naming no
union body stays a labour union of the state named nearest. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import class_rows
from tests.event_sides import events, first_of


def place_states(text: str) -> dict[str, str]:
    art = extract_text(text, published="2026-03-12")
    return {art.text[p.span.start:p.span.end]: p.country for p in art.places}


PLACES = {  # (sentence, town, its state)
    "region_after_town": [
        ("Rioters smashed shop windows in Bath, England, on Monday.", "Bath", "GBR"),
        ("Two men were arrested in Perth, Scotland, on Friday.", "Perth", "GBR"),
        ("A tornado struck Birmingham, Alabama, on Friday.", "Birmingham", "USA"),
        ("Talks were held in Swansea, Wales, on Tuesday.", "Swansea", "GBR"),
    ],
    "unqualified_kept": [
        ("Two men were arrested in Perth on Friday.", "Perth", "AUS"),
        ("Two men were arrested in Perth, Australia, on Friday.", "Perth", "AUS"),
        ("He met Lavrov in Tbilisi, Georgia, on Friday.", "Tbilisi", "GEO"),
    ],
}


@pytest.mark.parametrize("text, town, state", class_rows(PLACES))
def test_town_of_the_region_named(text, town, state):
    assert place_states(text).get(town) == state


def test_list_of_cities_is_no_qualifier():
    assert place_states("The ministers met in Seoul, Tokyo and Beijing.").get("Seoul") == "KOR"


SIDES = {  # (sentence, type, acting (state, sector) pairs among the actors, receiving states exactly)
    "agent_in_qualified_town": [
        ("Police in Birmingham, Alabama, detained two Mexican students.", "COERCE", {("USA", "COP")}, {"MEX"}),
        ("Police in Perth, Scotland, detained two Polish workers.", "COERCE", {("GBR", None)}, {"POL"}),
    ],
    "common_word_town_with_its_state": [
        ("Van residents attacked Iranian border guards, Turkish officials said.", "ASSAULT", {("TUR", "CVL")},
         {"IRN"}),
        ("Buffalo police detained two Canadian truckers, U.S. officials said.", "COERCE", {("USA", "COP")}, {"CAN"}),
    ],
    "shared_city_of_the_sentence": [
        ("Birmingham police detained two Mexican students in the United States.", "COERCE", {("USA", "COP")},
         {"MEX"}),
        ("Vancouver police detained two Mexican students, the United States said.", "COERCE", {("USA", "COP")},
         {"MEX"}),
    ],
    "union_of_the_nearest_state": [
        ("The union criticized Ghana's government on Monday.", "ACCUSE", {("GHA", "LAB")}, {"GHA"}),
    ],
}


@pytest.mark.parametrize("text, type_, acting, receiving", class_rows(SIDES))
def test_sides_from_the_sentence_state(text, type_, acting, receiving):
    first = first_of(events(text), type=type_)
    pairs = {(p.country, p.sector) for p in first.participants}
    assert all((c, s) in pairs if s else c in {p for p, _ in pairs} for c, s in acting), pairs
    assert {r.country for r in first.recipients} == receiving


KEPT = [  # a common-word place before a noun in a sentence that names no state of it: no place's state acts
    "Mobile officials said the storm had passed.",
    "Van residents protested on Monday.",
]


@pytest.mark.parametrize("text", KEPT)
def test_common_word_place_without_its_state_names_none(text):
    assert not events(text)
