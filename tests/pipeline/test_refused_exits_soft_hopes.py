"""(reject50) Refusals to leave office, hopes of every side, ranked voters and split blocs, in both languages. Every
sentence is our own (other states and names than any article's).

- An official who says they will not step down ('would not step down', '사임하지 않겠다고 밝혔다', '퇴진을 거부했다')
  rejects the calls at home: REJECT received by the official's own state (lang/en/act_plover_reading.pledged_refusal,
  lang/en/act_sides.own_state_target, lang/ko/act_refused_exits.py); 'did not resign' tells no act.
- A hope that every side will act, in a clause joined to another ('said it was following the situation and hoped
  all sides would', '모든 당사자가 자제하고 대화로 해결하기를 바란다'): a REQUEST (lang/en/act_hopes.speaker_verb,
  lang/ko/act_hopes.JOINING_ENDINGS), received after a domestic crisis by its state (pipeline act_pairs).
- 'was the only member to vote against': the vote was cast (lang/en/act_clause.ranked_doer).
- 'failed to agree on X, with A and B opposed': a bloc's split, no REJECT (lang/en/act_dissenters.py).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import check_act

DAY = date(2025, 3, 10)
DEMAND_EN = "Thousands of protesters in Quito demanded the resignation of Ecuadorian President Lucia Andrade. "
DEMAND_KO = "에콰도르 키토에서 시위대 수천 명이 루시아 안드라데 에콰도르 대통령의 퇴진을 요구했다. "
CRISIS_EN = "Police fired on protesters in Accra on Tuesday, killing nine people. "
CRISIS_KO = "경찰이 4일 아크라에서 시위대에 발포해 9명이 숨졌다. "


@pytest.mark.parametrize("text", [
    DEMAND_EN + "Andrade said on Wednesday she would not step down.",
    DEMAND_EN + "Andrade told reporters that she will not resign.",
    DEMAND_EN + "Ecuador's president said she would not quit her post.",
    DEMAND_KO + "안드라데 대통령은 5일 사임하지 않겠다고 밝혔다.",
    DEMAND_KO + "안드라데 대통령은 5일 물러나지 않겠다고 말했다.",
    DEMAND_KO + "안드라데 대통령은 5일 퇴진을 거부했다.",
])
def test_a_refusal_to_step_down_rejects_the_calls_at_home(text):
    check_act(text, DAY, "REJECT", {"ECU"}, {"ECU"}, "occurred")


@pytest.mark.parametrize("text", [
    DEMAND_EN + "Andrade did not resign.",  # no pledge: nothing refused in words
    "Ecuadorian President Lucia Andrade said on Wednesday she would step down in June.",  # a resignation announced
    DEMAND_KO + "안드라데 대통령은 사임하지 않았다.",
])
def test_an_exit_not_refused_in_words_is_no_rejection(text):
    check_act(text, DAY, "REJECT", set(), None, None)


@pytest.mark.parametrize("text", [
    CRISIS_EN + "Brazil said it was watching events closely and hoped that all sides would refrain from violence.",
    CRISIS_EN + "Brazil said it was watching events closely and hoped all parties would show restraint.",
    CRISIS_KO + "브라질 외교부는 모든 당사자가 폭력을 멈추고 협상으로 해결하기를 바란다고 밝혔다.",
    CRISIS_KO + "브라질 정부는 모든 당사자가 폭력을 멈추고 대화에 나서기를 희망한다고 밝혔다.",
])
def test_a_hope_of_every_side_after_a_domestic_crisis_asks_its_state(text):
    check_act(text, DAY, "REQUEST", {"BRA"}, {"GHA"}, "occurred")


@pytest.mark.parametrize("text", [
    "Brazil said it was following the situation and hoped the talks would be fruitful.",  # a state of affairs
    "브라질 외교부는 상황을 주시하고 있으며 양국 관계가 개선되기를 바란다고 밝혔다.",
])
def test_a_hope_for_a_state_of_affairs_asks_no_one(text):
    check_act(text, DAY, "REQUEST", set(), None, None)


@pytest.mark.parametrize("text", [
    "Uruguay was the only member to vote against the resolution, which Canada had sponsored.",
    "Uruguay was the first country to vote against the Canadian draft resolution.",
])
def test_the_only_member_to_vote_against_cast_its_vote(text):
    check_act(text, DAY, "REJECT", {"URY"}, None, "occurred")


def test_the_only_way_to_do_something_is_no_deed():
    check_act("Uruguay said the only way to end the dispute with Canada was to negotiate.", DAY, "REJECT", set(), None,
              None)
    events = extract_text("Uruguay said the only way to end the blockade was to negotiate with Canada.",
                          published=DAY).events
    assert all(e.status != "occurred" or e.type != "CONSULT" for e in events)


@pytest.mark.parametrize("text", [
    "The European Union failed to agree on new sanctions against Belarus, with Malta and Cyprus opposed.",
    "The bloc has so far failed to agree on a joint statement on Belarus, with Malta and Cyprus objecting.",
])
def test_a_split_bloc_refuses_no_one(text):
    events = extract_text(text, published=DAY).events
    assert not [e for e in events if e.type == "REJECT"], [(e.type, [p.country for p in e.participants]) for e in events]
    assert not [e for e in events if e.type == "SANCTION"]


def test_a_member_opposing_in_its_own_words_still_rejects():
    check_act("Malta opposed the new sanctions on Belarus.", DAY, "REJECT", {"MLT"}, None, "occurred")


# an accord voided by a law its party signs is that party's REJECT, no signing of the accord (lang/en/act_voiding_laws)
def test_a_law_voiding_an_accord_is_its_rejection():
    text = ("Honduras and Belize signed a fisheries agreement in March. Honduras's president signed a law nullifying "
            "the agreement with Belize on Friday.")
    events = extract_text(text, published=DAY).events
    assert [({p.country for p in e.participants} - {p.country for p in e.recipients},
             {p.country for p in e.recipients}) for e in events if e.type == "REJECT"] == [({"HND"}, {"BLZ"})]
    assert len([e for e in events if e.type == "AGREE"]) == 1  # March's signing only


def test_signing_an_accord_is_still_agreement():
    check_act("Honduras's president signed a fisheries agreement with Belize.", DAY, "REJECT", set(), None, None)
    check_act("Honduras's president signed a fisheries agreement with Belize.", DAY, "AGREE", {"HND", "BLZ"}, None,
              "occurred")
