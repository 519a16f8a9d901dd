"""accuse60: an act told as the means of a response ('X's foreign ministry responded a day later by accusing Y',
'hit back on Friday by accusing Y') is the owner's act: the owner before a body of two words or more stays the
actor, as it does before a shorter one ('X's army responded by accusing Y'). Korean tells the response as a
clause of its own ('비난하며 맞대응했다'), read as before."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

PUBLISHED = date(2025, 3, 4)


@pytest.mark.parametrize("text, sides", [
    ("China's foreign ministry responded a day later by accusing Japan of stoking tensions.",
     ("ACCUSE", frozenset({"CHN"}), frozenset({"JPN"}))),
    ("Kenya's foreign ministry hit back on Friday by accusing Somalia of sheltering the gunmen.",
     ("ACCUSE", frozenset({"KEN"}), frozenset({"SOM"}))),
    ("Kenya's foreign ministry responded to the charge by accusing Somalia of sheltering the gunmen.",
     ("ACCUSE", frozenset({"KEN"}), frozenset({"SOM"}))),
    ("Bulgarian Prime Minister Petar Dimov criticised the gas cuts. Turkey's energy ministry hit back two days later "
     "by accusing him of hiding the real prices.",
     ("ACCUSE", frozenset({"TUR"}), frozenset({"BGR"}))),
    ("케냐 외교부는 이튿날 소말리아가 무장괴한들을 숨겨주고 있다고 비난하며 맞대응했다.",
     ("ACCUSE", frozenset({"KEN"}), frozenset({"SOM"}))),
])
def test_response_by_an_act_is_the_owners(text: str, sides: tuple) -> None:
    assert sides in event_sides(text, PUBLISHED)


def test_state_after_by_is_no_response_owner() -> None:
    """Negative: a passive's agent after 'by' ('was condemned by Japan') is read as before, not as an owner's gap."""
    sides = event_sides("China's foreign ministry statement was condemned by Japan on Tuesday.", PUBLISHED)
    assert ("ACCUSE", frozenset({"CHN"}), frozenset({"JPN"})) not in sides
