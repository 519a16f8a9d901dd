"""enrelc48 (issue 13): English relative clauses that leak their acts, one class each, with negative rows beside
them:

- an act told in a relative clause whose own subject is a plain noun phrase naming no state and no state body ('the
  levies [the cartel placed on X]', 'the rockets [the insurgents launched at X]') is that subject's alone: no doer is
  the sentence's subject (lang/en/act_stateless_clauses.py, pipeline/act_build). A subject naming a state ('the
  levies Chile placed on X'), an organisation by name, or a state body ('the government') reads as before;
- a name inside a relative clause ('met Y's minister Z, who was pressing for talks with W') is no party of a meeting
  word outside that clause (lang/en/meeting_relative_parties.py): W was not at the meeting. A meeting word inside the
  clause ('A and B, who met in X with C') and a party named outside any relative clause keep their parties;
- a relative pronoun after a name with a lower-case title ('met Ugandan envoy Rosa Quispe, who is seeking ...') stands
  for the whole titled name, whose demonym gives the state (lang/en/act_antecedents.agent_title, the agent-noun table),
  so the main clause's subject is no doer of the clause's act; and a truce sought with a side ('is seeking a ceasefire
  with X') asks that side (scripts/data/en_acts_additions.yaml: CAMEO's seek row given its 'with' target).

Every sentence is our own (invented wording; real states and capitals). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events

PUB = "2026-03-12"

# (sentence, type, the acting states (None: no event of the type), the receiving states)
ROWS = {
    "a_stateless_clause_subject_keeps_its_act": [
        ("Ecuador denounced the duties the cartel placed on Niger.", "SANCTION", None, None),
        ("Uruguay urged Kenya to lift the embargo the consortium imposed on Laos.", "SANCTION", None, None),
        ("Norway deplored the rockets the insurgents launched at Jordan.", "ASSAULT", None, None),
        ("Ecuador denounced the duties, which the cartel placed on Niger.", "SANCTION", None, None),
        # negative rows: a state, a named body, or the state's own government as the clause's subject
        ("Ecuador denounced the duties Chile imposed on Niger.", "SANCTION", {"CHL"}, {"NER"}),
        ("Ecuador denounced the duties the Chilean government imposed on Niger.", "SANCTION", {"CHL"}, {"NER"}),
        ("Norway deplored the rockets Syrian troops launched at Jordan.", "ASSAULT", {"SYR"}, {"JOR"}),
        ("Ecuadorian farmers denounced the duties the government imposed on Niger.", "SANCTION", {"ECU"}, {"NER"}),
        ("Ecuador imposed duties on Niger, which the cartel opposed.", "SANCTION", {"ECU"}, {"NER"}),
        ("Ecuador said the depots were a danger and urged Niger to shut them.", "REQUEST", {"ECU"}, {"NER"}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_relc48_classes(sentence, type_, acting, receiving):
    found = [e for e in events(sentence, PUB) if e.type == type_]
    if acting is None:
        assert not found, [(e.type, [p.country for p in e.participants]) for e in found]
        return
    assert found, [e.type for e in events(sentence, PUB)]
    gets = {r.country for r in found[0].recipients}
    assert {p.country for p in found[0].participants} - gets == acting
    assert gets == receiving


# (sentence, a state at the meeting, the states of the meeting that state attended)
MEETING_ROWS = {
    "a_relative_clause's_name_is_no_party_of_the_main_meeting": [
        ("Ghana's premier met Peruvian minister Rosa Quispe, who was pressing for talks with Bolivia.", "GHA",
         {"GHA", "PER"}),
        ("Ghana's premier received Peru's envoy, who had sought a meeting with Angola last week.", "GHA",
         {"GHA", "PER"}),
        ("The Omani foreign minister met Jordan's king, who later held talks with Egypt.", "OMN", {"OMN", "JOR"}),
        # negative rows: a party named outside a relative clause, and a meeting word inside the clause itself
        ("Ghana's premier met Peruvian minister Rosa Quispe and Bolivia's envoy in Accra.", "GHA",
         {"GHA", "PER", "BOL"}),
        ("Ghana and Peru, who met in Accra with Bolivia, signed a pact.", "GHA", {"GHA", "PER", "BOL"}),
    ],
}


@pytest.mark.parametrize("sentence, present, parties", class_rows(MEETING_ROWS))
def test_relc48_meeting_parties(sentence, present, parties):
    found = [{p.country for p in e.participants} for e in events(sentence, PUB) if e.type == "CONSULT"]
    held = [f for f in found if present in f]
    assert held == [parties], found


# (sentence, type, the acting states (None: no event of the type), the receiving states)
SOUGHT_ROWS = {
    "a_titled_antecedent_is_the_clause's_only_doer": [
        ("Ghana's premier met Ugandan envoy Rosa Quispe, who is seeking a summit with Rwanda.", "REQUEST", {"UGA"},
         {"RWA"}),
        ("Ghana's premier met Ugandan foreign minister Rosa Quispe, who sought a summit with Rwanda.", "REQUEST",
         {"UGA"}, {"RWA"}),
        # negative rows: a capitalised title read so already; no title, no state of the doer
        ("Ghana's premier met Ugandan Foreign Minister Rosa Quispe, who is seeking a summit with Rwanda.", "REQUEST",
         {"UGA"}, {"RWA"}),
    ],
    "a_truce_sought_with_a_side_asks_it": [
        ("Uganda is seeking a ceasefire with Rwanda.", "REQUEST", {"UGA"}, {"RWA"}),
        ("Uganda sought a truce with Rwanda on Monday.", "REQUEST", {"UGA"}, {"RWA"}),
        ("Ghana's premier met Ugandan envoy Rosa Quispe, who is seeking a ceasefire with Rwanda.", "REQUEST", {"UGA"},
         {"RWA"}),
        # negative rows: a negated seeking asks nothing; a truce observed is no request
        ("Uganda is not seeking a ceasefire with Rwanda.", "REQUEST", None, None),
        ("Uganda observed the ceasefire with Rwanda.", "REQUEST", None, None),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(SOUGHT_ROWS))
def test_relc48_sought(sentence, type_, acting, receiving):
    test_relc48_classes(sentence, type_, acting, receiving)
