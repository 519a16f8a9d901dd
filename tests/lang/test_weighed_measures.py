"""enmodes70: a hostile measure a side says it weighs is a threat of it, made now, in both languages (CAMEO's
'consider sanctions/imposing' are 13x threats; the PLOVER manual codes a merely hypothetical hostile act as the single
category THREATEN). English read a weighed noun so ('is considering sanctions on X') but not a weighed gerund
('considering expelling', 'weighing imposing tariffs', which stayed a planned SANCTION) and left 'considering imposing
sanctions' without a mode; Korean read '제재 부과를 검토하고 있다' as SANCTION planned (lang/ko/act_weighed_measures,
lang/en/act_modes.considered_measures). Negative rows: a weighing denied, a measure pushed for rather than weighed,
help weighed and the measure taken."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "weighed_measure_is_threaten": [
        ("Norway is considering imposing sanctions on Belarus.", "THREATEN", {"NOR"}, {"BLR"}, OCC, "restrict"),
        ("Norway is weighing imposing tariffs on Belarusian potash.", "THREATEN", {"NOR"}, {"BLR"}, OCC,
         "restrict"),
        ("Norway said it was considering expelling Belarusian diplomats.", "THREATEN", {"NOR"}, {"BLR"}, OCC,
         "expel"),
        ("Norway is mulling new sanctions against Belarus.", "THREATEN", {"NOR"}, {"BLR"}, OCC, "restrict"),
        ("노르웨이는 벨라루스에 대한 제재 부과를 검토하고 있다.", "THREATEN", {"NOR"}, {"BLR"}, OCC, None),
        ("노르웨이는 벨라루스에 제재를 가하는 방안을 검토하고 있다.", "THREATEN", {"NOR"}, {"BLR"}, OCC, None),
        ("노르웨이는 벨라루스 외교관 추방을 검토하고 있다.", "THREATEN", {"NOR"}, {"BLR"}, OCC, "expel"),
        ("노르웨이는 벨라루스산 비료에 관세를 부과하는 방안을 고려하고 있다고 밝혔다.", "THREATEN", {"NOR"}, {"BLR"}, OCC,
         "restrict"),
    ],
    "weighed_measure_is_no_planned_sanction": [
        ("Norway said it was considering expelling Belarusian diplomats.", "SANCTION", set(), None, None, None),
        ("노르웨이는 벨라루스에 대한 제재 부과를 검토하고 있다.", "SANCTION", set(), None, None, None),
    ],
    "no_weighing_no_threat": [
        ("Norway is not considering expelling Belarusian diplomats.", "THREATEN", set(), None, None, None),
        ("노르웨이는 벨라루스에 대한 제재 부과를 검토하지 않고 있다고 밝혔다.", "THREATEN", set(), None, None, None),
        ("노르웨이는 벨라루스에 대한 식량 지원을 검토하고 있다.", "THREATEN", set(), None, None, None),
        ("노르웨이는 벨라루스에 대한 제재 완화를 검토하고 있다.", "THREATEN", set(), None, None, None),
        ("Norway expelled two Belarusian diplomats on Tuesday.", "THREATEN", set(), None, None, None),
        ("Norway expelled two Belarusian diplomats on Tuesday.", "SANCTION", {"NOR"}, {"BLR"}, OCC, "expel"),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_weighed_measures(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
