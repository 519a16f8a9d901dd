"""acts60b (issue 13): a bare armed group's statement with no dateline takes the one state the paragraph before it
names (pipeline/act_actor_defaults.unnamed_actors: story_states.paragraph_state, now for ARMED_GROUP_SECTORS' words
too, as for an opposition's): 'Fighting went on in northern X. The militia rejected the government's proposal' is X's
rebels refusing X's government, in both languages. A paragraph naming two states, or none, leaves the group with no
state and no event (no guess). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act, sector_sides


@pytest.mark.parametrize("text", [
    "Fighting between the army and rebels continued in northern Niger on Monday. The militia rejected the "
    "government's ceasefire proposal.",
    "Heavy clashes erupted in central Niger on Sunday. The rebels rejected the government's offer of a truce.",
    "니제르 북부에서 정부군과 반군 간 교전이 이어졌다. 반군은 정부의 휴전 제안을 거부했다.",
])
def test_bare_group_takes_the_paragraphs_state(text):
    acting, receiving = sector_sides(text, "REJECT")
    assert acting == {("NER", "REB")} and receiving == {("NER", "GOV")}, (acting, receiving)


@pytest.mark.parametrize("text", [
    "The rebels rejected the government's ceasefire proposal.",  # no paragraph before, no dateline
    "Benin sent troops to Niger on Monday. The rebels rejected the government's ceasefire proposal.",  # two states
])
def test_bare_group_without_one_state_gives_no_event(text):
    check_no_act(text, "REJECT")


@pytest.mark.parametrize("text, acting, receiving", [
    ("LIMA (Reuters) - Protesters attacked the Chilean embassy on Monday.", {("PER", "CVL")}, {("CHL", "GOV")}),
    ("Protesters attacked the Chilean embassy in Lima.", {("PER", "CVL")}, {("CHL", "GOV")}),
    ("Protesters attacked Bolivia's presidential palace on Monday.", {("BOL", "CVL")}, {("BOL", "GOV")}),  # at home
])
def test_protesters_attacking_an_embassy_are_not_its_people(text, acting, receiving):
    assert sector_sides(text, "PROTEST") == (acting, receiving)


def test_protesters_of_no_place_attacking_an_embassy_give_no_protest():
    check_no_act("Protesters attacked the Chilean embassy.", "PROTEST")
