"""Korean bonds counted in years and elections conceded: sentences we wrote for the test (congrats50), read through
the whole pipeline (type, acting states among the parties, receiving states, status; status None: no such event)."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

# A bond's age counted in years ('수교한 지 30주년', '수교 35주년'): a date of remembrance, no act
# (lang/ko/act_anniversaries.py, cue anniversary_unit). The bond told as made ('1990년 수교했다') stays.
ANNIVERSARIES = [
    ("올해는 한국과 베트남이 수교한 지 30주년이 되는 해다.", [("SUPPORT", None, None, None)]),
    ("내년은 일본과 칠레가 수교한 지 50주년이다.", [("SUPPORT", None, None, None)]),
    ("독일과 폴란드는 수교 35주년을 기념했다.", [("SUPPORT", None, None, None)]),
    # negative: the bond made, no count of years after it
    ("칠레와 페루는 1990년 수교했다.", [("SUPPORT", {"CHL", "PER"}, None, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ANNIVERSARIES)
def test_bond_anniversary_is_no_act(text, expected):
    check(text, expected)


# An election conceded ('X의 승리를 인정했다', '패배를 인정했다', '선거 결과에 승복했다') and a ruling carried out
# ('판결을 이행하겠다'): CONCEDE (CAMEO 080, scripts/data/ko_acts_cameo_spec.yaml).
CONCESSIONS = [
    ("가나 부통령은 26일 패배를 인정했다.", [("CONCEDE", {"GHA"}, None, "occurred")]),
    ("잠비아 대통령은 야당 후보의 승리를 인정했다.", [("CONCEDE", {"ZMB"}, None, "occurred")]),
    ("말라위 대통령은 27일 성명을 내고 선거 결과에 승복했다.", [("CONCEDE", {"MWI"}, None, "occurred")]),
    ("볼리비아 대통령은 헌법재판소의 결정을 이행하겠다고 밝혔다.", [("CONCEDE", {"BOL"}, None, "planned")]),
    # negatives: a decision one acts on, a fact admitted
    ("미국은 정부의 결정에 따라 대사관을 폐쇄했다.", [("CONCEDE", None, None, None)]),
    ("잠비아 재무장관은 부채 문제가 심각하다는 점을 인정했다.", [("CONCEDE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", CONCESSIONS)
def test_election_concessions(text, expected):
    check(text, expected)


# An obligation quoted with the bare quotative verb ('B가 사과해야 한다고(도) 했다'): a demand on B (REQUEST), as with
# 말했다; B's apology is not told (no CONCEDE). The speaker's own side obliged ('우리가 ...해야 한다고 했다') asks no one.
QUOTED_OBLIGATIONS = [
    ('칠레 대통령은 "부끄럽다"며 페루 대통령이 국제사회에 사과해야 한다고 했다.',
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("CONCEDE", None, None, None)]),
    ("칠레 대통령은 페루가 군대를 철수해야 한다고도 했다.",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("RETREAT", None, None, None)]),
    ('칠레 대통령은 "우리가 더 노력해야 한다"고 했다.', [("REQUEST", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_OBLIGATIONS)
def test_obligation_quoted_with_bare_quotative(text, expected):
    check(text, expected)
