"""English readings of the cooperative and conciliatory classes kopar53a fixed in Korean (issues 15/13): the same news
told in English gives the same acts (tests/lang/ko/test_act_conciliatory_classes.py). Each row is a sentence we wrote
for the test, read through the whole pipeline: the act (type, acting and receiving states, status; status None: no
such event), and a row per class that states no such act. Two classes needed English entries too: a sum deposited in
another state's central bank (AID economic) and children or civilians returned (RETREAT release); trucks allowed to
enter are RETREAT access (en_acts_additions)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

PUB = date(2026, 3, 12)


def events(text: str):
    return extract_text(text, published=PUB).events


CLASSES = {
    "accord_reached": [
        ("Bolivia and Paraguay reached an agreement on water sharing.", "AGREE", {"BOL", "PRY"}, None, "occurred", None),
        ("Bolivia and Paraguay failed to reach an agreement.", "AGREE", set(), None, None, None),
    ],
    "joint_activity": [
        ("Spain and Morocco began joint border patrols.", "COOPERATE", {"ESP", "MAR"}, None, "occurred", None),
    ],
    "ties_restored": [
        ("Qatar restored diplomatic relations with Bahrain.", "SUPPORT", {"QAT"}, {"BHR"}, "occurred", None),
    ],
    "sum_deposited": [
        ("Kuwait deposited 500 million dollars in the central bank of Jordan.", "AID", {"KWT"}, {"JOR"}, "occurred",
         "economic"),
        ("Qatar deposited $3 billion with Egypt's central bank.", "AID", {"QAT"}, {"EGY"}, "occurred", "economic"),
        ("The company deposited $2 million in a Swiss bank.", "AID", set(), None, None, None),
        # actors57b: a deposit with no bank or state named is money banked at home, no AID
        ("Omani firms deposited $400 million of household savings.", "AID", set(), None, None, None),
        ("Oman deposited $400 million on Monday.", "AID", set(), None, None, None),
    ],
    "food_given": [
        ("Thailand donated rice to Myanmar.", "AID", {"THA"}, {"MMR"}, "occurred", "humanitarian"),
    ],
    "suspect_sent_back": [
        ("Thailand extradited a drug trafficking suspect to Laos.", "COOPERATE", {"THA"}, {"LAO"}, "occurred", None),
    ],
    "people_sent_home": [
        ("Belarus returned 12 Lithuanian children to Lithuania.", "RETREAT", {"BLR"}, {"LTU"}, "occurred", "release"),
        ("Belarus returned the letter to Lithuania.", "RETREAT", set(), None, None, None),
    ],
    "entry_permitted": [
        ("Egypt allowed aid trucks to enter the border zone.", "RETREAT", {"EGY"}, None, "occurred", "access"),
        ("Egypt did not allow aid trucks to enter.", "RETREAT", set(), None, None, None),
    ],
    "thanks_for_help": [
        ("Jordan thanked Norway for its financial support.", "SUPPORT", {"JOR"}, {"NOR"}, "occurred", None),
    ],
    "sum_pledged": [
        ("Japan pledged 5 million dollars to Turkey.", "AID", {"JPN"}, {"TUR"}, "occurred", "economic"),
    ],
}


@pytest.mark.parametrize("text,type_,actors,recipients,status,mode", class_rows(CLASSES))
def test_conciliatory_classes_in_english(text, type_, actors, recipients, status, mode):
    assert_act(events(text), type_, actors, recipients, status, mode)


@pytest.mark.parametrize("text,parties", [
    ("Switzerland hosted peace talks between Armenia and Azerbaijan.", {"CHE", "ARM", "AZE"}),
])
def test_hosted_talks_between_two_sides_in_english(text, parties):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert found and {p.country for p in found[0].participants} == parties and found[0].mode == "third-party"
