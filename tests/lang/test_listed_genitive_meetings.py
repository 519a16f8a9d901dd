"""(komeet47) A list of states joined by '·' in the genitive before a meeting word names that meeting's parties:
'A·B의 정상회담이 열렸다' as 'A·B 정상회담' and 'A와 B의 정상회담' (cancel68) do, and as English "Chile, Peru and
Bolivia's summit". Held, planned or called off. Negative rows: the listed genitive owning another noun. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("칠레·페루의 정상회담이 수도 리마에서 열렸다.", "occurred", {"CHL", "PER"}),
    ("칠레·페루·볼리비아의 정상회담이 다음 주 열릴 예정이다.", "planned", {"CHL", "PER", "BOL"}),
    ("몽골·카자흐스탄의 회담이 끝내 무산됐다.", "cancelled", {"MNG", "KAZ"}),
    ("Chile, Peru and Bolivia's summit was held in Lima on Tuesday.", "occurred", {"CHL", "PER", "BOL"}),
]


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, status, parties", ROWS)
def test_a_listed_genitive_before_a_meeting_word_names_its_parties(text, status, parties):
    assert (status, parties) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "칠레·페루의 국경 분쟁이 다시 길어졌다.",
    "몽골·카자흐스탄의 무역 규모가 늘었다.",
    "Chile and Peru's border dispute dragged on for another year.",
])
def test_a_listed_genitive_owning_another_noun_holds_no_meeting(text):
    assert not consults(text), events(text)
