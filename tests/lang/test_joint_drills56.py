"""(plans56, issue 15) Joint military exercises are COOPERATE, single-country ones MOBILIZE, in both languages.

The PLOVER manual codes joint military games and maneuvers COOPERATE and a state's own exercises MOBILIZE. Korean
read '연합훈련' MOBILIZE and English 'held drills with B' or 'A and B held naval drills' MOBILIZE of one state; a
joint drill agreed is the agreement alone (AGREE) in both, and one decided or told ahead the drill planned. Every
sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def rendered(text: str) -> list[str]:
    """Each event as 'TYPE/mode/status ACTORS>RECIPIENTS', sorted."""
    def side(entities) -> str:
        return "+".join(sorted(f"{x.country}-{x.sector}" for x in entities))
    return sorted(f"{e.type}/{e.mode}/{e.status} {side(e.participants)}>{side(e.recipients)}" for e in events(text))


JOINT = [  # (sentence, the one event expected)
    ("Norway and Sweden held joint naval drills on Monday.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("Norway and Sweden held naval drills on Monday.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("Norway held naval drills with Sweden on Monday.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("Norway staged drills with Sweden.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 10일 연합훈련을 실시했다.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 합동 군사훈련을 실시했다.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 군사훈련을 실시했다.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이는 스웨덴과 군사훈련을 실시했다.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이는 스웨덴과의 해상훈련을 실시했다.", "COOPERATE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이 해군은 스웨덴 해군과 훈련했다.", "COOPERATE/None/occurred NOR-MIL+SWE-MIL>"),
]


@pytest.mark.parametrize("sentence, expected", JOINT)
def test_a_drill_of_two_states_is_the_joint_drill(sentence, expected):
    assert rendered(sentence) == [expected]


SOLO = [  # (sentence, the one event expected): one state's drill stays MOBILIZE
    ("North Korea held live-fire drills on Monday.", "MOBILIZE/troops/occurred PRK-GOV>"),
    ("Norway staged drills near the border with Russia.", "MOBILIZE/troops/occurred NOR-GOV>RUS-GOV"),
    ("북한은 10일 단독 훈련을 실시했다.", "MOBILIZE/troops/occurred PRK-GOV>"),
]


@pytest.mark.parametrize("sentence, expected", SOLO)
def test_one_states_drill_stays_a_show_of_force(sentence, expected):
    assert rendered(sentence) == [expected]


NO_PARTNER = [  # a 'with' or 와 that names no one drilling beside: no joint drill
    "The army held drills with live ammunition.",
    "북한은 정찰과 훈련을 강화했다.",
]


@pytest.mark.parametrize("sentence", NO_PARTNER)
def test_a_drill_with_no_partner_named_is_no_cooperation(sentence):
    assert not [e for e in events(sentence) if e.type == "COOPERATE"]


AHEAD = [  # (sentence, the one event expected): agreed -> the agreement; decided or told ahead -> the drill planned
    ("Norway and Sweden agreed to hold joint exercises.", "AGREE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 연합훈련을 실시하기로 합의했다.", "AGREE/None/occurred NOR-GOV+SWE-GOV>"),
    ("Norway and Sweden decided to hold joint exercises.", "COOPERATE/None/planned NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 연합훈련을 실시하기로 결정했다.", "COOPERATE/None/planned NOR-GOV+SWE-GOV>"),
    ("Norway and Sweden will hold joint drills.", "COOPERATE/None/planned NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 연합훈련을 실시할 것이다.", "COOPERATE/None/planned NOR-GOV+SWE-GOV>"),
    ("Norway and Sweden said they would hold joint drills.", "AGREE/None/occurred NOR-GOV+SWE-GOV>"),
    ("노르웨이와 스웨덴은 연합훈련을 실시하겠다고 밝혔다.", "AGREE/None/occurred NOR-GOV+SWE-GOV>"),
]


@pytest.mark.parametrize("sentence, expected", AHEAD)
def test_a_joint_drill_ahead_reads_alike_in_both_languages(sentence, expected):
    assert rendered(sentence) == [expected]


def test_joint_patrols_promised_stay_the_promise():
    assert rendered("노르웨이와 스웨덴은 공동 순찰을 실시할 것이다.") == ["AGREE/None/occurred NOR-GOV+SWE-GOV>"]
