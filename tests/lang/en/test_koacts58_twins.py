"""(koacts58, issues 13/15) English twins of tests/lang/ko/test_koacts58.py that English already reads: an unowned
checkpoint or convoy struck is the state's (GOV), troops promised to a side are AGREE, an offer to mediate names the
pair mediated between, cooperation grown between two states. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row, events


def first_of(text: str, kind: str):
    """The first event of `kind` in `text`, or None."""
    return next((e for e in events(text) if e.type == kind), None)


@pytest.mark.parametrize("text, kind, mode, acting, receiving", [
    ("Taliban fighters attacked a checkpoint.", "ASSAULT", None, {("AFG", "REB")}, {("AFG", "GOV")}),
    ("Gunmen attacked a convoy in Kandahar.", "ASSAULT", None, {("AFG", "UAF")}, {("AFG", "GOV")}),
])
def test_unowned_posts_struck_en(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text,acting,receiving", [
    ("France promised to send troops to Mali.", "FRA", "MLI"),
])
def test_promised_troops_en(text, acting, receiving):
    found = events(text)
    assert not [e for e in found if e.type == "THREATEN"], [(e.type, e.mode) for e in found]
    e = first_of(text, "AGREE")
    assert e is not None, [x.type for x in found]
    assert {p.country for p in e.participants} == {acting} and {r.country for r in e.recipients} == {receiving}


@pytest.mark.parametrize("text,parties", [
    # English reads the offer as the planned mediated meeting of all three (CONSULT, third-party)
    ("Qatar said it would mediate between Israel and Hamas.", {"QAT", "ISR", "PSE"}),
])
def test_offered_mediation_en(text, parties):
    found = events(text)
    sides = [{p.country for p in e.participants} | {r.country for r in e.recipients} for e in found
             if e.type in ("AGREE", "CONSULT")]
    assert parties in sides, [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("text,parties", [
    ("Security cooperation between Japan and the Philippines was strengthened.", {"JPN", "PHL"}),
])
def test_cooperation_grown_between_en(text, parties):
    e = first_of(text, "COOPERATE")
    assert e is not None, [x.type for x in events(text)]
    assert {p.country for p in e.participants} == parties


@pytest.mark.parametrize("text,kind,acting,receiving", [
    ("Criticism of China by the United States continued.", "ACCUSE", "USA", {"CHN"}),
])
def test_acts_taken_place_en(text, kind, acting, receiving):
    e = first_of(text, kind)
    assert e is not None, [x.type for x in events(text)]
    assert {p.country for p in e.participants} == {acting} and {r.country for r in e.recipients} == receiving


@pytest.mark.parametrize("text", [
    "The Mexican president was invited by the Canadian government.",
])
def test_invitation_passive_as_active_en(text):
    e = first_of(text, "REQUEST")
    assert e is not None, [x.type for x in events(text)]
    assert e.mode == "meet" and {p.country for p in e.participants} == {"CAN"} \
        and {r.country for r in e.recipients} == {"MEX"}
