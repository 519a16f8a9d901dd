"""A headline act whose telegraphic subject names more sides than the body's telling ('A·B 외교장관 통화…C 규탄'
above 'A's minister called B's and condemned C'): the body's clause settles who acted, so the headline's telling is
fused into the body's record before the document's merge, which would otherwise add the headline's guessed sides
(pipeline/consolidate.consolidate_events, headline_acts.weigh_headline_acts). Our own sentences, both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

DAY = date(2026, 3, 10)
CASES = [
    ("칠레·페루 외교장관 통화…볼리비아 국경 봉쇄 규탄\n\n(서울=연합뉴스) 칠레 외교장관은 10일 페루 외교장관과 전화 "
     "통화를 하고 볼리비아의 국경 봉쇄를 강력히 규탄했다.", {"CHL"}, {"BOL"}),
    ("Chile, Peru ministers talk by phone, condemn Bolivia border closure\n\nSANTIAGO, March 10 (Reuters) - Chile's "
     "foreign minister spoke by phone with his Peruvian counterpart on Tuesday and condemned Bolivia's border closure.",
     {"CHL"}, {"BOL"}),
]


@pytest.mark.parametrize("text, actors, recipients", CASES)
def test_body_sides_win_over_headline_subject(text, actors, recipients):
    accusations = [e for e in extract_text(text, published=DAY).events if e.type == "ACCUSE"]
    assert len(accusations) == 1, accusations
    receivers = set(countries(accusations[0].recipients))
    assert (set(countries(accusations[0].participants)) - receivers, receivers) == (actors, recipients)
