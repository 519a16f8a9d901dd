"""English act sides and triggers: time phrases between joined verbs, reduced passives, moved forces.
- a time phrase of a few common nouns between two verbs joined by 'and' ('accused X of ... ahead of winter and
  urged', 'criticized Y after the vote and called on') opens no clause: the second verb keeps the first verb's
  subject, and the first verb's object is no subject of it (clauses.time_phrase_joint, clauses.time_joined_object);
- a verb of force as a participle right after the people or ships it was done to ('four fishermen arrested in the
  X Sea', 'skippers detained after ...') is a reduced passive: the noun phrase suffered it (act_reduced.reduced_passive);
- a plural model designator ('F-16s', 'Su-35s') is the aircraft a verb of scrambling moves (act_window.object_key),
  and a state's report that its own forces were moved in the passive ('X said its F-16s were scrambled') is that
  state's show of force (act_reduced.own_forces_agent, own_forces_frame_re); forces a bare state body reports moved
  in the passive with no state word ('The defence ministry said the F-35s had been scrambled') are the dateline's
  state's (act_reduced.home_forces);
- a light verb after a state body's capitalized name ("the Bahamas' Ministry of Foreign Affairs voiced solidarity
  with") keeps the body's owner as the noun act's subject (owner_gap_re).

Formerly tests/lang/test_en_sides34.py; classes first read as "English act sides and triggers, session 22 round 2
(en34), on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text, kind, actor", [
    # a clause after 'after' has names and a verb of its own: its subject is no subject of the main verb
    ("Norway protested after Sweden and Denmark condemned the raid.", "ACCUSE", "NOR"),
    # a time phrase whose first verb's object is a state: that state is no subject of the second verb
    ("Ghana's foreign minister accused Togo of hosting rebels before the election and called on Benin to help.",
     "REQUEST", "TGO"),
])
def test_a_clause_or_an_object_before_and_is_not_the_second_verbs_subject(text, kind, actor):
    assert not any(actor in a for a, _ in sides(text, kind)), sides(text, kind)


@pytest.mark.parametrize("text, actors, recipients", [
    ("Indonesia said four Vietnamese fishermen arrested in the Natuna Sea would be charged.", {"IDN"}, {"VNM"}),
    ("Senegal said six Gambian sailors detained off the coast on Monday would be freed.", {"SEN"}, {"GMB"}),
])
def test_a_participle_after_the_detained_is_a_passive(text, actors, recipients):
    assert has(text, "COERCE", actors, recipients), sides(text, "COERCE")


@pytest.mark.parametrize("text, wrong", [
    ("Senegal said six Gambian sailors detained off the coast on Monday would be freed.", "GMB"),
    ("Indonesia said four Vietnamese fishermen arrested in the Natuna Sea would be charged.", "VNM"),
])
def test_the_detained_are_not_the_detainers(text, wrong):
    assert not any(wrong in a for a, _ in sides(text, "COERCE")), sides(text, "COERCE")


def test_an_active_verb_after_people_keeps_its_subject():
    """'its sailors detained the crew': an object follows, so the participle reading does not apply."""
    assert has("Ecuador's navy said its sailors detained the Peruvian crew of a trawler on Friday.", "COERCE",
               {"ECU"}, {"PER"}), sides("Ecuador's navy said its sailors detained the Peruvian crew.", "COERCE")


@pytest.mark.parametrize("text", [
    "Romania said the T-72s were not moved.",  # negated: no act
    "Kenya scrambled 12-15s to finish the race.",  # a score, no designator
])
def test_no_show_of_force_without_a_moving_of_craft(text):
    assert not sides(text, "MOBILIZE"), sides(text, "MOBILIZE")


def test_a_passive_with_its_own_agent_keeps_the_agent():
    """'Chile said its troops were deployed by Peru': the 'by' phrase names who moved them."""
    assert not any("CHL" in a for a, _ in sides("Chile said its troops were deployed by Peru.", "MOBILIZE"))


SIDES = {
    "a_time_phrase_before_and_keeps_the_first_verbs_subject": [
        ("Ghana's foreign minister accused Togo of hosting rebels before the election and called on Benin to help.",
         "REQUEST", {"GHA"}, {"BEN"}),
        ("Chile's foreign minister criticized Peru after the vote and urged Lima to reconsider.", "REQUEST", {"CHL"},
         {"PER"}),
        ("Foreign Minister Penny Wong condemned Fiji's arrests ahead of the summit and urged Tonga to mediate.",
         "REQUEST", {"AUS"}, {"TON"}),
    ],
    "a_light_verb_after_a_bodys_name_keeps_its_owner": [
        ("The Bahamas' Ministry of Foreign Affairs voiced solidarity with Jamaica on Tuesday.", "SUPPORT", {"BHS"},
         {"JAM"}),
        ("The Philippines' Department of Foreign Affairs voiced solidarity with Malaysia on Tuesday.", "SUPPORT",
         {"PHL"}, {"MYS"}),
        ("Chile's Ministry of Foreign Affairs on Monday expressed its full support for Ecuador.", "SUPPORT", {"CHL"},
         {"ECU"}),
    ],
}


@pytest.mark.parametrize("text, kind, actors, recipients", class_rows(SIDES))
def test_the_act_has_its_sides(text, kind, actors, recipients):
    assert has(text, kind, actors, recipients), sides(text, kind)


def test_a_body_that_is_a_noun_acts_object_is_no_owner():
    """'voiced solidarity with Jamaica's Ministry of Health': the owner after the act is its addressee."""
    got = sides("Kenya voiced solidarity with Jamaica's Ministry of Health on Tuesday.", "SUPPORT")
    assert not any("JAM" in a for a, _ in got), got
    assert events("Kenya voiced solidarity with Jamaica's Ministry of Health on Tuesday.") is not None


MOVES = {
    "model_designators_and_own_forces_moved_are_a_show_of_force": [
        ("Poland scrambled F-16s after Russian drones crossed the border.", {"POL"}),
        ("Finland scrambled two F-35s on Monday.", {"FIN"}),
        ("Greece said its F-16s were scrambled to intercept Turkish jets.", {"GRC"}),
        ("Peru announced on Monday that its troops had been deployed to the border.", {"PER"}),
    ],
    "forces_a_bare_body_reports_moved_are_the_datelines": [
        ("OSLO, May 3 (NTB) - Russian bombers flew near the coast on Monday.\n\nThe defence ministry said the flight "
         "took place over the Barents Sea, where the F-35s had been scrambled to shadow the bombers.", {"NOR"}),
        ("RIGA, May 3 (LETA) - The military said on Monday that the patrol ships were deployed to the gulf.", {"LVA"}),
    ],
}


@pytest.mark.parametrize("text, actors", class_rows(MOVES))
def test_the_show_of_force_has_its_actors(text, actors):
    assert has(text, "MOBILIZE", actors, None), sides(text, "MOBILIZE")


@pytest.mark.parametrize("text, wrong", [
    # the forces' own state is named: it moved them, not the dateline's
    ("OSLO, May 3 (NTB) - The defence ministry said Russian jets were scrambled to shadow the bombers.", "NOR"),
    # no dateline: no state for a bare body
    ("The defence ministry said the F-35s had been scrambled to shadow the bombers.", "NOR"),
])
def test_forces_with_their_state_or_no_dateline_are_not_the_datelines(text, wrong):
    assert not any(wrong in a for a, _ in sides(text, "MOBILIZE")), sides(text, "MOBILIZE")
