"""(appeals50) Requests told around another act and accords declared void, in both languages. Every sentence is our
own (other states and names than any article's).

- An accord one party declares void, annuls or nullifies is that party's REJECT, received by the accord's other
  party (en_acts_additions 'declare ... null and void', 'annul', 'nullify'; ko_acts_cameo_spec '무효화하다',
  '무효+선언하다'; ko.yaml proposal_nouns).
- A body's act done 'at X's request' / 'X의 요청으로' is X's REQUEST of the body (lang/en/act_request_frames.py,
  lang/ko/act_requested.framed_requests); a letter to a body 'asking for' something asks the body; 'asked the court
  to' asks the international court the story named (a U.N. organ: UNO).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import check_act

DAY = date(2025, 3, 10)
ACCORD_EN = "Kenya and Uganda signed a port agreement in Nairobi on Monday. "
ACCORD_KO = "케냐와 우간다는 지난 3일 항만 협정을 체결했다. "
RAID_EN = "Sudanese jets bombed a Kenyan border town on Thursday. "
RAID_KO = "수단 공군이 케냐 국경 마을을 폭격했다. "


@pytest.mark.parametrize("text", [
    ACCORD_EN + "On Wednesday, Uganda declared the agreement null and void.",
    ACCORD_EN + "Uganda's parliament annulled the agreement on Friday.",
    ACCORD_EN + "Two days later Uganda nullified the deal.",
    ACCORD_KO + "우간다 정부는 5일 협정 무효를 선언했다.",
    ACCORD_KO + "우간다 의회는 5일 이 협정을 무효화했다.",
])
def test_an_accord_declared_void_is_refused_to_its_other_party(text):
    check_act(text, DAY, "REJECT", {"UGA"}, {"KEN"}, "occurred")


@pytest.mark.parametrize("text", [
    "Uganda declared a state of emergency in two districts on Friday.",  # a declaration that voids no accord
    "우간다 정부는 5일 두 지역에 비상사태를 선포했다.",
])
def test_a_declaration_of_no_void_refuses_nothing(text):
    check_act(text, DAY, "REJECT", set(), None, None)


@pytest.mark.parametrize("text", [
    RAID_EN + "The UN Security Council met at Kenya's request on Friday.",
    RAID_EN + "At the request of Kenya, the UN Security Council held an emergency meeting on Friday.",
    RAID_EN + "Kenya wrote to the Security Council asking for an emergency meeting.",
    RAID_EN + "Kenya wrote to the UN Security Council on Friday, asking it to convene an urgent session.",
    RAID_KO + "케냐 정부의 요청으로 유엔 안보리는 긴급회의를 열었다.",
    RAID_KO + "케냐의 요청에 따라 열린 유엔 안보리 긴급회의에서 수단은 공습을 부인했다.",
])
def test_a_body_meeting_at_a_members_request_was_asked_by_it(text):
    check_act(text, DAY, "REQUEST", {"KEN"}, {"UNO"}, "occurred")


def test_a_court_asked_in_a_participle_is_the_court_the_story_named():
    check_act("Peru filed a case against Chile at the International Court of Justice on Thursday over a raid on its "
              "consulate, asking the court to suspend Chile from the United Nations.", DAY, "REQUEST", {"PER"},
              {"UNO"}, "occurred")


@pytest.mark.parametrize("text", [
    "The UN Security Council met at the request of several members on Friday.",  # no state asks
    "유엔 안보리는 회원국들의 요청으로 긴급회의를 열었다.",
])
def test_a_frame_whose_asker_names_no_state_asks_nothing(text):
    check_act(text, DAY, "REQUEST", set(), None, None)


# (appeals50, act_pairs.domestic_crisis) an appeal to every side after a domestic crisis asks the state it is in
@pytest.mark.parametrize("text", [
    "Police fired on protesters in Dhaka on Monday, killing 19 people. China called on all sides to exercise "
    "restraint.",
    "Thousands of protesters clashed with police in Dhaka on Monday. The United Nations urged all parties to exercise "
    "restraint.",
    "경찰이 8일 다카에서 시위대에 발포해 19명이 숨졌다. 중국 외교부는 모든 당사자에 자제를 촉구했다.",
    # a hope for every side's restraint is the same appeal (lang/en/act_hopes.open_party)
    "Police fired on protesters in Dhaka on Monday, killing 19 people. India hoped all sides would exercise restraint "
    "and resolve the issue through dialogue.",
])
def test_an_appeal_to_all_sides_of_a_domestic_crisis_asks_its_state(text):
    events = extract_text(text, published=DAY).events
    (e,) = [e for e in events if e.type == "REQUEST"]
    assert {p.country for p in e.recipients} == {"BGD"}


@pytest.mark.parametrize("text", [
    "Sudanese jets bombed a Kenyan border town on Thursday. Brazil called on all sides to exercise restraint.",
    "Sudanese and Kenyan troops clashed on the border on Thursday. Brazil called on all parties to exercise restraint.",
    "Sudanese and Kenyan troops clashed on the border on Thursday. Brazil said it hoped all parties would exercise "
    "restraint.",
])
def test_an_appeal_to_all_sides_between_states_names_no_one_state(text):
    events = extract_text(text, published=DAY).events
    (e,) = [e for e in events if e.type == "REQUEST"]
    assert {p.country for p in e.recipients} != {"SDN"} and {p.country for p in e.recipients} != {"KEN"}
