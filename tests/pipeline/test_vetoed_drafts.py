"""reject41: the sponsor of a vetoed or rejected draft receives the REJECT (lang/en/act_sponsors.py,
lang/ko/act_sponsors.py): the state named as its drafter ('drafted by C', 'C가 제출한'), its owner ("C's", 'the French',
'a C-sponsored', 'C의'), or, with no sponsor, the body named with it ('a U.N. Security Council resolution', '안보리
결의안'), not the matter it was about."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, actors, recipients", [
    ("Britain and France vetoed a draft resolution drafted by Brazil on Thursday.", ["FRA", "GBR"], ["BRA"]),
    ("Britain and France veto Brazilian resolution on Libya", ["FRA", "GBR"], ["BRA"]),
    ("Britain and France on Thursday vetoed Brazil's draft on Libya.", ["FRA", "GBR"], ["BRA"]),
    ("Britain and France on Thursday vetoed a U.N. Security Council resolution on Libya.", ["FRA", "GBR"], ["UNO"]),
    ("영국과 프랑스는 브라질이 제출한 결의안에 거부권을 행사했다.", ["FRA", "GBR"], ["BRA"]),
    ("영국과 프랑스는 브라질의 결의안에 거부권을 행사했다.", ["FRA", "GBR"], ["BRA"]),
    ("영국과 프랑스는 10일 유엔 안보리 결의안에 거부권을 행사했다.", ["FRA", "GBR"], ["UNO"]),
])
def test_a_vetoed_draft_is_refused_to_its_sponsor(text, actors, recipients):
    assert (actors, recipients) in [(sorted(a), sorted(r)) for a, r in sides(text, "REJECT")]
