"""(konoun46) An act's plan announced as a noun is the announcer's act, planned, with sentences of our own.

'가나는 토고 이주민 추방 계획을 발표했다' reads as '토고 이주민을 추방할 계획이라고 발표했다' does: COERCE deport planned,
Togo receiving (the verbal noun's pair for its object); '제재 방침을 밝혔다' SANCTION planned. Negative rows: a plan
another state owns (named in the genitive), a plan denied or not announced, a possibility, a plan of no act.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, mode, actors, recipients)
    ("가나는 6일 토고 이주민 추방 계획을 발표했다.", "COERCE", "deport", {"GHA"}, {"TGO"}),
    ("가나는 6일 토고 이주민 300여 명의 추방 방침을 밝혔다.", "COERCE", "deport", {"GHA"}, {"TGO"}),
    ("캐나다는 6일 벨라루스에 대한 제재 방침을 밝혔다.", "SANCTION", "discontinue", {"CAN"}, {"BLR"}),
    ("세르비아는 6일 예비군 소집 계획을 발표했다.", "MOBILIZE", "troops", {"SRB"}, set()),
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients", ROWS)
def test_announced_plan_is_the_announcers_planned_act(sentence, kind, mode, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert (first.mode, first.status) == (mode, "planned")
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


NEGATIVES = [  # (sentence, the state that must plan no COERCE, SANCTION or MOBILIZE)
    ("가나는 6일 토고의 이주민 추방 계획을 밝혔다.", "GHA"),  # Togo's plan, told
    ("가나는 6일 토고 이주민 추방 계획이 없다고 밝혔다.", "GHA"),  # no plan
    ("가나는 6일 토고 이주민 추방 계획을 발표하지 않았다.", "GHA"),  # not announced
    ("가나는 6일 토고 이주민 추방 가능성을 밝혔다.", "GHA"),  # only possible
    ("가나는 6일 토고의 이주민 추방 계획을 비판했다.", "GHA"),  # Togo's plan, judged
    ("세르비아는 6일 경제 발전 계획을 발표했다.", "SRB"),  # a plan of no act
]


@pytest.mark.parametrize("sentence, state", NEGATIVES)
def test_no_planned_act_of_the_speaker(sentence, state):
    found = [e for e in events(sentence) if e.type in ("COERCE", "SANCTION", "MOBILIZE")
             and state in countries(e.participants)]
    assert not found, [(e.type, e.mode, e.status) for e in found]
