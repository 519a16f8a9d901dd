"""(sanction54) Korean SANCTION classes, with our own sentences, read through the whole pipeline (act_rows.check: type,
acting states exactly, receiving states, status; status None: no such event):

1. An envoy called home with a purpose between ('B 주재 대사를 [협의를 위해] 본국으로 불러들였다'): the purpose adverbial is
   no clause edge (act_arguments.purpose_past), so the recall (SANCTION withdraw) is read.
2. A notice whose content is an order to leave ('B 대사에게 48시간 안에 떠나라고 통보했다', or '...출국하라고 지시했다'): the
   expulsion itself (act_expulsions.notified_departure; cues expulsion_notice_verb, expulsion_order_verb).
3. A state's nationals taken out of a country ('B에서 자국민을 철수시켰다', '자국민 철수에 나섰다'): SANCTION withdraw, no
   military retreat.
4. Sanctions, embargoes or trade curbs on another state eased or lifted ('B에 대한 제재를 해제했다', '수입 금지를 풀었다'):
   the crosswalk's 085, RETREAT, as English 'lifted sanctions on B' reads; other restrictions (a ban on rallies, on the press)
   lifted stay CONCEDE."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("케냐 외교부는 3일 우간다 주재 자국 대사를 협의를 위해 본국으로 불러들였다고 밝혔다.", [("SANCTION", {"KEN"}, {"UGA"}, "occurred")]),
    ("가나는 토고 주재 대사를 협의를 위하여 불러들였다.", [("SANCTION", {"GHA"}, {"TGO"}, "occurred")]),
    ("튀니지 외무부는 5일 리비아 대사에게 72시간 안에 튀니지를 떠나라고 통보했다.", [("SANCTION", {"TUN"}, {"LBY"}, "occurred")]),
    ("에콰도르 정부는 페루 외교관들에게 일주일 안에 출국하라고 지시했다.", [("SANCTION", {"ECU"}, {"PER"}, "occurred"),
                                                    ("REQUEST", None, None, None)]),
    ("일본은 4일 수단에서 자국민을 철수시켰다.", [("SANCTION", {"JPN"}, {"SDN"}, "occurred"), ("RETREAT", None, None, None)]),
    ("스페인과 포르투갈도 아이티에서 자국민 철수에 나섰다.", [("SANCTION", {"ESP", "PRT"}, {"HTI"}, "occurred"),
                                             ("RETREAT", None, None, None)]),
    # negatives: a notice of another content, troops pulled out (a military retreat), a purpose with no envoy
    ("튀니지는 리비아에 회의 일정을 통보했다.", [("SANCTION", None, None, None)]),
    ("일본은 수단에서 병력을 철수시켰다.", [("RETREAT", {"JPN"}, None, "occurred"), ("SANCTION", None, None, None)]),
    ("가나는 평화를 위해 토고와 협력하기로 합의했다.", [("SANCTION", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_recalls_notices_and_evacuations(text, expected):
    check(text, expected)


EASED = [
    ("캐나다는 10일 벨라루스에 대한 제재를 해제했다.", [("RETREAT", {"CAN"}, {"BLR"}, "occurred"), ("CONCEDE", None, None, None)]),
    ("인도네시아는 호주산 소고기 수입 금지를 풀었다.", [("RETREAT", {"IDN"}, None, "occurred"), ("CONCEDE", None, None, None)]),
    ("대만은 중국에 대한 수출 통제를 완화했다.", [("RETREAT", {"TWN"}, {"CHN"}, "occurred")]),
    ("베트남은 태국산 쌀에 대한 수입 규제를 풀었다.", [("RETREAT", {"VNM"}, {"THA"}, "occurred"), ("CONCEDE", None, None, None)]),
    # negative: a restriction at home lifted is a concession, no retreat
    ("태국 정부는 야당의 집회 금지를 해제했다.", [("CONCEDE", {"THA"}, None, "occurred"), ("RETREAT", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", EASED)
def test_eased_sanctions_are_retreat(text, expected):
    check(text, expected)
