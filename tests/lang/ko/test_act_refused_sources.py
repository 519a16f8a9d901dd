"""(koacts60, issue 14) A demand or proposal refused, its source named with '로부터(의)' or '측(의)': 'A는 B로부터의
요구를 거부했다', 'A는 B 측의 제안을 거절했다' — REJECT by the subject, the source receiving (as English 'A rejected
the demand from B', read by the English helper's tables). The Korean reading held, except for a guarded state name
(토고, 말리: a form that is also an ordinary word) with the source particle, which named no state: 로부터/으로부터 now
join the particles with which a proper-noun guarded name after a subject state is addressed
(lang/ko/guarded_names.ADDRESSED_PARTICLES).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 4)


@pytest.mark.parametrize("text, actors, source", [
    ("가나는 토고로부터의 국경 개방 요구를 거부했다.", {"GHA"}, {"TGO"}),
    ("가나 정부는 토고 측의 협상 제안을 거절했다.", {"GHA"}, {"TGO"}),
    ("가나는 토고 정부로부터의 철군 요구를 단호히 거부했다.", {"GHA"}, {"TGO"}),
    ("가나는 토고 측으로부터 전달된 제안을 거절했다.", {"GHA"}, {"TGO"}),
    ("가나 외무장관은 토고 측의 사과 요구를 거부했다.", {"GHA"}, {"TGO"}),
    ("가나와 베냉은 토고로부터의 요구를 모두 거부했다.", {"GHA", "BEN"}, {"TGO"}),
    ("토고 측의 요구를 가나는 거부했다.", {"GHA"}, {"TGO"}),
    ("니제르는 말리로부터의 국경 개방 요구를 거부했다.", {"NER"}, {"MLI"}),
])
def test_refused_demand_from_a_source(text, actors, source):
    rejects = [s for s in event_sides(text, DAY) if s[0] == "REJECT"]
    assert rejects and all(s[1] == frozenset(actors) and s[2] == frozenset(source) for s in rejects), \
        event_sides(text, DAY)
