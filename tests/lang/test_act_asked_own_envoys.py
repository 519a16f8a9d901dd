"""(enrequest68) A request a state makes of its own envoy is an instruction to its own officer, no REQUEST of the
state of the post: 'asked its ambassador to Ecuador to explain', 'told its envoy in Quito to seek a meeting', Korean
'에콰도르 주재 (자국) 대사에게 경위를 설명하라고 지시했다'. Rows that must not fire the other way: a request of a foreign
envoy or of the state itself stays a REQUEST of that state."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Guyana asked its ambassador to Ecuador to explain the delay in the talks.",
    "Guyana asked its ambassador in Quito to explain the delay in the talks.",
    "Guyana told its envoy in Quito to seek a meeting with the trade ministry.",
    "가이아나 정부는 에콰도르 주재 대사에게 회담 지연 경위를 설명하라고 지시했다.",
    "가이아나 정부는 에콰도르 주재 자국 대사에게 회담 지연 경위를 파악하도록 요청했다.",
])
def test_a_request_of_ones_own_envoy_asks_no_state(text):
    assert not sides(text, "REQUEST"), events(text)


@pytest.mark.parametrize("text, asker, asked", [
    ("Guyana asked the Ecuadorian ambassador to explain the delay in the talks.", "GUY", "ECU"),
    ("Guyana asked Ecuador to explain the delay in the talks.", "GUY", "ECU"),
    ("가이아나 정부는 에콰도르 대사에게 회담 지연 경위를 설명하라고 요구했다.", "GUY", "ECU"),
    ("가이아나 정부는 에콰도르에 회담 지연 경위를 설명하라고 요구했다.", "GUY", "ECU"),
])
def test_a_request_of_a_foreign_envoy_or_state_stays(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)
