"""Breaking, cutting or reducing diplomatic relations is the manual's SANCTION 'discontinue' ("curtail, decrease, break,
or terminate diplomatic ... exchanges") however the verb is told: with 'off' or without, 'relations' or 'ties'.
CAMEO's crosswalk (161) read some of these forms as 'withdraw', so one break of relations told two ways became two
measures that never merged (store/merge_evidence.mode_evidence). Recalling or withdrawing the diplomats themselves stays
'withdraw'. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru broke diplomatic relations with Bolivia on Monday.", "PER", "BOL"),
    ("Paraguay's government said it was breaking diplomatic relations with Venezuela.", "PRY", "VEN"),
    ("Honduras cut diplomatic ties with Taiwan.", "HND", "TWN"),
    ("Benin reduced ties with Niger after the border dispute.", "BEN", "NER"),
    ("Mali broke off relations with Algeria.", "MLI", "DZA"),  # the form that always read so: the rows agree with it
])
def test_breaking_relations_is_discontinue(extract, text, actor, recipient):
    (act,) = events_of(extract(text), "SANCTION")
    assert (act.mode, countries(act.participants), countries(act.recipients)) == ("discontinue", {actor}, {recipient})


@pytest.mark.parametrize("text, kind, mode", [
    ("Egypt recalled its ambassador from Qatar.", "SANCTION", "withdraw"),  # the diplomats withdrawn: withdraw
    ("Ghana broke the deadlock with Togo.", "AGREE", None),  # not relations: no sanction at all
])
def test_other_objects_of_the_verbs_keep_their_reading(extract, text, kind, mode):
    found = events_of(extract(text), kind)
    assert found and found[0].mode == mode
    assert kind == "SANCTION" or not events_of(extract(text), "SANCTION")
