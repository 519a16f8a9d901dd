"""(speed47) Two English place readers pass over what can name nothing: `towns.city_mentions` looks up no run whose
first word opens no city, region or town (`towns.place_openings`), and `place_agents.site_in_place_re` searches no
sentence without a military site's modifier (`pattern_gates.CaseFreeGated`). Each gives the same mentions with its gate as without."""
from __future__ import annotations

import pytest

from readout.lang.en import place_agents, towns
from readout.lang.en.place_agents import site_in_place_mentions
from readout.lang.en.towns import city_mentions

CITIES = [  # (invented sentence, codes city_mentions finds)
    ("Haifa condemned the rocket fire on Tuesday.", {"ISR"}),
    ("The Hague said the court would rule in June.", set()),  # a form of the country table, not a city reading
    ("Tatarstan said it would hold its own vote.", {"RUS"}),
    ("Guangzhou's decision surprised the markets.", {"CHN"}),
    ("Rio de Janeiro's mayor said the port would reopen.", {"BRA"}),
    ("The Sumy region said two villages lost power.", {"UKR"}),
    ("Brightwater said the ferry was late.", set()),  # no place opens with the word
    ("Quillfeather and Marrowby are far apart.", set()),
    ("Talks in Haifa ended without a deal.", set()),  # after a place preposition: not acting
]

SITES = [  # (invented sentence, codes site_in_place_mentions finds)
    ("Drones struck a military base in Adre overnight.", {"TCD"}),
    ("Gunmen attacked an army outpost near Zorgho on Friday.", set()),  # 'army' is no site modifier of the lexicon
    ("Shells hit a MILITARY BASE NEAR Kandahar at dawn.", {"AFG"}),
    ("Rain fell on the naval base in the harbour.", set()),  # no capitalized place after 'in'
    ("The mayor opened a new library in Adre.", set()),  # no site at all: the gate passes the sentence over
]


class EveryWord:
    def __contains__(self, word: str) -> bool:
        return True


def codes(mentions) -> set[str]:
    return {c for m in mentions for c in m.codes}


@pytest.mark.parametrize("text, expected", CITIES)
def test_city_mentions_are_the_same_without_the_opening_gate(monkeypatch, text, expected):
    gated = city_mentions(text, 0, [])
    assert codes(gated) == expected
    monkeypatch.setattr(towns, "place_openings", EveryWord)
    assert city_mentions(text, 0, []) == gated


@pytest.mark.parametrize("text, expected", SITES)
def test_sites_in_places_are_the_same_without_the_modifier_gate(monkeypatch, text, expected):
    gated = site_in_place_mentions(text, 0, [])
    assert codes(gated) == expected
    compiled = place_agents.site_in_place_re().compiled  # the pattern behind the gate
    monkeypatch.setattr(place_agents, "site_in_place_re", lambda: compiled)
    assert site_in_place_mentions(text, 0, []) == gated


def test_the_site_gate_skips_a_sentence_without_a_modifier():
    gate = place_agents.site_in_place_re()
    assert gate.search("The mayor opened a new library in Adre.") is None
    assert gate.search("A naval base near Adre was shelled.") is not None
