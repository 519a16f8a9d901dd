"""(relclause52, issue 13) An agreement whose deed comes from or goes to another state ('Kenya agreed to take back
migrants from Somalia', '케냐는 소말리아로부터 이주민을 받아들이기로 합의했다') is made toward that state: it receives
the AGREE, in both languages; a partner named with 'with' / 와 stays a co-maker, as before."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 5, 12)


def sides(event) -> tuple[set[str], set[str]]:
    return {e.country for e in event.participants}, {e.country for e in event.recipients}


ROWS = [
    ("Kenya agreed to take back migrants from Somalia.", ("KEN", "SOM")),
    ("Kenya agreed to return the migrants to Somalia.", ("KEN", "SOM")),
    ("케냐는 소말리아로부터 이주민을 다시 받아들이기로 합의했다.", ("KEN", "SOM")),
    ("케냐는 소말리아에 이주민을 돌려보내기로 합의했다.", ("KEN", "SOM")),
]


@pytest.mark.parametrize("text,pair", ROWS)
def test_agreement_toward_the_complements_state(text, pair):
    agree = [e for e in extract_text(text, published=DAY).events if e.type == "AGREE"]
    assert agree and sides(agree[0]) == ({pair[0]}, {pair[1]})


PARTNERS = [
    "Kenya agreed to resume talks with Somalia.",
    "케냐는 소말리아와 이주민 송환에 합의했다.",
]


@pytest.mark.parametrize("text", PARTNERS)
def test_a_named_partner_stays_a_co_maker(text):
    agree = [e for e in extract_text(text, published=DAY).events if e.type == "AGREE"]
    assert agree and sides(agree[0]) == ({"KEN", "SOM"}, set())
