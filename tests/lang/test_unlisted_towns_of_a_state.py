"""(koforeign70) A town no gazetteer holds, written after its state, is a place of that state: Korean '우크라이나
벨로마르스크에서', '케냐의 나로키시에서' (the country word before it places the meeting), English 'the Ukrainian city
of Belomarsk' (the state adjective of the town's descriptor: lang/en/places.described_state). A town with no state
written, or held by another ('the Russian-held city of'), is placed nowhere by it. Invented towns, our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import first_of

DAY = date(2026, 3, 9)


def meeting_state(text: str) -> str | None:
    doc = extract_text(text, published=DAY)
    first = first_of(doc.events, type="CONSULT")
    return first.location.country if first.location else None


@pytest.mark.parametrize("text, state", [
    ("칠레 외교장관은 9일 우크라이나 벨로마르스크에서 페루 외교장관과 회담했다.", "UKR"),
    ("칠레 외교장관은 9일 케냐의 나로키시에서 페루 외교장관과 회담했다.", "KEN"),
    ("칠레 외교장관은 9일 볼리비아 산타테레시타주에서 페루 외교장관과 회담했다.", "BOL"),
    ("The Chilean foreign minister met his Peruvian counterpart in the Ukrainian city of Belomarsk on Monday.", "UKR"),
    ("The Chilean foreign minister met his Peruvian counterpart in the southern Kenyan town of Naroki on Monday.",
     "KEN"),
    # negatives: no state written with the town, or a holder's word
    ("칠레 외교장관은 9일 벨로마르스크에서 페루 외교장관과 회담했다.", None),
    ("The Chilean foreign minister met his Peruvian counterpart in the city of Belomarsk on Monday.", None),
    ("The Chilean foreign minister met his Peruvian counterpart in the Russian-held city of Belomarsk on Monday.",
     None),
])
def test_an_unlisted_town_is_placed_in_the_state_written_with_it(text: str, state: str | None) -> None:
    assert meeting_state(text) == state
