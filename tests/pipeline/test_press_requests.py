"""(request61) A request put only to the asker's own press ('asked reporters to wait for the statement', '기자들에게
... 기다려 달라고 요청했다') is a word to a briefing's audience, no REQUEST (pipeline/act_press); journalists of another
state asked to act, or a state asked beside them, stay. Our own sentences, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister asked reporters to wait for the official statement.",
    "The Chilean foreign minister asked journalists not to speculate about the talks.",
    "칠레 외교장관은 기자들에게 공식 발표를 기다려 달라고 요청했다.",
])
def test_asking_reporters_is_no_request(text):
    assert not sides(text, "REQUEST")


@pytest.mark.parametrize("text, recipients", [
    ("The Chilean foreign minister urged Peruvian journalists to leave the border area.", ["PER"]),
    ("The Chilean foreign minister asked reporters to wait for the statement. He urged Peru to release the detained "
     "fishermen.", ["PER"]),
    ("칠레 외교장관은 페루에 억류된 어부들의 석방을 요청했다.", ["PER"]),
])
def test_requests_to_other_sides_stay(text, recipients):
    assert [r for _a, r in sides(text, "REQUEST") if r] and all(
        set(r) <= set(recipients) for _a, r in sides(text, "REQUEST") if r), sides(text, "REQUEST")
