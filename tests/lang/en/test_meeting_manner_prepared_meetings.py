"""The English readers of meetings and acts, one rule each, on our own sentences: the remote manner of a meeting in its
clause, a meeting that prepares another, compounds before summits and office words, a welcomed guest, support
promised for or to someone, a state body without its state, departures and venues as places. End-to-end rows of the
same classes: tests/lang/en/test_news_probe.py (the en10 block).

Formerly tests/lang/test_en_news10.py; classes first read as "The English readers of the en10 classes, one rule
each, on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.lang.en import places


@pytest.fixture(scope="module")
def english():
    from readout.kb.loader import kb
    from readout.lang.en.language import English
    from readout.settings import Settings

    return English(Settings().language("en"), kb())


def trigger_at(english, text: str, word: str):
    return next(t for t in english.meeting_triggers(text, ()) if t.text == word)


@pytest.mark.parametrize("text, word, mode", [
    ("Cho held talks with Iwaya on Friday via video link.", "talks", "phone"),
    ("Lula and Ruto held a virtual summit on Tuesday.", "summit", "phone"),
    ("Duda met Sisi online on Monday.", "met", "phone"),
    ("Duda met Sisi in Cairo on Monday, a week after their video call.", "met", None),
    ("Duda met Sisi in Cairo on Monday.", "met", None),
])
def test_a_remote_manner_in_the_meetings_clause_makes_it_remote(english, text, word, mode):
    assert trigger_at(english, text, word).mode == mode


@pytest.mark.parametrize("text, word, status", [
    ("Envoys met in Lima on Monday to prepare a summit between the two presidents.", "summit", "planned"),
    ("Envoys met in Lima on Monday to prepare a summit between the two presidents.", "met", "occurred"),
    ("Envoys met in Lima in preparation for the ministers' meeting.", "meeting", "planned"),
])
def test_a_prepared_meeting_is_planned_and_the_preparing_one_held(english, text, word, status):
    assert trigger_at(english, text, word).status == status


def test_the_prepared_meeting_has_its_own_clause(english):
    text = "Cho and Iwaya met in Tokyo on Monday to prepare a summit between the leaders."
    met, summit = trigger_at(english, text, "met"), trigger_at(english, text, "summit")
    met_clause, summit_clause = english.clause(text, (), met.start, met.end), english.clause(text, (), summit.start, summit.end)
    assert met_clause[1] <= text.index("to prepare") <= summit_clause[0]


def act_types(english, text: str) -> list[str]:
    return [h.type for h in english.find_acts(text, ())]


@pytest.mark.parametrize("text, kind, absent", [
    ("Chile pledged support for Peru's efforts to end the dispute.", "SUPPORT", "AGREE"),
    ("Chile promised full support to Peru.", "AGREE", "SUPPORT"),
    ("Chile pledged its support to further deepen cooperation with Peru.", "AGREE", "SUPPORT"),
    ("Chile welcomed Peru's decision to reopen the border.", "SUPPORT", None),
    ("The Chilean government welcomed the delegation on Tuesday.", "SUPPORT", None),  # CAMEO 050
])
def test_support_for_x_approves_and_support_to_x_is_promised(english, text, kind, absent):
    types = act_types(english, text)
    assert kind in types and (absent is None or absent not in types)


@pytest.mark.parametrize("text", [
    "Ruto welcomed President Lula at the airport on Monday.",
    "Ruto greeted President Lula on arrival in Nairobi.",
    "Ruto welcomed Chile's president at the airport on Monday.",
    "Ruto welcomed the visiting Chilean president at the airport.",
])
def test_a_welcomed_guest_is_no_support(english, text):
    assert "SUPPORT" not in act_types(english, text)


@pytest.mark.parametrize("text, home", [
    ("The foreign ministry summoned the Chilean ambassador on Monday.", True),
    ("The foreign ministry on Monday summoned the Chilean ambassador to Lima.", "post"),
    ("Peru's foreign ministry summoned the Chilean ambassador.", None),
])
def test_a_state_body_without_its_state_is_marked(english, text, home):
    hit = next(h for h in english.find_acts(text, ()) if h.type == "ACCUSE")
    post = hit.data.get("envoy_post")
    assert hit.data.get("home_subject") is (home is not None or None)
    assert (text[post[0]:post[1]] if post else None) == ("Lima" if home == "post" else None)


@pytest.mark.parametrize("text, groups", [
    ("The Peru-Chile summit was held in Lima on Monday.", [("leader", ("PER", "CHL"))]),
    ("Ahead of the Peru-Chile summit, the ministers met.", []),
    ("The Lima-Santiago summit was held on Monday.", []),  # capitals name states, not their heads
])
def test_a_compound_before_a_summit_names_the_leaders_of_a_meeting_held(english, text, groups):
    refs = [(r.office, tuple(r.countries)) for r in english.find_references(text, (), []) if r.kind == "office_group"]
    assert refs == groups


@pytest.mark.parametrize("text, place", [
    ("Ruto left for Nairobi on Monday.", "Nairobi"),
    ("Ruto departed for Ankara on Monday.", "Ankara"),
    ("Modi hosted the guest at Hyderabad House on Monday.", "New Delhi"),
    ("Meloni received the guest at Palazzo Chigi on Monday.", "Rome"),
])
def test_departures_and_venues_name_a_place(text, place):
    assert [p.name for p in places.find_places(text, 0)] == [place]
