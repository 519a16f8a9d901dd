"""(plover54) 'striking' before working people, with no doer before it ('demands from striking miners', 'arrested ten
striking dockworkers'), says they are on strike: no ASSAULT on them (lang/en/act_object_participles.on_strike), as
Korean '파업 중인 광부들' reads. A doer before it ('jets striking militants', 'drones are striking cities') keeps the
attack. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None, mode or None)
    "working people on strike are not attacked": [
        ("The Peruvian government bowed to demands from striking miners.", "ASSAULT", set(), None, None, None),
        ("Police in Chile arrested ten striking dockworkers.", "ASSAULT", set(), None, None, None),
        ("페루 정부는 9일 파업 중인 광부들의 요구에 굴복했다.", "ASSAULT", set(), None, None, None),
        ("칠레 경찰은 10일 파업 중인 부두 노동자 10명을 체포했다.", "ASSAULT", set(), None, None, None),
    ],
    "the sentence's own act stays": [
        ("The Peruvian government bowed to demands from striking miners.", "CONCEDE", {"PER"}, None, "occurred", None),
        ("Police in Chile arrested ten striking dockworkers.", "COERCE", {"CHL"}, None, "occurred", "arrest"),
    ],
    "a doer striking is an attack": [
        ("Israeli jets striking militants in Gaza killed five people.", "ASSAULT", {"ISR"}, None, "occurred", None),
        ("Russian drones are striking Ukrainian cities.", "ASSAULT", {"RUS"}, {"UKR"}, "occurred", None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status, mode", ROWS)
def test_on_strike(text, kind, actors, recipients, status, mode):
    assert_act(extract_text(text, "2026-03-12").events, kind, actors, recipients, status, mode)
