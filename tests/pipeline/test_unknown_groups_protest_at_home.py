"""A protest held by a group no table knows, in both languages (plover61): 'The Freedom League staged a rally against
the Latvian government', 'began collecting signatures against the Latvian parliament's law', Korean '자유연맹은 라트비아
정부에 항의하는 집회를 열었다' name one state only, the one addressed: the group is that state's people protesting their
own government (PLOVER: the same country on both sides), where the protest had no acting side before. Negative rows:
a rally outside another state's embassy (the state of the post, `Language.owns_a_post`, now read in English as in
Korean) or against two states' policies, or naming a state by a bare country word ('Latvian fishing rules'), names no
one home. Our own sentences and group."""
from __future__ import annotations

import pytest

from tests.event_sides import events

AT_HOME = [
    "The Freedom League staged a rally against the Latvian government on Monday.",
    "The Freedom League began collecting signatures against the Latvian parliament's new law.",
    "자유연맹은 12일 라트비아 정부에 항의하는 집회를 열었다.",
]


@pytest.mark.parametrize("text", AT_HOME)
def test_an_unknown_group_protests_the_one_state_it_names(text):
    found = [e for e in events(text) if e.type == "PROTEST"]
    assert len(found) == 1, [(e.type, e.mode) for e in events(text)]
    assert {p.country for p in found[0].participants} == {"LVA"}
    assert {p.country for p in found[0].recipients} == {"LVA"}


NO_HOME = [
    "The Freedom League staged a rally outside the Russian embassy on Monday.",
    "The Freedom League staged a rally against Russian and Latvian policies on Monday.",
    "자유연맹은 12일 러시아 대사관 앞에서 집회를 열었다.",
    "The Freedom League staged a rally against Latvian fishing rules on Monday.",  # a country word, no organ
]


@pytest.mark.parametrize("text", NO_HOME)
def test_a_post_or_two_states_name_no_home(text):
    assert not [e for e in events(text) if e.type == "PROTEST"]


def test_a_background_protest_gets_no_home():
    """'after violent protests by religious groups in X': a protest named in a background clause of another act."""
    text = "The Kenyan government ordered police patrols after violent protests by religious groups."
    assert not [e for e in events(text) if e.type == "PROTEST"]
