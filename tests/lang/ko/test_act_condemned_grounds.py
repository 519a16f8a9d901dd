"""The ground of a condemnation (accuse66, ko_acts.yaml judged_word_type, docs/coding-choices.md): in 'X가 ...했다며
비난했다', a word (PLOVER's verbal types: REJECT, THREATEN, REQUEST) is the charge's content and no event of its own,
while a deed done (force, a restriction, a sanction) keeps its event. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.event_sides import check_judged_ground

DAY = date(2025, 6, 2)

DROPPED = [
    ("볼리비아는 칠레가 국경 조약을 위반했다며 비난했다.", "REJECT"),
    ("볼리비아는 칠레가 회담 제안을 거부했다며 비난했다.", "REJECT"),
    ("볼리비아는 칠레가 자국 어민들을 위협했다며 비판했다.", "THREATEN"),
]

KEPT = [  # negatives: a deed done stays its own event
    ("볼리비아는 칠레가 국경 마을을 포격했다며 비난했다.", "ASSAULT", {"CHL"}),
    ("볼리비아는 칠레가 국경을 봉쇄했다며 비난했다.", "COERCE", {"CHL"}),
    ("볼리비아는 칠레가 자국 외교관을 추방했다며 비난했다.", "SANCTION", {"CHL"}),
]


@pytest.mark.parametrize("text,deed", DROPPED)
def test_a_worded_ground_is_the_charge(text, deed):
    check_judged_ground(text, DAY, "BOL", "CHL", deed, set())


@pytest.mark.parametrize("text,deed,doers", KEPT)
def test_a_deed_ground_keeps_its_event(text, deed, doers):
    check_judged_ground(text, DAY, "BOL", "CHL", deed, doers)


# the charge closes at its quoting ending: a word after it is the speaker's own answer to the thing judged, an event
@pytest.mark.parametrize("text", [
    "볼리비아는 칠레의 관세가 부당하다며 이를 받아들이지 않겠다고 밝혔다.",
])
def test_a_word_after_the_charge_is_the_speakers_own(text):
    assert_act(extract_text(text, published=DAY).events, "REJECT", {"BOL"}, None, "occurred")
