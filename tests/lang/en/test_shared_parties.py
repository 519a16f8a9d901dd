"""Party names many states share ('the opposition Democratic Party', 'the Labour Party'; lexicon en
shared_party_names, lang/en/shared_parties.py, actors57): a bare one is its listed default state's only where the story
is about no other (a mention of the default state in an earlier sentence does not count, lead59); in a story placed in another state it is that state's party, and a name with its state before it is
that state's (lang/en/org_owners.py). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries

ROWS = [  # (text, actors of the ACCUSE)
    ("Thousands of farmers marched in Accra on Friday. The opposition Democratic Party accused the government "
     "of wasting public money.", {"GHA"}),
    ("Riot police fired tear gas at students in Dhaka on Sunday. The ruling Labour Party later accused the protesters "
     "of inciting violence.", {"BGD"}),
    ("Parliament met in Lilongwe on Thursday. The Social Democratic Party accused the cabinet of ignoring the drought.",
     {"MWI"}),
    # lead59: the default state mentioned earlier in a story placed elsewhere (a foreign statement) keeps the
    # placed state's party; the default state named in the party's own sentence keeps the default
    ("Ghanaian farmers blocked roads in Accra on Monday, a day after the United States urged calm. The opposition Democratic "
     "Party accused the government of wasting public money.", {"GHA"}),
    ("Malawian lawmakers argued over the budget in Lilongwe on Tuesday as Britain's envoy watched. The Labour Party accused the "
     "cabinet of hiding the cost of the rail project.", {"MWI"}),
    ("Farmers blocked roads in Accra on Monday. The Democratic Party accused the United States of ignoring the "
     "drought.", {"USA"}),
    # negatives: the default state's party, or the state named before the name
    ("Lawmakers debated the budget in Washington on Monday. The Democratic Party accused Republicans of blocking aid.",
     {"USA"}),
    ("The Labour Party accused the government of hiding the cost of the rail project.", {"GBR"}),
    ("Crowds gathered in Accra on Friday. Denmark's Social Democrats accused Ghana of ignoring the ruling.", {"DNK"}),
]


@pytest.mark.parametrize("text, actors", ROWS)
def test_a_shared_party_name_is_the_story_states(extract, text, actors):
    found = [e for e in extract(text).events if e.type == "ACCUSE"]
    assert found and countries(found[0].participants) == actors, [(e.type, countries(e.participants)) for e in found]


@pytest.mark.parametrize("word, state", [
    ("Democratic Party", "USA"), ("the Labour Party", "GBR"), ("Congress party's leader", "IND"),
    ("Workers' Party", None), ("Democratic Party of Korea", None), ("Liberal Democratic Party", None),
])
def test_shared_party_default(word, state):
    from readout.lang.en.shared_parties import shared_party_default

    assert shared_party_default(word) == state
