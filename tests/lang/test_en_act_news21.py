"""English act classes read by the en21 session on two held-out article batches, one table per class, each with
sentences of our own across regions (none from the shared eval sets, the seeds, the PLOVER gold or the lead's
article batches):

1. scrambling military aircraft is the scrambling state's MOBILIZE, with no receiving side (en_acts_additions.yaml
   entries: scramble + jets/fighters/aircraft), also as the infinitive of "prompting X to scramble";
2. military aircraft flying somewhere are forces shown, their owners' MOBILIZE, only when forces are the verb's
   subject (entries: fly; cue force_moves), so a minister's flight is no act;
3. a state group word ("both countries") whose own sentence names states before it stands for the last of them
   (pipeline/act_actors.named_earlier_in_sentence), and an unqualified home body ("the government") opening a
   clause coordinated after ", and", or conveying a noun act ("conveyed grave concern"), is the dateline's state
   (en.yaml home_body_subject_re).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2026, 6, 17)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


def of_type(events, type_: str, actor: str) -> list:
    return [e for e in events if e.type == type_ and actor in countries(e.participants)]


# 1. scrambling jets
@pytest.mark.parametrize("text, actor", [
    ("Norway scrambled F-16 fighter jets on Tuesday after two foreign patrol planes neared its coast.", "NOR"),
    ("The Philippine air force said it had scrambled fighters on Monday.", "PHL"),
    ("A drone was spotted near the border on Monday, prompting Estonia to scramble its own fighter jets.", "EST"),
])
def test_scrambling_jets_is_mobilize(text, actor):
    events = read(text)
    assert_act(events, "MOBILIZE", {actor}, set(), OCC)


@pytest.mark.parametrize("text, actor", [
    ("Norway did not scramble any jets on Tuesday, its air force said.", "NOR"),
    ("Chile's eggs were scrambled for breakfast at the embassy on Tuesday.", "CHL"),
])
def test_no_scramble_no_mobilize(text, actor):
    assert not of_type(read(text), "MOBILIZE", actor)


# 2. forces flying
@pytest.mark.parametrize("text, actors", [
    ("Two Iranian drones flew over the Gulf of Oman on Monday.", {"IRN"}),
    ("Turkish and Azerbaijani warplanes flew together over the Caspian Sea on Thursday.", {"TUR", "AZE"}),
    ("Indian fighter jets flew near the Line of Control on Friday, the army said.", {"IND"}),
])
def test_forces_flying_are_mobilize(text, actors):
    assert_act(read(text), "MOBILIZE", actors, set(), OCC)


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister flew to Quito on Monday.",
    "Thousands of Kenyan tourists flew to Zanzibar for the holiday.",
])
def test_people_flying_is_no_act(text):
    assert not [e for e in read(text) if e.type == "MOBILIZE"]


# 3. 'both countries' in the same sentence; 'the government' in a coordinated clause
@pytest.mark.parametrize("text, actor, recipients", [
    ('HELSINKI, June 16 (AP) -- Finland scrambled jets on Tuesday after Russian and Belarusian bombers flew over '
     'the Baltic, and the government conveyed "grave concern" to both countries through diplomatic channels.',
     "FIN", {"RUS", "BLR"}),
    ("NAIROBI, June 16 (AP) -- Somali and Ethiopian troops massed near the border on Monday, and Kenya urged both "
     "countries to pull back.", "KEN", {"SOM", "ETH"}),
    ("LIMA, June 16 (AP) -- The government expressed serious concern to Bolivia on Tuesday.", "PER", {"BOL"}),
])
def test_group_word_and_home_body_in_one_sentence(text, actor, recipients):
    events = read(text)
    found = [e for e in events if e.type in ("ACCUSE", "REQUEST") and actor in countries(e.participants)]
    assert found, [(e.type, countries(e.participants)) for e in events]
    assert countries(found[0].recipients) == recipients


def test_a_home_body_without_dateline_names_no_state():
    """No dateline, no state: 'the government' alone is not guessed from the other names of the sentence."""
    events = read("Russian bombers flew over the Baltic on Tuesday, and the government conveyed grave concern.")
    assert not [e for e in events if e.type == "ACCUSE"]
