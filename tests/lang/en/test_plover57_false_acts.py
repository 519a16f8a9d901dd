"""plover57 (issue 15): three classes of false sides and false acts in English, each with the guard rows that keep the
act where it is one. Every sentence is our own.

- a verb's bare form heading a singular noun phrase before a past verb is a noun (lang/en/act_phrase_heads);
- a game's side that 'attacks' plays (lang/en/act_sports.sport_side_play);
- the topic 'over' a named object is no second recipient (lang/en/act_topic_phrases);
- a state's office holder reporting what 'his government' does speaks for the owner state (lang/en/clauses.owner_role);
- troops that gather or concentrate with no object mobilize; a crowd that gathers does not
  (lang/en/act_sighted_forces.troops_gathered);
- a fear of what another could do, with no 'that', is no act (lang/en/act_possible_deeds); a column's or an
  editorial's 'should' is an argument, no request (lang/en/act_obligations.opinion_subject);
- an owned gerund of force names its patient after 'of' (lang/en/act_gerund_patients).
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events


@pytest.mark.parametrize("text", [
    "The Danish pension fund reported a loss in the first quarter.",
    "Qatar's state investment fund acquired a stake in a Milan football club.",
    "A Saudi sovereign fund invested $2 billion in Brazilian ports.",
    "The Gabonese national football team attacked down the right flank all evening.",
    "Nigeria's squad then attacked with pace but Cameroon held on.",
    "The Indian cricket team crushed Sri Lanka by nine wickets in Colombo.",
    "Brazilian investors concentrated on Argentine bonds last quarter.",
    "Hundreds of Chilean fans gathered in Valparaiso to watch the final.",
    "Critics fear Russia could attack Moldova next year.",
    "Many in Vilnius fear Belarus might close the border again.",
    "A columnist argued that Britain should send more tanks to Ukraine.",
    "An editorial in the Nairobi daily said Uganda must release the detained journalists.",
    "The paper's editorial argued that Japan should apologize to South Korea.",
])
def test_no_act(text):
    """A noun phrase's head noun and a game's play state no act."""
    assert not events(text), [(e.type, e.status) for e in events(text)]


@pytest.mark.parametrize("text,kind,actors,recipients", [
    # guard: a plural or a modal before the bare form keeps it a verb
    ("Swedish donors fund displaced families in northern Mozambique.", "AID", {"SWE"}, None),
    ("Japan will fund rebuilt clinics in Laos.", "AGREE", {"JPN"}, {"LAO"}),
    # guard: a head that is an act noun of its own stays the act ('a rebel attack killed')
    ("A militant raid killed three Nigerien soldiers on Sunday.", "ASSAULT", {"NER"}, None),
    ("A rebel attack killed two Chadian policemen on Friday.", "ASSAULT", {"TCD"}, None),
    # guard: a team attacked in the passive is the attack's patient; 'side' is no game's side
    ("A UN inspection team was attacked near Goma on Sunday.", "ASSAULT", None, None),
    ("The Armenian side attacked Azerbaijani positions overnight, Baku said.", "ASSAULT", {"ARM"}, {"AZE"}),
    # the 'over' topic after a named object is no second recipient
    ("Romania criticized Hungary over Ukraine transit fees.", "ACCUSE", {"ROU"}, {"HUN"}),
    ("Britain imposed sanctions on Iran over drone sales to Russia.", "SANCTION", {"GBR"}, {"IRN"}),
    ("Beijing threatened Vilnius with trade curbs over Taiwan ties.", "THREATEN", {"CHN"}, {"LTU"}),
    # guard: a topic with no named object before it is read as before; its owner is the one aimed at
    ("Poland protested over Belarusian border fences.", "ACCUSE", {"POL"}, {"BLR"}),
    ("Chile criticized Peru over its treatment of Chilean fishermen.", "ACCUSE", {"CHL"}, {"PER"}),
    # the owner state of a reporting office holder ("X's prime minister said his government ...") acts
    ("Estonia's prime minister said her government had sent two patrol boats to Finland.", "", {"EST"}, None),
    ("Peru's president said his government had expelled two Chilean diplomats.", "SANCTION", {"PER"}, {"CHL"}),
    ("Ghana's president said that his country had closed its border with Togo.", "", {"GHA"}, None),
    ("Norway's prime minister announced his government would give $20 million to Sudan.", "AGREE", {"NOR"}, {"SDN"}),
    # troops that gather with no object mobilize; an object entry is read as before
    ("Thousands of Turkish soldiers gathered along the Syrian border on Monday.", "MOBILIZE", {"TUR"}, None),
    ("Belarusian forces have concentrated near the Lithuanian frontier.", "MOBILIZE", {"BLR"}, None),
    ("Serbian troops are gathering near Kosovo, Pristina said.", "MOBILIZE", {"SRB"}, None),
    ("Russia gathered troops near the Finnish border.", "MOBILIZE", {"RUS"}, None),
    ("Kenyan protesters gathered in Nairobi on Tuesday.", "PROTEST", {"KEN"}, None),
    # an owned gerund of force: the owner acts, the 'of' phrase is done to
    ("The Ethiopian army's shelling of Eritrean border posts killed two guards.", "ASSAULT", {"ETH"}, {"ERI"}),
    ("Pakistan's bombing of Afghan border villages drew a protest from Kabul.", "ASSAULT", {"PAK"}, {"AFG"}),
    # guard: with no owner, the 'by' phrase names the agent as before
    ("The shelling of Armenian positions by Azerbaijan killed three soldiers.", "ASSAULT", {"AZE"}, {"ARM"}),
    # guard: a state's reported 'must' stays its request; a state's own fear of what it could suffer is no act
    ("Kenya said Uganda must release the detained journalists.", "REQUEST", {"KEN"}, {"UGA"}),
    # guard: another state named as the reported subject keeps its own act
    ("Latvia's prime minister said Estonia had expelled a Russian diplomat.", "SANCTION", {"EST"}, {"RUS"}),
])
def test_kept_act(text, kind, actors, recipients):
    """The acts the three rules leave, with their sides."""
    found = [e for e in events(text) if e.type == kind or not kind]  # kind "": the sentence's first event
    assert found, [(e.type, e.status) for e in events(text)]
    assert actors is None or actors <= countries(found[0].participants), countries(found[0].participants)
    assert recipients is None or countries(found[0].recipients) == recipients, countries(found[0].recipients)
