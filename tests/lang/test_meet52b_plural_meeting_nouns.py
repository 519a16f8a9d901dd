"""meet52b (issue 13): a plural meeting noun held with the holders of several states is one meeting each, in both
languages ('held meetings (summits) with the leaders of A and B', 'A와 B 정상들과 회담들을 가졌다'), as meet52 read
'held summits with'; the singular ('held a meeting with the leaders of A and B', '회담을 가졌다') stays one table.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The Korean president held meetings with the leaders of Chile and Argentina on Friday.",
    "The Korean president held summits with the leaders of Chile and Argentina on Friday.",
    "한국 대통령은 13일 칠레와 아르헨티나 정상들과 회담들을 가졌다.",
])
def test_a_plural_meeting_noun_is_one_meeting_each(text):
    found = sorted(sorted(a) for a, _ in sides(text, "CONSULT"))
    assert found == [["ARG", "KOR"], ["CHL", "KOR"]], sides(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The Korean president held a meeting with the leaders of Chile and Argentina on Friday.",
    "한국 대통령은 13일 칠레와 아르헨티나 정상들과 회담을 가졌다.",
])
def test_a_singular_meeting_noun_is_one_table(text):
    found = [sorted(a) for a, _ in sides(text, "CONSULT")]
    assert found == [["ARG", "CHL", "KOR"]], sides(text, "CONSULT")
