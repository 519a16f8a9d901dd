"""(conflict54) The pair a mediation offer names as the owners of what is mediated ('B와 C의 분쟁 중재를 제안했다', 'B와 C
사이의 중재를') are its recipients, not makers beside the mediator: the role 'between' (lang/ko/reading_meetings
`mediated_pair`), as English 'offered to mediate between B and C' reads. A partner of an accord about mediation ('B와
중재 협정에 서명했다') stays a maker. Our own sentences; English twins in the same table."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [  # (sentence, makers, recipients)
    ("이집트는 에티오피아와 수단의 분쟁 중재를 제안했다.", ["EGY"], ["ETH", "SDN"]),
    ("카타르는 차드와 니제르 사이의 중재를 제안했다.", ["QAT"], ["TCD", "NER"]),
    ("Qatar offered to mediate between Chad and Niger.", ["QAT"], ["TCD", "NER"]),
    # a partner of an accord about mediation makes it
    ("카타르는 차드와 중재 협정에 서명했다.", ["QAT", "TCD"], []),
]


@pytest.mark.parametrize("text, makers, recipients", ROWS)
def test_a_mediated_pair_receives(text, makers, recipients):
    found = sides(text, "AGREE")
    assert found, text
    assert sorted(found[0][0]) == sorted(makers) and sorted(found[0][1]) == sorted(recipients), found
