"""A body's session refused or stayed away from (convened48, lang/ko/act_convened.py): 'X는 회의에 불참했다', 'X는 표결에
불참했다', 'X는 회의 소집을 거부했다', 'X는 회의를 보이콧했다' with no counterpart named refuse the body that convened the
session (REJECT meet; the body the story named before the act word, as English 'boycotted the session'). A meeting
with a named counterpart keeps it; a story that named no body keeps no recipient. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.lang.ko.act_rows import PUB

COUNCIL = "유엔 안전보장이사회는 5일 뉴욕에서 시리아 사태를 논의하는 회의를 열었다. "
ASSEMBLY = "유엔 총회는 5일 시리아 결의안을 다루는 특별회의를 열었다. "
BLOC = "아세안은 5일 자카르타에서 외교장관 회의를 열었다. "


@pytest.mark.parametrize("text,actor,recipients", [
    (COUNCIL + "시리아는 회의에 불참했다.", "SYR", {"UNO"}),
    (COUNCIL + "시리아는 안보리 회의 소집을 거부했다.", "SYR", {"UNO"}),
    (ASSEMBLY + "시리아는 표결에 불참했다.", "SYR", {"UNO"}),
    (ASSEMBLY + "시리아는 총회 토론을 보이콧했다.", "SYR", {"UNO"}),
    (BLOC + "미얀마는 회의에 불참했다.", "MMR", {"IGO"}),
    ("시리아는 유엔 안보리 긴급회의 소집을 거부했다.", "SYR", {"UNO"}),  # the body named before the act word
    # a counterpart named with the meeting keeps it; no body named, no recipient
    (COUNCIL + "시리아는 튀르키예와의 회의에 불참했다.", "SYR", {"TUR"}),
    ("시리아는 회의에 불참했다.", "SYR", set()),
])
def test_a_session_stayed_away_from_refuses_its_body(text, actor, recipients):
    assert_act(extract_text(text, published=PUB).events, "REJECT", {actor}, recipients, "occurred", mode="meet")


def test_a_boycott_of_goods_stays_a_protest():
    assert_act(extract_text("중국 소비자들은 일본 제품을 보이콧했다.", published=PUB).events, "PROTEST", {"CHN"}, {"JPN"},
               "occurred", mode="boycott")
