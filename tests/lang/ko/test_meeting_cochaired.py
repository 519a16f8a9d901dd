"""A meeting two sides chair or host together is their meeting (k49; lang/ko/meeting_joint.jointly_held), with
sentences of our own: '회의를 공동 주재했다' and '[A와 B가 공동 주재한] 회의에서 ...' make the chairs the meeting's
parties, as '[A와 B가 공동 주재한] 회의가 열렸다' already did. One chair alone names no second party."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 6, 9)


def meetings(text: str):
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, parties", [
    ("케냐와 탄자니아는 5일 나이로비에서 회의를 공동 주재했다.", {"KEN", "TZA"}),
    ("가나 대통령과 세네갈 대통령은 3일 아크라에서 회의를 공동 주재했다.", {"GHA", "SEN"}),
    ("칠레와 페루가 공동 주재한 회의에서 양국은 어업 협력을 논의했다.", {"CHL", "PER"}),
    ("노르웨이와 덴마크가 공동 개최한 회의에서 양국은 북극 항로 문제를 논의했다.", {"NOR", "DNK"}),
    ("케냐와 탄자니아가 공동 주재한 회의가 5일 나이로비에서 열렸다.", {"KEN", "TZA"}),
])
def test_cochairs_are_the_meetings_parties(text, parties):
    found = meetings(text)
    assert found and parties <= {p.country for p in found[0].participants}


def test_one_chair_alone_is_no_meeting():
    assert meetings("브라질은 5일 안보리 회의를 주재했다.") == []
