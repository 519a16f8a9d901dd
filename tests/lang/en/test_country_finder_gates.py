"""(speed71) The English country finder's gates, built once per knowledge: the lookahead of the forms' first
characters in `country_forms.start_re` and the first words of the place names in `towns.place_openings`. Each only
passes over words that can open nothing, so `find_countries` gives the same mentions with the gate as without it."""
from __future__ import annotations

import re

import pytest

from readout.lang.en import countries, country_forms, place_agents, towns
from readout.lang.en.countries import find_countries
from readout.patterns import alternation

SENTENCES = [  # (invented sentence, codes it names)
    ("President Alvaro Quintero of Peru met Chilean officials in Santiago on Tuesday.", {"PER", "CHL"}),
    ("Southern provinces of Norway welcomed the Swedish delegation.", {"NOR", "SWE"}),
    ("S Korea and N Korea traded warnings across the border, Tokyo said.", {"KOR", "PRK", "JPN"}),
    ("The G-7 statement urged Moscow to withdraw; Frenchmen and Englishwomen marched in Paris.", {"RUS", "FRA", "GBR"}),
    ("Texas police detained two Mexican nationals near the border.", {"USA", "MEX"}),
    ("Rio de Janeiro police and Brazilian troops patrolled the harbour.", {"BRA"}),
    ("Bavarian officials criticised the Austrian plan.", {"DEU", "AUT"}),
    ("Guinea-bissau and Timor-leste signed a fisheries pact.", {"GNB", "TLS"}),
    ("Prescott Wendell, a Presbyterian minister from Southampton, spoke at length.", set()),
    ("Sumy region officials said Ukrainian forces repelled the attack.", {"UKR"}),
    ("Pretoria said the Namibian minister would visit next week.", {"ZAF", "NAM"}),
    ("Officials Preparing the Summit Agenda met quietly.", set()),
]


def ungated_start_re() -> re.Pattern:
    """`start_re` before the gate: the keys alone."""
    _table, by_key = country_forms.forms_table()
    return re.compile(r"(?<![\w.’'])" + alternation(by_key))


class EveryWord:
    def __contains__(self, word: str) -> bool:
        return True


def codes(mentions) -> set[str]:
    return {c for m in mentions for c in m.codes}


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_the_gates_change_no_mention(monkeypatch, text, expected):
    gated = find_countries(text, 0)
    assert expected <= codes(gated)
    monkeypatch.setattr(countries, "start_re", ungated_start_re)
    monkeypatch.setattr(towns, "place_openings", EveryWord)
    monkeypatch.setattr(place_agents, "place_openings", EveryWord)  # the place-agent reader's own reference
    assert find_countries(text, 0) == gated


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_the_gated_keys_are_the_ungated_keys_where_a_form_may_start(text, expected):
    """Every position the gate keeps is one the keys matched, with the same characters consumed; a position it drops
    is one where no form starts."""
    before = {m.start(): m.end() for m in ungated_start_re().finditer(text)}
    after = {m.start(): m.end() for m in country_forms.start_re().finditer(text)}
    assert all(before.get(start) == end for start, end in after.items())
    assert all(country_forms.longest_form(text, start) is None for start in before.keys() - after.keys())


@pytest.mark.parametrize("word, passes", [("Peru", True), ("Presbyterian", False), ("Parliament", False),
                                          ("Minister", False), ("S Korea", True), ("G-7", True), ("Pretoria", True)])
def test_the_start_gate_passes_over_words_that_open_no_form(word, passes):
    assert (country_forms.start_re().match(word) is not None) == passes


@pytest.mark.parametrize("word, opens", [("Texas", True), ("Rio", True), ("Sumy", True), ("Santiago", True),
                                         ("Officials", False), ("Preparing", False), ("Statement", False)])
def test_place_openings_are_the_first_words_of_place_names(word, opens):
    assert (word in towns.place_openings()) == opens
