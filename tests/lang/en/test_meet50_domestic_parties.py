"""enmeet50 (issue 13): English bare nouns of a state's non-government side as meeting parties
(`Language.domestic_parties`, lexicon `domestic_party_re`), and a conjunction is no qualifier of an agent noun
(lang/en/agents.QUALIFIER_RE): 'the Ethiopian government and the opposition' are two parties. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_bare_side, language_of


@pytest.fixture(scope="module")
def english():
    return language_of("en")


@pytest.mark.parametrize("text, word, sector", [
    ("The Mozambican government and the rebels held talks.", "rebels", "REB"),
    ("The government held talks with the opposition in Gondar.", "opposition", "OPP"),
    ("The insurgents and the government met.", "insurgents", "REB"),
])
def test_bare_side_nouns(english, text, word, sector):
    check_bare_side(english, text, word, sector)


@pytest.mark.parametrize("text", [
    "The government condemned the rebels' attack.",
    "The government met leaders of the rebels of the north.",
    "Rebels attacked a convoy.",
])
def test_no_bare_side(english, text):
    assert english.domestic_parties(text) == []


def test_a_conjunction_qualifies_no_agent_noun(english):
    text = "The Ethiopian government and the opposition held talks."
    start = text.index("Ethiopian")
    found = english.state_party(text, start, start + len("Ethiopian government"))
    assert found is None or found[1] <= text.index(" and")
