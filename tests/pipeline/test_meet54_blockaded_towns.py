"""meet54 (issue 13): a town a blockade or siege closes, named bare as the blocking verb's object, is the act's place
('The Russian navy blockaded <a town>', '<a town>를 봉쇄했다'): meet53 gave its state the receiving side only where a
town was found, and a bare town after 'blockaded' was found as no place at all (only after 'in', 'port of' or an
attack verb: lexicon en `struck_town_before_re`, `place_preposition_re` now hold 'blockaded'); the act's own place
step (pipeline/act_places.own_cue) took a town only after a locative or an attack verb's object (cue "blocked",
lexicon `act_blocked_before_re` / `act_blocked_after_re`, for a COERCE restrict or an ASSAULT). A town of the actor's
own state blockaded is placed and received by no one (a domestic cordon, meet53's guard). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def restrict(text: str):
    found = [e for e in events(text) if e.type == "COERCE" and e.mode == "restrict"]
    assert len(found) == 1, [(e.type, e.mode) for e in events(text)]
    return found[0]


@pytest.mark.parametrize("text, town, receiver", [
    ("The Russian navy blockaded Izmir on Monday.", "İzmir", "TUR"),
    ("Turkish warships blockaded Odesa for a week.", "Odesa", "UKR"),
    ("Russian troops besieged Izmir on Monday.", "İzmir", "TUR"),
    ("러시아 해군은 9일 오데사를 봉쇄했다.", "Odesa", "UKR"),
    ("튀르키예 해군은 9일 오데사 항구를 해상 봉쇄했다.", "Odesa", "UKR"),
])
def test_a_blockaded_town_is_the_place(text, town, receiver):
    e = restrict(text)
    assert e.location is not None and e.location.name == town, e.location
    assert [r.country for r in e.recipients] == [receiver], e.recipients


@pytest.mark.parametrize("text", [
    "Greek police blockaded Piraeus on Monday.",
    "그리스 경찰은 9일 피레아스 항구를 봉쇄했다.",
])
def test_an_own_town_blockaded_is_placed_and_received_by_no_one(text):
    e = restrict(text)
    assert e.location is not None and e.location.country == "GRC", e.location
    assert e.recipients == [], e.recipients


@pytest.mark.parametrize("text", [
    "The Russian navy blockaded the coast while diplomats met in Izmir on Monday.",
    "러시아 해군은 해안을 봉쇄했고 외교관들은 9일 이즈미르에서 만났다.",
])
def test_a_town_of_another_clause_is_no_blockade_place(text):
    e = restrict(text)
    assert e.location is None or e.location.name != "İzmir", e.location
