"""Appeals to every side ask the parties of the conflict told (request59; restraint35 kept them open), sentences ours.

1. An appeal to all parties ('called on all parties to exercise restraint', 'urged all sides concerned to', '모든
   당사자가 ...할 것을 촉구한다', '분쟁 당사자들에 ...을 촉구했다') is a REQUEST of its speaker made to the states on both
   sides of the conflict act or accord the story told last (pipeline/act_pairs.every_party: PLOVER's target is who is
   asked to act, and the open batches' gold codes every such appeal with the story's parties); with none told it has
   no receiving side. The language marks the appeal `open_addressee` (lang/en/act_open_appeals, lang/ko/act_appeals);
   a state named before the parties phrase is no addressee by its place (act_recipients.receiving_side: '"X의 Y 공격에
   우려"며 "모든 당사자가 ..."'). A pair ('both sides', '양측 모두에') asks the conflict's two sides as before.
2. A second side's appeal in the same sentence ('A called on all parties to ..., while B and C issued similar
   appeals') is its own act: A's open appeal is not replaced by it (acts.answering_side).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

OCC = "occurred"
DAY = date(2026, 2, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


# 1. all parties: the sides of the conflict told
@pytest.mark.parametrize("text, actors", [
    ("Guatemalan troops shelled a Honduran border post on Saturday. Costa Rica urged all parties to exercise maximum "
     "restraint.", {"CRI"}),
    ("Guatemalan troops shelled a Honduran border post on Saturday. Panama's foreign ministry called on all the sides "
     "concerned to avoid further escalation.", {"PAN"}),
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 코스타리카 외교부는 모든 당사자가 최대한 자제할 것을 촉구했다.", {"CRI"}),
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 파나마 정부는 분쟁 당사자들에 대화를 촉구했다.", {"PAN"}),
    # a state named in the statement before the parties phrase is no addressee
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 파나마 외교부는 \"온두라스에 대한 과테말라의 발포로 긴장이 높아진 데 "
     "우려를 표명한다\"며 \"모든 당사자가 자제할 것을 촉구한다\"고 밝혔다.", {"PAN"}),
])
def test_appeal_to_all_parties_asks_the_conflicts_sides(text, actors):
    assert_act(read(text), "REQUEST", actors, {"GTM", "HND"}, OCC)


# 1. guard: with no conflict told, the appeal asks no one state
@pytest.mark.parametrize("text, actors", [
    ("Mongolia called on all parties to show restraint after the border incident.", {"MNG"}),
    ("몽골 외교부는 모든 당사자가 최대한 자제할 것을 촉구했다.", {"MNG"}),
])
def test_appeal_to_all_parties_with_no_conflict_names_no_recipient(text, actors):
    assert_act(read(text), "REQUEST", actors, set(), OCC)


# 1. guard: a pair still asks the conflict's two sides; a state asked by name keeps it
@pytest.mark.parametrize("text, actors, recipients", [
    ("Guatemalan troops shelled a Honduran border post on Saturday. Costa Rica urged both sides to show restraint.",
     {"CRI"}, {"GTM", "HND"}),
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 코스타리카 외교부는 양측 모두에 자제를 촉구했다.", {"CRI"}, {"GTM", "HND"}),
    ("Guatemalan troops shelled a Honduran border post on Saturday. Costa Rica urged Guatemala to show restraint.",
     {"CRI"}, {"GTM"}),
])
def test_pair_or_named_state_keeps_its_recipients(text, actors, recipients):
    assert_act(read(text), "REQUEST", actors, recipients, OCC)


# 2. a second side's appeal beside an open one
def test_second_sides_appeal_does_not_replace_the_open_one():
    found = read("Guatemalan troops shelled a Honduran border post on Saturday. Costa Rica called on all parties to "
                 "exercise restraint, while Panama and Belize issued similar appeals to Guatemala.")
    assert_act(found, "REQUEST", {"CRI"}, {"GTM", "HND"}, OCC)
