"""Force or weapons used on another side (en48): CAMEO's verb set USE / EMPLOY with '&WEAPON' (175), 'ARMOR' (190) and
weapons of mass destruction (204) is PLOVER ASSAULT; told of the future ('would not hesitate to use force against X')
it is a threat, as any hostile act is. The Korean reading of the same acts is checked beside them. Every sentence
here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence, kind, status", [
    ("Chile used chemical weapons against Peruvian troops on Monday.", "ASSAULT", "occurred"),
    ("Chile employed poison gas against Peruvian troops on Monday.", "ASSAULT", "occurred"),
    ("Chile threatened to use nuclear weapons against Peru.", "THREATEN", None),
    ("Chile would not hesitate to use force against Peru, its defence minister said.", "THREATEN", None),
    ("칠레군은 월요일 페루군을 상대로 화학무기를 사용했다.", "ASSAULT", "occurred"),
    ("칠레는 페루에 대해 무력을 사용하겠다고 위협했다.", "THREATEN", None),
])
def test_weapons_used_on_another_side(sentence, kind, status):
    (e,) = events_of(extract_text(sentence, published=DAY), kind)
    assert countries(e.participants) == {"CHL"} and countries(e.recipients) == {"PER"}
    assert status is None or e.status == status


@pytest.mark.parametrize("sentence", [
    "Peru condemned the use of force against its fishermen.",  # a noun: the act judged, not done here
    "Chile used the meeting to press Peru on trade.",  # no weapon used
    "Chile said it would use all available means to protect its fishermen.",
])
def test_other_uses_are_no_force(sentence):
    assert events_of(extract_text(sentence, published=DAY), "ASSAULT") == []
