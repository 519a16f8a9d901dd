"""(speed46) Readers of the English country finder built once per knowledge answer as the per-sentence path did: the
follower gate looks for the nouns' letters in the lower-cased sentence before its case-free pattern
(`agents.follower_patterns`), and the people's words are one table (`agents.people_words`)."""
from __future__ import annotations

import pytest

from readout.lang.en.agents import (follower_mentions, follower_patterns, people_mentions, people_words, peoples,
                                    shared_peoples)
from readout.lang.en.countries import find_countries
from readout.pattern_gates import CaseFreeGated

GATE_ROWS = [
    ("Loyalist FORCES regrouped near the river before dawn.", True),
    ("Fighters crossed the border at night, officials in Lima said.", True),
    ("Her supporters waved flags outside the court in Quito.", True),
    ("The task-forces were disbanded by the ministry.", True),  # a word boundary at the hyphen
    ("Workforces in Oslo shrank during the winter.", False),  # inside a longer word
    ("The minister of finance resigned in Riga on Friday.", False),
    ("İstanbul dock workers met the governor of Ankara.", False),  # a dotted capital I: searched as it is
    ("Troopſ of the old guard marched past.", True),  # a long s matches 's' case-free: searched as it is
    ("", False),
]


@pytest.mark.parametrize("text, hit", GATE_ROWS)
def test_the_follower_gate_answers_as_its_case_free_pattern(text, hit):
    gate = follower_patterns()[0]
    assert isinstance(gate, CaseFreeGated)
    assert bool(gate.search(text)) == bool(gate.compiled.search(text)) == hit


def test_a_sentence_without_a_follower_noun_has_no_follower_mention():
    assert follower_mentions("The envoy from Lima spoke to reporters in Oslo.", 0, []) == []


def test_people_words_is_both_tables():
    table, shared = peoples(), shared_peoples()
    assert set(people_words()) == set(table) | set(shared)
    assert all(people_words()[w] == (table.get(w), shared.get(w)) for w in people_words())


@pytest.mark.parametrize("text, expected", [
    ("Tigrayan fighters seized a hilltop village on Monday.", [("ETH", "REB")]),
    ("Bavarian officials shut the crossing near the lake.", [("DEU", "GOV")]),
    ("Catalan police detained two men at the port.", [("ESP", "COP")]),
    ("The Bavarian hills were quiet all week.", []),  # no agent noun after the word
    ("A Kurdish poet read verses in the square.", []),  # a people of several states, placed nowhere
    ("Mr Tigrayan Smith opened a bakery.", []),  # not a listed word position: Mr is no people
])
def test_people_mentions(text, expected):
    assert [(c.codes[0], c.sector) for c in people_mentions(text, 0, [])] == expected


@pytest.mark.parametrize("text, code", [
    ("Kurdish rebels ambushed Turkish troops at dawn.", "TUR"),  # the one state whose forces the sentence names
    ("Kurdish rebels shelled Iranian and Turkish posts.", None),  # two: none
    ("Kurdish rebels held a rally on Sunday.", None),  # none
])
def test_a_people_of_several_states_takes_the_state_it_fights(text, code):
    codes = [c.codes for c in find_countries(text, 0) if c.start == 0]
    assert codes == ([[code]] if code else [])
