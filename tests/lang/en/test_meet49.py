"""English meetings (enmeet49, issues 13 and 15). Our own sentences: invented people, real states.

1. An office group opening the sentence ('Foreign ministers of A and B met') is read as one inside it: only the
   sentence's first word is case-free (lang/en/reading_names.opening_word_lowered); a title inside keeps its capitals.
2. 'the foreign ministers from A and B' names the group as 'of A and B' does (lexicon `group_offices_of_re`).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import _default, extract_text
from tests.conftest import assert_act, countries

DAY = date(2025, 6, 2)
LATE = date(2025, 9, 13)  # a day the knowledge base's tenures name both states' ministers


def read(text: str, day: date = DAY):
    return extract_text(text, published=day).events


def office_groups(text: str) -> list[tuple[str, tuple[str, ...]]]:
    english = _default().language("en")
    return [(r.office, r.countries) for r in english.find_references(text, (), []) if r.kind == "office_group"]


OPENING_GROUPS = [
    ("Foreign ministers of Peru and Chile met in Lima on Sunday.", "foreign_minister", ("PER", "CHL")),
    ("Leaders of Kenya and Uganda spoke by phone on Sunday.", "leader", ("KEN", "UGA")),
    ("Foreign ministers from Peru and Chile met in Lima on Sunday.", "foreign_minister", ("PER", "CHL")),
    ("The defense ministers from Kenya, Uganda and Tanzania held talks in Arusha.", "defense_minister",
     ("KEN", "UGA", "TZA")),
]


@pytest.mark.parametrize("text,office,codes", OPENING_GROUPS)
def test_an_office_group_opening_the_sentence_or_after_from(text, office, codes):
    assert (office, codes) in office_groups(text), office_groups(text)


NO_GROUPS = [
    "The foreign ministers from Peru met Chilean envoys on Sunday.",  # one state only
    "The foreign ministers from the region met in Lima on Sunday.",  # no list after 'from'
    "Peru hosted the Leaders of Tomorrow forum with Chile and Bolivia.",  # a title inside the sentence
]


@pytest.mark.parametrize("text", NO_GROUPS)
def test_no_office_group_without_a_list_or_in_a_title(text):
    assert office_groups(text) == []


@pytest.mark.parametrize("text,names", [
    ("Foreign ministers of South Korea and Japan met in Tokyo on Friday.", {"Cho Hyun", "Takeshi Iwaya"}),
    ("Defense ministers from South Korea and Japan held talks in Seoul on Friday.", {"Ahn Gyu-back", "Gen Nakatani"}),
])
def test_the_group_names_its_office_holders_as_the_meetings_people(text, names):
    found = [e for e in read(text, LATE) if e.type == "CONSULT"]
    assert found and {p.name for p in found[0].participants} == names, [[p.name for p in e.participants] for e in found]
