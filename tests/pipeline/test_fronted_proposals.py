"""(council45) A proposal told and then refused in a fronted relative ('..., a proposal X and its allies refused to take
up', '...는 제안을 X 등이 받아들이지 않았다'): the refusers act, the proposer receives (act_rejected_objects.fronted_rejections)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 9, 3)


@pytest.mark.parametrize("text", [
    "Brazil's envoy urged a yearly review of the embargo on Sudan, a proposal Britain and its allies refused to take up.",
    "Brazil's envoy urged a yearly review of the embargo on Sudan, a proposal that Britain refused to consider.",
    "Brazil's envoy urged a yearly review of the embargo on Sudan, an offer Britain rejected.",
    "브라질 대사는 안보리가 수단 제재에 매년 갱신 시한을 둬야 한다고 주장했지만 영국 등이 받아들이지 않았다.",
])
def test_the_refusers_reject_the_proposer(extract, text):
    rejections = events_of(extract(text, published=DAY), "REJECT")
    assert any({p.country for p in e.participants} == {"GBR"} and "BRA" in {r.country for r in e.recipients}
               for e in rejections), [([p.country for p in e.participants], [r.country for r in e.recipients])
                                      for e in rejections]
