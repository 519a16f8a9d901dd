"""(relclause52, issue 13) A deed told in a relative clause whose subject is a pronoun ('freed the Georgian monitors
it had detained') is the sentence's subject's earlier act on the head: that subject acts, the head's state receives,
dated as a recall (before the story's day), and the main verb is still read. The Korean twin is
tests/lang/ko/test_act_own_subject_relatives.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.act_object_relatives import pronoun_relative
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.acts import find_acts

DAY = date(2026, 5, 12)


def sides(event) -> tuple[set[str], set[str]]:
    return {e.country for e in event.participants}, {e.country for e in event.recipients}


# sentence, main act (type, mode), relative act (type, mode), doer, receiver
ROWS = [
    ("Serbia freed the two Montenegrin border guards it had detained.", ("RETREAT", "release"), ("COERCE", "arrest"),
     "SRB", "MNE"),
    ("Serbia freed the two Montenegrin border guards that it had detained.", ("RETREAT", "release"),
     ("COERCE", "arrest"), "SRB", "MNE"),
    ("Morocco released the Spanish fishermen whom it had arrested.", ("RETREAT", "release"), ("COERCE", "arrest"),
     "MAR", "ESP"),
    ("Morocco released the 14 Spanish fishermen it had arrested.", ("RETREAT", "release"), ("COERCE", "arrest"),
     "MAR", "ESP"),
    ("Uganda expelled the Kenyan traders it had detained.", ("SANCTION", "expel"), ("COERCE", "arrest"), "UGA", "KEN"),
    ("Azerbaijan rebuilt the Armenian villages it had shelled.", None, ("ASSAULT", None), "AZE", "ARM"),
]


@pytest.mark.parametrize("text,main,relative,doer,receiver", ROWS)
def test_pronoun_relative_is_the_subjects_earlier_deed(text, main, relative, doer, receiver):
    events = extract_text(text, published=DAY).events
    rel = [e for e in events if (e.type, e.mode if relative[1] else None) == relative]
    assert rel, [(e.type, e.mode) for e in events]
    assert sides(rel[0]) == ({doer}, {receiver})
    assert rel[0].date is None or rel[0].date < DAY  # a recall: never the story's day
    if main is not None:
        told = [e for e in events if (e.type, e.mode) == main]
        assert told and sides(told[0]) == ({doer}, {receiver}) and told[0].date == DAY


UNCHANGED = [
    "Serbia said it had detained two Montenegrin border guards.",  # a complement with its own object
    "Morocco released the fishermen it had arrested.",  # the head names no state
    "Morocco said the Spanish fishermen were arrested.",  # no relative
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_shapes_are_not_pronoun_relatives(text):
    words = tokenize(text)
    for hit in find_acts(text, words):
        assert pronoun_relative(hit, text, words) is hit


def test_relative_with_a_named_subject_keeps_its_own_doer():
    events = extract_text("Morocco released the Spanish fishermen that Algeria had arrested.", published=DAY).events
    arrest = [e for e in events if e.type == "COERCE"]
    assert arrest and sides(arrest[0]) == ({"DZA"}, {"ESP"})
