"""enactors70: the generic agents of the Phoenix agents dictionary (police, soldiers, protesters, students, judges,
clergy, refugees, ...) named with a state three ways, a nationality adjective ('Gabonese judges'), 'of <country>'
('the judges of Gabon') and a possessive ("Gabon's judges"), act for that state with the agent's own sector (the
agent table: agents_world.yaml from Phoenix, agents.yaml over it), as actors and as recipients. Two classes this
table found: a verb form right after a country's singular adjective is a noun ('Gabonese exiles condemned',
lang/en/act_demonym_nouns), and a group word that names no state hides no country phrase holding it ('the ministers
of Gabon', pipeline/act_side_items). Korean '가봉의 장관들', '가봉 망명자들' read the same. Our own sentences."""
from __future__ import annotations

import pytest

from readout.kb.agents import phrases
from tests.event_sides import events, first_of

AGENTS = ["police", "soldiers", "troops", "protesters", "students", "judges", "clergy", "refugees", "farmers",
          "workers", "journalists", "lawyers", "doctors", "businessmen", "teachers", "priests", "monks", "activists",
          "rebels", "militants", "lawmakers", "senators", "diplomats", "officials", "prosecutors", "opposition leaders",
          "villagers", "civilians", "fishermen", "miners", "nurses", "border guards", "imams", "generals", "spies",
          "peasants", "academics", "clerics", "dissidents", "separatists", "smugglers", "exiles", "ministers",
          "trade unions"]
FORMS = ["Gabonese {}", "the {} of Gabon", "Gabon's {}"]


def acting(text: str, kind: str) -> set:
    first = first_of(events(text), type=kind)
    return {(p.country, p.sector) for p in first.participants}


def receiving(text: str, kind: str) -> set:
    first = first_of(events(text), type=kind)
    return {(p.country, p.sector) for p in first.recipients}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("agent", AGENTS)
def test_owned_agent_acts_for_its_state_with_its_sector(agent, form):
    phrase = form.format(agent)
    text = phrase[:1].upper() + phrase[1:] + " condemned Norway on Tuesday."
    assert acting(text, "ACCUSE") == {("GAB", phrases("en")[agent])}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("agent", ["police", "judges", "refugees", "students", "exiles", "ministers", "clergy"])
def test_owned_agent_receives_for_its_state_with_its_sector(agent, form):
    assert receiving(f"Norway condemned {form.format(agent)} on Tuesday.", "ACCUSE") == {("GAB", phrases("en")[agent])}


@pytest.mark.parametrize("text, kind, expected", [
    ("가봉의 장관들은 화요일 노르웨이를 비난했다.", "ACCUSE", {("GAB", "GOV")}),
    ("가봉 망명자들이 화요일 노르웨이를 비난했다.", "ACCUSE", {("GAB", "OPP")}),
    ("North Korean exiles accused Norway of spying on them.", "ACCUSE", {("PRK", "OPP")}),
    ("The Chilean exiles condemned Norway on Tuesday.", "ACCUSE", {("CHL", "OPP")}),
    # negatives: a plural or invariant demonym heads its own subject, and 'an American' is one person: the verb stays
    ("Venezuelans attacked the Norwegian embassy in Caracas.", "ASSAULT", {("VEN", "CVL")}),
    ("Togolese protested outside the Norwegian embassy in Lome.", "PROTEST", {("TGO", "CVL")}),
    ("Togolese protest outside the Norwegian embassy in Lome.", "PROTEST", {("TGO", "CVL")}),
])
def test_agent_words_after_state_words(text, kind, expected):
    assert acting(text, kind) == expected


def test_group_word_naming_no_state_names_none():
    """'the two ministers' with no state told before: no actor borrowed from anywhere."""
    assert not [e for e in events("The two ministers condemned Norway on Tuesday.") if e.type == "ACCUSE"]
