"""shelve53: talks shelved and items kept off an agenda are refusals (PLOVER REJECT, CAMEO 125), with sentences of
our own.

- Talks, a summit or plans for them shelved ('shelved plans for talks with X'): REJECT `meet` of the partner, and the
  meeting itself is no CONSULT held (the meeting reader marks it cancelled); suspending ongoing talks stays SANCTION.
- An item a side will not put on the agenda ('would not put X's membership bid on the agenda'): the speaker's REJECT
  of the item's owner or partner, done by saying it; set on an agenda with no negation it is no act.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, partner", [
    ("Peru shelved plans for talks with Bolivia on Monday.", "PER", "BOL"),
    ("Ghana has shelved its planned summit with Togo, the foreign ministry said.", "GHA", "TGO"),
    ("Uruguay shelved talks with Paraguay after the border dispute.", "URY", "PRY"),
    ("Kenya shelved plans to meet Uganda's president.", "KEN", "UGA"),
])
def test_shelved_talks_are_a_refusal_to_meet(text, actor, partner):
    events = read(text)
    assert_act(events, "REJECT", {actor}, {partner}, "occurred", mode="meet")
    assert not [e for e in events if e.type == "CONSULT" and e.status == "occurred"]


@pytest.mark.parametrize("text", [
    "Ghana shelved plans for a new port on the coast.",
    "Peru held talks with Bolivia after it shelved plans for a new highway.",
])
def test_shelved_plans_of_no_meeting_refuse_no_one(text):
    assert_act(read(text), "REJECT", set(), None, None)


def test_suspended_talks_stay_a_sanction():
    assert_act(read("Peru suspended negotiations with Bolivia on Monday."), "SANCTION", {"PER"}, {"BOL"}, "occurred")


@pytest.mark.parametrize("text, actor, partner", [
    ("Norway would not put Finland's membership bid on the agenda, its prime minister said on Tuesday.", "NOR", "FIN"),
    ("Ghana said it will not put talks with Togo on the agenda until 2030.", "GHA", "TGO"),
    ("Hungary refused to put Serbia's application on the agenda.", "HUN", "SRB"),
])
def test_item_kept_off_the_agenda_is_refused(text, actor, partner):
    events = read(text)
    assert_act(events, "REJECT", {actor}, {partner}, "occurred")
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Ghana put climate change on the agenda of the summit.",
    "Chile put talks with Peru on the agenda.",
])
def test_item_set_on_the_agenda_is_no_act(text):
    events = read(text)
    assert_act(events, "AGREE", set(), None, None)
    assert_act(events, "REJECT", set(), None, None)
