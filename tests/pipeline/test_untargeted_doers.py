"""A country inside the object of a noun act is its target, never its doer (victims48).

'The attack on X's consulate killed ...', 'X 영사관에 대한 공격', 'X 초소를 겨냥한 공격': with no attacker named, the
lone country the sentence names used to be taken as the attacker (pipeline/act_actor_defaults.leftover_countries). The
object of the act noun (English `target_spans` after 'on'; Korean lang/ko/act_aimed_objects) is set apart
first, so the act has no doer and no event is kept for it; a named doer still acts on the same target. Sentences
of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2026, 9, 14)


def assaults(text: str) -> list:
    return events_of(extract_text(text, published=DAY), "ASSAULT")


@pytest.mark.parametrize("text, target", [
    ("The attack on Chile's consulate killed three guards on Sunday.", "CHL"),
    ("A rocket attack on Ghana's embassy wounded two visitors on Sunday.", "GHA"),
    ("칠레 영사관에 대한 공격으로 경비원 3명이 숨졌다.", "CHL"),
    ("가나 대사관을 겨냥한 드론 공격으로 방문객 2명이 다쳤다.", "GHA"),
])
def test_target_of_unowned_act_is_no_doer(text, target):
    assert not [e for e in assaults(text) if target in countries(e.participants)]


@pytest.mark.parametrize("text, actor, target", [
    ("Serbia's shelling of Kosovo's border post on Sunday killed three guards.", "SRB", "XKX"),
    ("세르비아는 14일 코소보 초소를 겨냥한 포격을 감행했다.", "SRB", "XKX"),
])
def test_named_doer_still_acts_on_target(text, actor, target):
    found = assaults(text)
    assert found and actor in countries(found[0].participants)
    assert target not in countries(found[0].participants)
