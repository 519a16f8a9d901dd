"""A deed ascribed to its doer by a verb of designation is an allegation at the doer (lexicon rows noun 소행), with
sentences of our own.

'X를 B의 소행으로 규정했다/지목했다/결론지었다': the speaker accuses B, the genitive owner of the deed, not the
object X (an incident); a sentence that names no doer ('누구의 소행인지 알 수 없다') accuses no one.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_act
from tests.event_sides import events

DAY = date(2026, 6, 9)


@pytest.mark.parametrize("text, actor, recipients", [
    ("칠레 정부는 국경 다리 폭발 사건을 볼리비아 무장세력의 소행으로 규정했다.", "CHL", {"BOL"}),
    ("가나 경찰은 항구 창고 방화를 토고 정보기관의 소행으로 지목하고 수사에 나섰다.", "GHA", {"TGO"}),
    ("라트비아 당국은 해저 케이블 절단을 러시아 선박의 소행으로 결론지었다.", "LVA", {"RUS"}),
])
def test_ascribed_deed_accuses_its_owner(text, actor, recipients):
    assert_act(events(text, DAY), "ACCUSE", {actor}, recipients, "occurred")


def test_no_named_doer_no_accusation():
    assert_act(events("가나 경찰은 항구 창고 방화가 누구의 소행인지 아직 알 수 없다고 밝혔다.", DAY), "ACCUSE", set(), None, None)
