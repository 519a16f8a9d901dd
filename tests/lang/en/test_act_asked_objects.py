"""sanction58 (act_modes.request_modes): an act word spelt as a verb that is a demand's own object ('demanding their
unconditional surrender', 'demanded his immediate release') is what the demand asks for, a plan governed by it: no
RETREAT of the one who demands. The deed told as done stays. Korean act nouns are nouns already ('항복을 요구했다'):
no such reading to undo, checked alongside. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

DAY = date(2025, 8, 20)


def retreats(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "Armenia launched an offensive in the valley on Monday, shelling militia positions and demanding their "
    "unconditional surrender.",
    "Bolivia shelled the rebel camp on Tuesday and demanded their immediate surrender.",
    "Honduras on Monday demanded the immediate release of its fishermen, seized off the coast.",
    "아르메니아는 18일 민병대 진지를 포격하며 민병대의 무조건 항복을 요구했다.",
])
def test_a_deed_demanded_is_no_retreat_of_the_one_who_demands(text):
    assert not retreats(text)


@pytest.mark.parametrize("text, actor", [
    ("The militia surrendered to Armenian troops on Monday.", None),  # the surrender told as done
    ("Nicaragua released the Honduran fishermen on Tuesday after Honduras demanded their release.", "NIC"),
])
def test_the_deed_done_stays(text, actor):
    (act,) = retreats(text)
    assert actor is None or countries(act.participants) == {actor}
