"""(conflict54) A measure named in a vetoed draft ('제재 결의안에 거부권을 행사했다') is not imposed: no SANCTION, as English
'vetoed a resolution on sanctions against X' now reads (tests/lang/en/test_act_blocked_drafts.py). Our own
sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["중국은 미얀마 제재 결의안에 거부권을 행사했다.",
                                  "러시아는 에리트레아에 대한 제재 결의안에 거부권을 행사했다."])
def test_a_vetoed_drafts_measure_is_not_imposed(extract, text):
    found = extract(text).events
    assert not [e for e in found if e.type == "SANCTION"], [(e.type, e.mode) for e in found]


def test_an_imposed_measure_stays(extract):
    found = extract("유럽연합은 에리트레아에 제재를 부과했다.").events
    assert [e for e in found if e.type == "SANCTION"], [(e.type, e.mode) for e in found]
