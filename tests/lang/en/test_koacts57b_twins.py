"""(koacts57b, issues 13/15) English twins of tests/lang/ko/test_koacts57b.py: people judged under a label ('denounced
the group as a terrorist organization'), a condemnation of an attack whose doer is a group of the judge's own state
(pipeline/act_answered_groups). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.judged_groups import (check_judged, check_members_arrested, check_own_group_condemned,
                                   first_of, sides as SIDES)



@pytest.mark.parametrize("text,receiving", [
    ("Boko Haram attacked a church in Kano. Nigeria denounced the group as a criminal gang.", {("NGA", "REB")}),
    ("Al-Shabaab attacked a college in Garissa. Kenya denounced the group as a terrorist organization.",
     {("SOM", "REB")}),
])
def test_people_judged_under_label_en(text, receiving):
    check_judged(text, receiving)


@pytest.mark.parametrize("text,receiving", [
    ("Boko Haram attacked a church in Kano. Nigeria condemned the attack.", {("NGA", "REB")}),
    ("Gunmen attacked a market in Jos. Nigeria condemned the attack.", {("NGA", "UAF")}),
    # guard row: the state's own forces struck: no one judged
    ("Nigerian troops attacked a village near Kano. Nigeria condemned the attack.", set()),
])
def test_own_group_attack_condemned_en(text, receiving):
    check_own_group_condemned(text, receiving)


@pytest.mark.parametrize("text,acting,receiving", [
    ("Boko Haram attacked a church in Kano. Three members of the group were arrested.", ("NGA", "GOV"),
     {("NGA", "REB")}),
    ("Five members of Boko Haram were arrested.", ("NGA", "GOV"), {("NGA", "REB")}),
])
def test_group_members_arrested_en(text, acting, receiving):
    check_members_arrested(text, acting, receiving)


def test_foreign_place_arrest_en():
    """Guard row: an arrest placed in another state is that state's, its people of no group as before."""
    e = first_of("Three Boko Haram fighters were arrested in Cameroon.", "COERCE")
    assert e is not None and ("CMR", "GOV") in SIDES(e.participants)


def test_occurred_terror_with_time_en():
    """Twin of the Korean time-adverb row: an attack told as occurring at a place, a day word after it."""
    e = first_of("A terror attack occurred at a hotel in Mombasa yesterday.", "ASSAULT")
    assert e is not None and SIDES(e.recipients) == {("KEN", "CVL")} and not e.participants


@pytest.mark.parametrize("text,acting", [
    ("Venezuelan troops gathered near the border with Guyana.", {"VEN"}),
    ("Thousands of protesters gathered in a square in Caracas.", None),
])
def test_troops_gathered_en(text, acting):
    """Twin of the Korean gathering rows (lang/en/act_sighted_forces.troops_gathered reads it already)."""
    found = [e for e in events(text) if e.type == "MOBILIZE" and e.status == "occurred"]
    if acting is None:
        assert not found
        return
    assert found and acting <= {p.country for p in found[0].participants}


def test_own_state_government_en():
    """Twin of the Korean '자국 정부가' row: 'his government' is the speaker's state's."""
    e = first_of("Ecuador's foreign minister said his government supports Colombia.", "SUPPORT")
    assert e is not None and ("ECU", "GOV") in SIDES(e.participants)
