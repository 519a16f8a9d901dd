"""stance52: a pledge of the pledger's own conduct in office or in a race ('다시 출마하겠다고 다짐했다', '국정을 운영하겠다고
약속했다') offers nothing to anyone: no AGREE (act_vowed_responses.kept_holdings, cue own_conduct_noun), as English
'vowed to run again'. A pledge of cooperation with a partner stays. Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "우말라 전 페루 대통령은 내년 대선에 다시 출마하겠다고 다짐했다.",
    "케냐 대통령은 겸손하게 국정을 운영하겠다고 약속했다.",
    "말라위 야당 대표는 연임에 도전하지 않겠다던 약속을 뒤집고 재출마하겠다고 다짐했다.",
])
def test_pledge_of_own_conduct_is_no_agreement(text):
    assert_act(read(text), "AGREE", set(), None, None)


def test_pledge_of_cooperation_stays():
    assert_act(read("일본 총리는 한국과 긴밀히 협력하겠다고 약속했다."), "AGREE", {"JPN"}, None, "occurred")
