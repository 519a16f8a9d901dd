"""Korean acts: arms handed to another side by any verb of transfer (arms48).

Weapons transferred, handed over, exported, supplied or sent ('무기를 이전/인도/수출/공급/제공했다', '포탄을 보냈다/넘겼다')
are military aid (CAMEO 072, PLOVER AID military), the state marked 에/에게 receiving: one verb list for the munition
class and the named weapon systems (scripts/data/ko_acts_cameo_spec.yaml, anchor arms_transfer_verbs); a negated
transfer gives no aid."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"
DAY = date(2025, 10, 8)


ACTS = {
    "arms_transferred_are_military_aid": [
        ("슬로바키아는 우크라이나에 전투기를 이전했다.", "AID", {"SVK"}, {"UKR"}, OCC, "military"),
        ("불가리아는 우크라이나에 탄약을 인도했다.", "AID", {"BGR"}, {"UKR"}, OCC, "military"),
        ("튀르키예는 아제르바이잔에 드론을 수출했다.", "AID", {"TUR"}, {"AZE"}, OCC, "military"),
        ("이란은 러시아에 포탄을 넘겼다.", "AID", {"IRN"}, {"RUS"}, OCC, "military"),
        ("벨라루스는 러시아에 무기를 수출했다.", "AID", {"BLR"}, {"RUS"}, OCC, "military"),
    ],
    "negated_transfers": [
        ("오스트리아는 헝가리에 전차를 이전하지 않았다.", "AID", {"AUT"}, None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_arms_transfers_are_read_with_their_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence, DAY), kind, actors, recipients, status, mode)
