"""(request56) A rejection of a demand that names no owner, when the story told no request, offer or threat before it
but an order or measure aimed at the rejecting side ('X ordered Y's envoy to leave. Y dismissed the demand'): the
order is the demand, and its maker receives the REJECT (act_recipients.aimed_acts, read by
act_recipients_told.rejected_proposal). A state's side noun ('튀르키예 쪽은', like '측은') names that state. Every
sentence here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ORDERS_REFUSED = [
    ("말리 외무부는 3일 성명을 내고 알제리 대사에게 72시간 안에 말리를 떠나라고 통보했다. 알제리 외무부는 즉각 \"군사정권은 "
     "이 같은 요구를 할 권한이 없다\"며 대사 소환 요구를 일축했다.", [("REJECT", {"DZA"}, {"MLI"}, "occurred")]),
    ("과테말라 정부는 온두라스 영사에게 사흘 안에 출국하라고 명령했다. 온두라스는 이 요구를 거부했다.",
     [("REJECT", {"HND"}, {"GTM"}, "occurred")]),
    ("Guatemala expelled Honduras's consul on Monday. Honduras rejected the demand to close the consulate.",
     [("REJECT", {"HND"}, {"GTM"}, "occurred")]),
    # negative: the measure told before was aimed at a third side: the rejection answers no one
    ("과테말라 정부는 엘살바도르 영사에게 사흘 안에 출국하라고 명령했다. 온두라스는 이 요구를 거부했다.",
     [("REJECT", {"HND"}, set(), "occurred")]),
]


@pytest.mark.parametrize("text,expected", ORDERS_REFUSED)
def test_a_refused_demand_answers_the_order_aimed_at_the_refuser(text, expected):
    check(text, expected)


SIDE_NOUNS = [
    ("수단 군정은 2일 튀르키예가 반군에 무기를 공급했다고 비난했다. 튀르키예 쪽은 이를 부인했다.",
     [("REJECT", {"TUR"}, {"SDN"}, "occurred")]),
    ("페루 정부는 볼리비아가 국경 호수의 물길을 돌렸다고 주장했다. 볼리비아 쪽은 \"근거 없는 주장\"이라고 반박했다.",
     [("REJECT", {"BOL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", SIDE_NOUNS)
def test_a_state_side_noun_names_the_state(text, expected):
    check(text, expected)
