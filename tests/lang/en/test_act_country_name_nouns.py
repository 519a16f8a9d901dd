"""(enkidnap46) A plural in -s right after a state's own name, before a finite verb, is the people of that state, not
the state's verb: 'Ghana exiles marched outside the consulate' is a PROTEST by those people, no COERCE deport by Ghana
(as 'Ghanaian exiles marched' reads, enactors70). With an object after the -s word ('Ghana exiles critics') it stays the
state's verb. Korean names the people with a noun of their own ('가나 망명자들이 ... 시위했다'), so the class is English
only; the Korean row checks it reads the protest. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act
from tests.event_sides import events


@pytest.mark.parametrize("sentence", [
    "Ghana exiles marched outside the Togolese consulate on Sunday.",
    "Ghana exiles have rallied outside the Togolese consulate.",
    "가나 망명자들이 일요일 토고 영사관 앞에서 시위를 벌였다.",
])
def test_a_plural_after_a_state_name_before_its_verb_is_people(sentence):
    found = events(sentence)
    assert_act(found, "COERCE", set(), None, None)
    assert any(e.type == "PROTEST" for e in found), [(e.type, e.mode) for e in found]


@pytest.mark.parametrize("sentence", [
    "Ghana exiles critics to Togo.",  # the -s word takes an object: the state's verb
    "Ghana exiles jailed critics to Togo.",  # a participle before a plural object: still the verb
    "Ghana expels the Togolese ambassador.",  # an act verb of its own, no people noun
])
def test_a_state_name_before_its_own_verb_stays_the_actor(sentence):
    found = events(sentence)
    assert [e for e in found if e.type in ("COERCE", "SANCTION")
            and "GHA" in {p.country for p in e.participants}], [(e.type, e.mode) for e in found]
