"""(coerce52) A protest noun with a verb of breaking out ('시위가 일어났다', '시위가 확산했다', '집회가 잇따랐다') is a
protest held by the place's people against their own government (PROTEST X -> X; the noun-verb pairs of CAMEO 141
in scripts/data/ko_acts_cameo_spec.yaml); negated, none. Our own sentences (English: tests/lang/en/test_act_outbreaks.py)."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, PROTEST actors, recipients)
    ("루사카에서 10일 반정부 시위가 일어났다.", {"ZMB"}, {"ZMB"}),
    ("아순시온에서 연료세 인상에 항의하는 대규모 시위가 발생했다.", {"PRY"}, {"PRY"}),
    ("두샨베에서 시작된 반정부 시위가 지방 도시로 확산했다.", {"TJK"}, {"TJK"}),
    ("코차밤바에서는 주말 내내 규탄 집회가 잇따랐다.", {"BOL"}, {"BOL"}),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_protests_breaking_out_are_held(extract, text, actors, recipients):
    found = [e for e in extract(text).events if e.type == "PROTEST"]
    assert found, [(e.type, e.mode) for e in extract(text).events]
    assert ({p.country for p in found[-1].participants}, {p.country for p in found[-1].recipients}) == \
        (actors, recipients)


def test_a_protest_that_did_not_break_out_is_none(extract):
    assert not [e for e in extract("루사카에서는 우려와 달리 시위가 일어나지 않았다.").events if e.type == "PROTEST"]
