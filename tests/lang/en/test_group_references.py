"""(backref56, issue 14) English definite descriptions of a group the story named ('the front', 'the group', 'the
party's'): `Language.group_references` (lexicon `group_back_re`); the nouns' other uses are none. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import library_pipeline


@pytest.fixture(scope="module")
def english():
    return library_pipeline().language("en")


@pytest.mark.parametrize("text, ref, noun, genitive", [
    ("The front later burned a bridge near the town.", "The front", "front", False),
    ("Officials said the group had seized two trucks.", "the group", "group", False),
    ("The party's leader called for new elections.", "The party", "party", True),
    ("The armed group released the hostages on Friday.", "The armed group", "armed group", False),
    ("Witnesses said the movement had blocked the road.", "the movement", "movement", False),
    ("The army accused the group of planting mines.", "the group", "group", False),  # 'of' and a charge
    ("The army accused the group of terrorism.", "the group", "group", False),  # koacts57: a crime after 'of'
    ("Police accused the group of the bombing.", "the group", "group", False),  # koacts57: a deed told after 'of'
])
def test_a_description_is_read(english, text, ref, noun, genitive):
    found = english.group_references(text)
    assert [(text[r.start:r.end], r.noun, r.genitive) for r in found] == [(ref, noun, genitive)]


@pytest.mark.parametrize("text", [
    "Troops on the front line came under fire.",  # a line of battle
    "Heavy fighting was reported on the front near the river.",
    "The team reached the group stage for the first time.",
    "The ruling party won the vote.",  # a modifier: the agent tables read it
    "A rebel group seized the village.",  # indefinite: a first naming
    "The group of seven ministers met in Lisbon.",
    "Police dispersed the group of protesters.",
    "She went to the party after the ceremony.",
])
def test_other_uses_are_no_description(english, text):
    assert english.group_references(text) == []
