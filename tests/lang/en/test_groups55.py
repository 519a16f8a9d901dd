"""(groups55, issue 14) English ranks and postpositive offices held: 'the general' standing alone is an officer of the
forces (MIL), never civilians; a title before a postpositive word is no shorter office ('the secretary general' is
not the US 'Secretary'); and a secretary general 'of' a party side is that side's. Our own sentences."""
from __future__ import annotations

import pytest


def received(extract, text: str, kind: str) -> list[set]:
    return [{(p.country, p.sector) for p in e.recipients} for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, receiving", [
    ("Tanzanian police arrested the general on Wednesday.", ("TZA", "MIL")),
    ("Tanzanian police detained the general, a spokesman said.", ("TZA", "MIL")),
    ("Tanzanian police arrested the general who had led the mutiny.", ("TZA", "MIL")),
    ("Tanzanian police arrested the general and two of his aides on Wednesday.", ("TZA", "MIL")),
])
def test_a_general_standing_alone_is_an_officer(extract, text, receiving):
    found = received(extract, text, "COERCE")
    assert any(receiving in r for r in found), found


@pytest.mark.parametrize("text", [  # guard: the adjective before a noun stays no officer
    "Tanzanian police dispersed a general strike in Arusha on Wednesday.",
    "Tanzanian police warned the general public in Arusha on Wednesday.",
])
def test_the_adjective_general_is_no_officer(extract, text):
    assert all(s != "MIL" for e in extract(text).events for _c, s in
               {(p.country, p.sector) for p in e.recipients}), [(e.type, e.recipients) for e in extract(text).events]


@pytest.mark.parametrize("text, receiving", [
    ("Tanzanian police arrested the secretary general of the opposition party on Wednesday.", ("TZA", "OPP")),
    ("Tanzanian police arrested the secretary general of the opposition on Wednesday.", ("TZA", "OPP")),
    ("Tanzanian police arrested the secretary general of the Civic Unity Party on Wednesday.", ("TZA", "PTY")),
    ("Tanzanian police arrested the attorney general of Tanzania on Wednesday.", ("TZA", "GOV")),  # guard
])
def test_a_secretary_general_of_a_party_is_the_partys(extract, text, receiving):
    found = received(extract, text, "COERCE")
    assert any(receiving in r for r in found), found
    assert all(c not in ("USA", "UNO") for r in found for c, _s in r), found


def test_a_title_before_a_postpositive_word_is_no_shorter_office():
    from readout.lang.en.mentions import find_mentions

    found = find_mentions("Tanzanian police arrested the secretary general of the opposition party on Wednesday.")
    assert all(m.office != "secretary_of_state" for m in found), found
    assert any(m.office == "secretary_of_state" for m in find_mentions("The Secretary met the envoy on Friday."))


@pytest.mark.parametrize("text, acting, receiving", [  # groups55: a state inside the charge's deed is no side
    ("The Tanzanian opposition accused the government of colluding with Burundi on Wednesday.",
     ("TZA", "OPP"), ("TZA", "GOV")),
    ("The Tanzanian opposition accused parliament of conspiring with Burundi on Wednesday.",
     ("TZA", "OPP"), ("TZA", "LEG")),
    ("The Tanzanian opposition accused the government of Burundi of arming rebels on Wednesday.",  # guard: the
     ("TZA", "OPP"), ("BDI", "GOV")),  # body's own state after 'of'
])
def test_a_state_in_a_home_bodys_charged_deed_is_no_side(extract, text, acting, receiving):
    found = [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
             for e in extract(text).events if e.type == "ACCUSE"]
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [  # groups55: the Red Cross is a humanitarian body (SOC) as Amnesty is, not an IGO
    "The Red Cross criticized the Burundian government on Wednesday.",
    "The International Committee of the Red Cross criticized the Burundian government on Wednesday.",
    "Amnesty International criticized the Burundian government on Wednesday.",  # guard
])
def test_the_red_cross_is_a_humanitarian_body(extract, text):
    found = [{(p.country, p.sector) for p in e.participants} for e in extract(text).events if e.type == "ACCUSE"]
    assert any(("IGO", "SOC") in a for a in found), found
