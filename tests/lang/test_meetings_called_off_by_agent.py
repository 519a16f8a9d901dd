"""kospeaker68: a meeting called off in the passive with its canceller named ('회담이 A에 의해 취소됐다', 'A에 의해
... 회담이 취소됐다', 'was called off by A') is A's refusal of the meeting, REJECT meet from A to the other side named,
as the active 'A는 B와의 회담을 취소했다' and English 'was called off by A' (cancel68, docs/coding-choices.md
'called off'). The agent may stand between the meeting's noun and the verbal noun, with a manner before the verb
(act_passive_agents.agent_before, act_predicates.predicate). Our own sentences; negatives: no canceller named, a
place named with 에서, a calling-off denied."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def rejections(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(frozenset(p.country for p in e.participants) - {r.country for r in e.recipients},
             frozenset(r.country for r in e.recipients)) for e in events(text) if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "우루과이와의 정상회담이 볼리비아에 의해 취소됐다.",
    "우루과이와의 회담이 볼리비아 정부에 의해 전격 취소됐다.",
    "우루과이와의 외교장관 회담이 볼리비아에 의해 일방적으로 취소됐다.",
    "볼리비아에 의해 우루과이와의 정상회담이 취소됐다.",
    "볼리비아·우루과이 정상회담이 볼리비아에 의해 취소됐다.",
    "The summit with Uruguay was called off by Bolivia.",
])
def test_a_calling_off_by_a_named_side_rejects_the_meeting(text):
    assert (frozenset({"BOL"}), frozenset({"URY"})) in rejections(text), events(text)


def test_the_canceller_alone_is_named():
    assert (frozenset({"BOL"}), frozenset()) in rejections("정상회담이 볼리비아에 의해 취소됐다."), \
        events("정상회담이 볼리비아에 의해 취소됐다.")


@pytest.mark.parametrize("text", [
    "볼리비아·우루과이 정상회담이 취소됐다.",
    "우루과이와의 회담이 볼리비아에서 취소됐다.",
    "우루과이와의 정상회담이 볼리비아에 의해 취소되지 않았다.",
    "The summit between Bolivia and Uruguay was called off.",
])
def test_no_refusal_without_a_named_canceller(text):
    assert not rejections(text), events(text)
