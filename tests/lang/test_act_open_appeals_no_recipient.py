"""Appeals to every side name no recipient (restraint35), with sentences of our own.

1. An appeal to all parties ('called on all parties to exercise restraint', 'urged all sides concerned to', '모든
   당사자가 ...할 것을 촉구한다', '분쟁 당사자들에 ...을 촉구했다') is a REQUEST of its speaker with no receiving side, also
   after a conflict act the story just told: the parties phrase names no state, and PLOVER codes only an addressee
   the text names (the open batches' golds leave such appeals' recipients open). The language marks the appeal
   `open_addressee` (lang/en/act_open_appeals, lang/ko/act_appeals); the pipeline takes neither the conflict's sides
   (act_recipients_told.implied_addressee) nor a state named before the parties phrase (act_recipients.receiving_side:
   '"X의 Y 공격에 우려"며 "모든 당사자가 ..."'). A pair ('both sides', '양측 모두에') still asks the conflict's two sides.
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


# 1. all parties: no recipient, conflict told or not
@pytest.mark.parametrize("text, actors", [
    ("Guatemalan troops shelled a Honduran border post on Saturday. Costa Rica urged all parties to exercise maximum "
     "restraint.", {"CRI"}),
    ("Guatemalan troops shelled a Honduran border post on Saturday. Panama's foreign ministry called on all the sides "
     "concerned to avoid further escalation.", {"PAN"}),
    ("Mongolia called on all parties to show restraint after the border incident.", {"MNG"}),
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 코스타리카 외교부는 모든 당사자가 최대한 자제할 것을 촉구했다.", {"CRI"}),
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 파나마 정부는 분쟁 당사자들에 대화를 촉구했다.", {"PAN"}),
    # a state named in the statement before the parties phrase is no addressee
    ("과테말라군이 7일 온두라스 순찰대에 발포했다. 파나마 외교부는 \"온두라스에 대한 과테말라의 발포로 긴장이 높아진 데 "
     "우려를 표명한다\"며 \"모든 당사자가 자제할 것을 촉구한다\"고 밝혔다.", {"PAN"}),
])
def test_appeal_to_all_parties_names_no_recipient(text, actors):
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
    assert_act(found, "REQUEST", {"CRI"}, set(), OCC)
