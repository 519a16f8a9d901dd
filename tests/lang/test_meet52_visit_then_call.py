"""meet52 (issue 13): a visit's host is the visit's counterpart, no party of a call the visitor makes after it, in
both languages ('A visited B and urged talks with C', 'A는 B를 방문해 C와의 대화를 촉구했다'): the visit is a meeting
of A and B, the call A's to C. Read so already (guard rows, the brief's class checked in both languages).
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The Bhutanese foreign minister visited Nepal on Monday and urged talks with Bangladesh.",
    "부탄 외교장관은 9일 네팔을 방문해 방글라데시와의 대화를 촉구했다.",
    "The Bhutanese foreign minister visited Nepal on Monday and called for talks with Bangladesh.",
    "부탄 외교장관은 9일 네팔을 방문해 방글라데시와 대화할 것을 촉구했다.",
])
def test_the_host_is_no_caller(text):
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{"BTN", "NPL"}], sides(text, "CONSULT")
    assert sides(text, "REQUEST") == [(["BTN"], ["BGD"])], sides(text, "REQUEST")
