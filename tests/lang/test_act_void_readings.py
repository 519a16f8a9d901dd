"""Acts in both languages: a verb with an object that makes it no act (agree58, the lexicon's `void` rows).

'The president accepted the minister's resignation', 'accepted the envoy's credentials', '사표를 받아들였다', '법원 판결을
수용한다': what a side's own officer, envoy or court hands it, accepted, states no willingness to cooperate between sides
(PLOVER AGREE). The lexicon writes the verb with these objects as a `void` row (en: scripts/data/en_acts_additions.yaml;
ko: ko_acts.yaml, cue accepted_no_act_noun), which takes the verb's other readings' place: no AGREE, and no refusal
when negated. The same verb with another object keeps its act."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2021, 5, 12)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


@pytest.mark.parametrize("text", [
    "Peru's president accepted the resignation of his defence minister on Tuesday, his office said.",
    "The president of Uruguay on Monday accepted the credentials of the new ambassador from Paraguay at a ceremony.",
    "Argentina's interior minister said he had accepted the nomination of his party for the senate race.",
    "Ecuador's foreign minister accepted the post of ambassador to Bolivia after weeks of talks.",
    "The Bolivian government did not accept the resignations of two senior diplomats posted in Chile.",
    "아르헨티나 대통령은 11일 국방장관의 사표를 받아들였다고 대변인이 밝혔다.",
    "우루과이 대통령은 11일 파라과이 신임 대사의 신임장을 수락했다고 외교부가 발표했다.",
    "에콰도르 총리는 기자들에게 \"헌재 결정을 수용한다\"며 \"국민에게 사과한다\"고 말했다.",
])
def test_void_objects_state_no_agreement(text):
    events = read(text)
    assert_act(events, "AGREE", set(), None, None)
    assert_act(events, "REJECT", set(), None, None)


@pytest.mark.parametrize("text, actors, recipients", [
    # the same verbs with an offer as object keep their AGREE
    ("Peru accepted Bolivia's offer of talks on the river dispute on Tuesday.", {"PER"}, {"BOL"}),
    ("Uruguay said on Monday it had accepted a proposal from Paraguay to reopen the bridge.", {"URY"}, {"PRY"}),
    ("아르헨티나는 11일 칠레의 휴전안을 받아들였다고 외교부가 밝혔다.", {"ARG"}, {"CHL"}),
])
def test_accepted_offers_stay_agreements(text, actors, recipients):
    assert_act(read(text), "AGREE", actors, recipients, OCC)


@pytest.mark.parametrize("text", [
    # an intent to meet that names no side to meet: no one-sided AGREE (act_unreceived.lone_pledge)
    "Bolivia's president said she would meet her coalition partners on Friday to save the government.",
    "The Ghanaian leader said he would convene an emergency summit of the bloc's heads of state next week.",
    "볼리비아 대통령은 이번 주 안에 연정 파트너들과 만나겠다고 기자들에게 말했다.",
])
def test_intent_to_meet_no_one_is_no_agreement(text):
    assert_act(read(text), "AGREE", set(), None, None)


@pytest.mark.parametrize("text, actors, recipients", [
    # the intent to meet a side named stays its AGREE, received by that side
    ("Bolivia's president said on Monday he would meet Peru's president in Lima next week.", {"BOL"}, {"PER"}),
])
def test_intent_to_meet_a_side_stays_agreement(text, actors, recipients):
    assert_act(read(text), "AGREE", actors, recipients, "planned")
