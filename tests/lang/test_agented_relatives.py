"""(kotwin46) Force done to the people a request names, with its doer named in the clause that describes them: the
Korean twin of enkidnap46's 'urged the release of surveyors abducted by Mali'.

A passive relative clause ('[X에 의해 납치된] 측량사들', '[X에 피랍된] 선원들') on the object of a request names who did
the deed: its agent ('X에 의해', or plain 'X에' after an abduction, as after a capture) does an ASSAULT abduct beside the
REQUEST, as the English participle with a named 'by' agent does. An agent that names no side ('무장괴한들에게', 'by
gunmen') leaves the deed doerless, never the requester's; a place ('X에서', 'in X') names no agent. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act
from tests.event_sides import events

NAMED_AGENTS = [
    ("가나는 토고에 의해 납치된 측량사 3명의 석방을 촉구했다.", "TGO"),
    ("가나는 지난주 토고에 납치된 자국 간호사들의 석방을 요구했다.", "TGO"),  # plain 에 after an abduction: the agent
    ("노르웨이는 후티 반군에 피랍된 자국 선원들의 즉각 석방을 촉구했다.", "YEM"),
    ("Ghana called for the release of three nurses abducted by Togo last week.", "TGO"),
]


@pytest.mark.parametrize("sentence, actor", NAMED_AGENTS)
def test_the_named_agent_of_the_relative_did_the_abduction(sentence, actor):
    found = events(sentence)
    assert_act(found, "ASSAULT", {actor}, None, "occurred", mode="abduct")
    assault = next(e for e in found if e.type == "ASSAULT")
    assert {p.country for p in assault.participants} - {r.country for r in assault.recipients} == {actor}
    assert any(e.type == "REQUEST" for e in found)


NO_NAMED_AGENT = [
    "가나는 무장괴한들에게 납치된 측량사 3명의 석방을 촉구했다.",  # an agent naming no side
    "가나는 지난주 토고에서 납치된 자국 간호사들의 석방을 요구했다.",  # a place, no agent
    "가나는 납치된 자국 간호사들의 석방을 요구했다.",  # no agent at all
    "Ghana called for the release of three nurses abducted by masked men last week.",
]


@pytest.mark.parametrize("sentence", NO_NAMED_AGENT)
def test_no_named_agent_leaves_no_abduction_by_the_requester(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "ASSAULT"], [(e.type, e.mode) for e in found]


def test_a_capture_relative_names_its_captor_with_plain_e():
    """'[X 당국에 억류된] 자국민들': plain 에 after a holding passive is the captor, in a relative as in a main clause."""
    assert_act(events("가나는 토고 당국에 억류된 자국민들의 석방을 촉구했다."), "COERCE", {"TGO"}, {"GHA"}, "occurred")


@pytest.mark.parametrize("sentence, actor", [
    ("페루 측량사 3명이 칠레에 납치됐다.", "CHL"),  # the finite passive: plain 에 names the abductor too
    ("토고 선원들이 말리 무장단체에 피랍됐다.", "MLI"),
    ("페루 측량사 3명이 칠레에서 납치됐다.", None),  # a place: no doer named
])
def test_plain_e_after_an_abduction_names_the_abductor(sentence, actor):
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    if actor is None:
        assert not found, [(e.type, e.mode) for e in found]
        return
    assert found and {p.country for p in found[0].participants} - {r.country for r in found[0].recipients} == {actor}
