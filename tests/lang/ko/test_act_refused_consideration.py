"""A pledge not to take up what another put forward (outcomes47): '제안을 검토하지 않겠다', '검토조차 하지 않겠다',
'고려하지 않을 것' refuses it, CAMEO 12 reject (PLOVER REJECT), the proposal's owner receiving it; the noun's verb
split by a particle ('검토조차 하지') is read as the verb. Told in the past ('검토하지 않았다') it is a fact, no act.
Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


@pytest.mark.parametrize("text,actors,recipients", [
    ("가나 정부는 토고의 국경 협의 제안을 검토조차 하지 않겠다고 밝혔다.", {"GHA"}, {"TGO"}),
    ("가나 정부는 토고의 국경 협의 제안을 검토하지 않겠다고 밝혔다.", {"GHA"}, {"TGO"}),
    ("칠레 외교부는 페루의 어업 협정안을 고려하지 않을 것이라고 말했다.", {"CHL"}, {"PER"}),
])
def test_a_pledge_not_to_consider_is_a_refusal(text, actors, recipients):
    assert (actors, recipients) in sides(text, "REJECT")


def test_not_having_considered_is_no_refusal():
    assert not sides("가나 정부는 토고의 국경 협의 제안을 아직 검토하지 않았다.", "REJECT")
