"""places56b (issue 13): a state struck through a part of it ('우크라이나 남부 항구를 포격했다', 'a port in southern
Ukraine') places the attack in the state (lexicon ko `act_state_struck_after_re`, lang/ko/places.find_places, lang/base/acts
`act_place_cue` "struck"; en `act_state_before_re` with a direction). Our own sentences, with English twins; a state
struck with no part named and a visit as negative rows."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


@pytest.mark.parametrize("text, kind, where", [
    ("러시아군은 화요일 우크라이나 남부 항구를 포격했다.", "ASSAULT", ("Ukraine", "UKR", "country")),
    ("러시아군은 금요일 우크라이나 동부를 공습했다.", "ASSAULT", ("Ukraine", "UKR", "country")),
    ("이스라엘군은 목요일 레바논 남부 마을을 공습했다.", "ASSAULT", ("Lebanon", "LBN", "country")),
    ("Russian forces shelled a port in southern Ukraine on Tuesday.", "ASSAULT", ("Ukraine", "UKR", "country")),
    ("Police arrested five activists in northern Mali on Tuesday.", "COERCE", ("Mali", "MLI", "country")),
    ("러시아군은 화요일 우크라이나를 공격했다.", "ASSAULT", None),  # the state is the other side, no place named
    ("Russian forces shelled a port near southern Ukraine on Tuesday.", "ASSAULT", None),  # near: not in the state
])
def test_struck_state_place(text, kind, where):
    first = first_of(events(text), type=kind)
    loc = first.location
    assert (loc and (loc.name, loc.country, loc.precision)) == where


def test_no_place_without_an_attack():
    assert not [e for e in events("러시아군은 화요일 우크라이나 남부 항구를 방문했다.") if e.location is not None]
