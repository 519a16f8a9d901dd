"""(proposals66) A third side calling for talks between two others asks both to meet (CAMEO 026, appeal to others to
meet or negotiate): 'called for talks between X and Y', 'X와 Y 간 대화를 촉구했다' are REQUEST meet from the caller to X
and Y, beside the talks' planned CONSULT. Rows that must not fire: talks hosted or brokered between others (the host
asks no one), a call for talks naming no side."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("Ecuador called for talks between Guyana and Suriname.", "ECU", ["GUY", "SUR"]),
    ("Ecuador called for fresh negotiations between Guyana and Suriname on the river border.", "ECU", ["GUY", "SUR"]),
    ("Ecuador called for a summit between Guyana and Suriname.", "ECU", ["GUY", "SUR"]),
    ("에콰도르는 12일 가이아나와 수리남 간 대화를 촉구했다.", "ECU", ["GUY", "SUR"]),
])
def test_talks_called_for_between_others_ask_both_to_meet(text, asker, asked):
    assert any(a == [asker] and sorted(r) == sorted(asked) for a, r in sides(text, "REQUEST")), events(text)


@pytest.mark.parametrize("text", [
    "Ecuador hosted talks between Guyana and Suriname on Tuesday.",
    "Ecuador offered to mediate between Guyana and Suriname.",
    "Ecuador called for talks on the river border.",
])
def test_talks_hosted_or_unaddressed_ask_no_one(text):
    assert not sides(text, "REQUEST"), events(text)
