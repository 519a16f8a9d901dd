"""A meeting or a session refused (votes46): 'rejected the meeting', 'spurned the summit', 'turned down the
session' is CAMEO 125 "reject proposal to meet, discuss, or negotiate", PLOVER REJECT mode meet, for every verb
of refusing a thing and every meeting noun of the boycott entry. Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)


@pytest.mark.parametrize("text,actors,recipients", [
    ("Venezuela rejected the meeting, saying it did not recognize the panel.", {"VEN"}, None),
    ("Eritrea dismissed the session as a political show.", {"ERI"}, None),
    ("Pyongyang spurned the summit with Seoul on Sunday.", {"PRK"}, {"KOR"}),
    ("Belarus rebuffed the consultations with Lithuania.", {"BLR"}, {"LTU"}),
    ("Armenia turned down the conference with Azerbaijan.", {"ARM"}, {"AZE"}),
])
def test_a_refused_meeting_is_a_refusal_to_meet(text, actors, recipients):
    assert_act(extract_text(text, published=DAY).events, "REJECT", actors, recipients, "occurred", mode="meet")


SESSION = "The U.N. Security Council met on Tuesday on Eritrea. "


@pytest.mark.parametrize("text,recipients", [
    # votes46 (act_convened): 'the meeting' refused with no party named refuses the body that convened it
    (SESSION + "Eritrea's envoy Tesfay Haile rejected the meeting, calling it a Western show.", {"UNO"}),
    (SESSION + "Eritrea dismissed the session as illegitimate.", {"UNO"}),
    (SESSION + "Eritrea rejected the meeting with Ethiopia.", {"ETH"}),
])
def test_a_session_refused_refuses_its_body(text, recipients):
    assert_act(extract_text(text, published=DAY).events, "REJECT", {"ERI"}, recipients, "occurred", mode="meet")


@pytest.mark.parametrize("text", ["Ambassador Lee Song rejected the meeting.", "Envoy Mary Film spurned the summit."])
def test_a_surname_that_is_a_noun_is_no_published_thing(text):
    """(votes46, act_clause.surname) 'Song rejected' is a person refusing, not 'the song rejected' (a participle after
    an informational object noun such as `song` or `film` describes the thing published)."""
    from readout.lang.en.acts import find_acts

    assert [h.type for h in find_acts(text)] == ["REJECT"]


ASSEMBLY = "The U.N. General Assembly met on Thursday to vote on a draft on Syria. "


@pytest.mark.parametrize("text,recipients", [
    # convened48: a body's session or vote boycotted (boycott's objects and `convened_nouns`: debate, hearing, vote)
    (ASSEMBLY + "Syria boycotted the vote.", {"UNO"}),
    (ASSEMBLY + "Syria boycotted the debate, its envoy said.", {"UNO"}),
    (SESSION.replace("Eritrea", "Syria") + "Syria boycotted the session.", {"UNO"}),
    ("Syria boycotted the session.", set()),  # no body named: no recipient
])
def test_a_boycotted_session_or_vote_refuses_its_body(text, recipients):
    assert_act(extract_text(text, published=DAY).events, "REJECT", {"SYR"}, recipients, "occurred", mode="meet")
