"""A trial brought, in both languages (plover61): 'put X on trial', 'brought X to trial', Korean 'X를 재판에 넘겼다'
are the manual's ACCUSE allege ("indict, or charge; bring to trial") as '재판에 회부했다' was, aimed at the ones tried;
Korean 넘기다 there is no hand-over of captives. Negative rows: troops put on alert, captives handed over
('포로를 넘겼다') are no trial. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

TRIALS = [
    "Kenya put three Somali nationals on trial for terrorism on Monday.",
    "Kenya brought three Somali nationals to trial on Monday.",
    "케냐 검찰은 12일 소말리아 국적자 3명을 테러 혐의로 재판에 넘겼다.",
]


@pytest.mark.parametrize("text", TRIALS)
def test_a_trial_brought_is_a_charge(text):
    found = events(text)
    assert [e.mode for e in found if e.type == "ACCUSE"] == ["allege"], [(e.type, e.mode) for e in found]
    assert not [e for e in found if e.type == "RETREAT"]
    assert sides(text, "ACCUSE") == [(["KEN"], ["SOM"])]


NOT_TRIALS = [
    ("Kenya put its troops on alert on Monday.", "ACCUSE"),
    ("케냐 정부는 12일 소말리아에 포로 3명을 넘겼다.", "ACCUSE"),
]


@pytest.mark.parametrize("text,kind", NOT_TRIALS)
def test_no_trial_without_one(text, kind):
    assert not [e for e in events(text) if e.type == kind]
