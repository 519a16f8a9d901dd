"""False events from act words, on our own sentences in both languages, each negative paired with a sentence where
the same word IS the event.

Act words that name no event an analyst would code:
- an offer a side only weighs ('would consider additional support', 'is weighing new humanitarian assistance',
  'would consider joining the talks') is no pledge and no aid (lang/en/act_weighed.weighed_offers; Korean reads the
  same option with '검토', `act_modes` option); a hostile measure weighed stays a threat;
- a casualty count in the passive with no agent ('at least twelve people were killed and 20 wounded') names no
  attacker, and the voice reporting it is none (lang/en/act_casualties.unagented_casualties; Korean '숨지다' is no act
  word); a count whose agent is named, an active verb, a subject naming a state stay acts;
- an advisory to the speaker's own people abroad ('urged its nationals in X to leave', '교민들에게 유의하라고 당부') is
  no request to the state they are in (lang/en/act_advisories.py, lang/ko/act_advisories.py, cue own_people_noun);
  a request to that state, or to another state's people, stays;
- a guest welcomed ('B국 대통령 일행을 환영했다', '대표단을 따뜻하게 환영했다') is the host's courtesy, no SUPPORT
  (lang/ko/act_welcomes.py, cues welcome_verb, guest_noun); a measure or proposal welcomed stays SUPPORT.

Act words inside what another act asks or describes:
- a clause joined by -고 to a request's content ('B가 휴전에 합의하고 포로를 교환할 것을 촉구했다') is what B is asked
  to do, not a done act of B (lang/ko/act_joined_content.joined_content); the requester's own clause before its
  request ('A는 B국을 방문하고 ... 할 것을 촉구했다') stays an act;
- a quoted obligation closed by a request verb ('안보리가 B에 제재를 가해야 한다고 촉구했다') is the request's content,
  not a sanction (act_joined_content.demanded_obligations);
- a bare verb coordinated with an asked infinitive ('urged X to agree to a ceasefire and release all prisoners') is
  asked too (lang/en/act_coordinated.shared_infinitives); a past-tense second verb is an act of its own;
- 'be met with' (passive) is a reception ('any attack would be met with force'), no meeting or promise to meet
  (lang/en/act_met_with.met_with_responses); the active 'met with' stays a meeting.

Classes first read by sessions prec21 and prec22 (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events

DAY = "2026-04-14"


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text, DAY)]


@pytest.mark.parametrize("weighed, decided, kind", [
    ("Senegal said it would consider additional support for the Gambia's electoral commission.",
     "Senegal said it would provide additional support for the Gambia's electoral commission.", "AGREE"),
    ("Croatia is weighing new humanitarian assistance for flood victims in Bosnia.",
     "Croatia sent new humanitarian assistance to flood victims in Bosnia.", "AID"),
    ("Nepal said it would consider joining the talks with Bhutan on river sharing.",
     "Nepal agreed to join the talks with Bhutan on river sharing.", "AGREE"),
    ("세네갈 정부는 감비아에 대한 추가 지원을 검토하겠다고 밝혔다.",
     "세네갈 정부는 감비아에 추가 지원을 제공하겠다고 밝혔다.", "AGREE"),
])
def test_an_offer_only_weighed_is_no_pledge(weighed, decided, kind):
    assert kind not in kinds(weighed)
    assert kind in kinds(decided)


def test_a_hostile_measure_weighed_is_still_a_threat():
    assert "THREATEN" in kinds("Croatia is considering sanctions on Serbia over the border dispute.")


@pytest.mark.parametrize("count, deed", [
    ("Sudan's health ministry said at least twelve people were killed and 20 wounded.",
     "Eritrean troops killed twelve civilians in the province, Sudan's health ministry said."),
    ("Medics in Port Sudan said four civilians had been killed overnight.",
     "Four civilians were killed by Eritrean shelling overnight, medics in Port Sudan said."),
    ("지역 보건당국은 최소 12명이 숨지고 20명이 다쳤다고 밝혔다.",
     "에리트레아군이 국경 마을을 포격해 민간인 12명이 숨졌다고 지역 당국이 밝혔다."),
])
def test_a_casualty_count_with_no_agent_is_no_attack(count, deed):
    assert "ASSAULT" not in kinds(count)
    assert "ASSAULT" in kinds(deed)


def test_a_count_whose_subject_names_a_state_stays_an_act():
    assert "ASSAULT" in kinds("Four Nepalese soldiers were killed in a clash with Bhutanese troops on Monday.")


@pytest.mark.parametrize("advisory, asked", [
    ("Norway's foreign ministry urged its nationals in Sudan to leave the country at once.",
     "Norway's foreign ministry urged Sudan to protect foreign nationals."),
    ("Chile told its citizens to avoid travel to the border areas of Bolivia.",
     "Chile asked Bolivia to lift the curbs on Chilean trucks."),
    ("노르웨이 외교부는 수단에 체류 중인 자국민들에게 즉시 출국하라고 권고했다.",
     "노르웨이 외교부는 수단 정부에 외국인 보호를 요구했다."),
    ("가나 외교부는 말리에 머무는 자국민들에게 야간 이동을 삼가라고 권고했다.",  # kiwi: 자/NNB + 국민/NNG
     "가나 외교부는 말리 정부에 자국민 보호를 요청했다."),
    ("외교부는 레바논 남부에 머무는 교민들에게 신변 안전에 주의해 달라고 당부했다.",
     "외교부는 레바논 정부에 교민들의 신변 안전을 보장해 달라고 요청했다."),
])
def test_an_advisory_to_the_speakers_own_people_asks_no_state(advisory, asked):
    assert "REQUEST" not in kinds(advisory)
    assert "REQUEST" in kinds(asked)


def test_a_request_to_another_states_people_stays():
    assert "REQUEST" in kinds("Ghana urged Togo's citizens to stay calm during the vote count.")


@pytest.mark.parametrize("guest, measure", [
    ("세네갈 대통령은 국빈 만찬을 주재하고 감비아 대통령 일행을 환영했다.", "세네갈 정부는 감비아의 휴전 제안을 환영했다."),
    ("세네갈 대통령은 감비아 대표단을 따뜻하게 환영했다.", "세네갈 정부는 감비아의 휴전 제안을 적극 환영했다."),
])
def test_a_guest_welcomed_is_no_support(guest, measure):
    assert "SUPPORT" not in kinds(guest)
    assert "SUPPORT" in kinds(measure)


@pytest.mark.parametrize("asked, done, kind", [
    ("가나 외교부는 토고와 부르키나파소가 즉각 휴전에 합의하고 포로를 교환할 것을 촉구했다.",
     "토고와 부르키나파소는 즉각 휴전에 합의하고 포로를 교환했다.", "AGREE"),
    ("몽골 외교부는 라오스가 국경에서 병력을 철수하고 대화에 나설 것을 촉구했다.",
     "라오스는 14일 국경에서 병력을 철수하고 대화에 나섰다.", "RETREAT"),
    ("몽골 외교부는 라오스에 국경에서 병력을 철수하고 대화에 나설 것을 촉구했다.",
     "라오스는 14일 국경에서 병력을 철수하고 대화에 나섰다.", "RETREAT"),
    ("Ghana urged Togo and Burkina Faso to agree to an immediate truce and release all prisoners of war.",
     "Togo agreed to an immediate truce and released all prisoners of war on Monday.", "RETREAT"),
    ("Mongolia called on Laos to halt the shelling and guarantee safe passage for refugees.",
     "Laos agreed on Monday to guarantee safe passage for refugees from the border area.", "AGREE"),
])
def test_a_joined_clause_of_what_is_asked_is_no_act(asked, done, kind):
    assert kind not in kinds(asked)
    assert "REQUEST" in kinds(asked)
    assert kind in kinds(done)


@pytest.mark.parametrize("text", [
    "볼리비아 외교장관은 14일 파라과이를 방문하고 양국 협력을 강화할 것을 촉구했다.",
    "볼리비아 외교장관은 14일 파라과이 외교장관과 회담하고 양국 협력을 강화할 것을 촉구했다.",
])
def test_the_requesters_own_clause_before_its_request_stays(text):
    assert "CONSULT" in kinds(text)


@pytest.mark.parametrize("text, lemma, shared", [
    ("Ghana urged Togo to halt the shelling and withdraw its troops from the border.", "withdraw", True),
    ("Ghana urged Togo to halt the shelling and withdrew its ambassador from Lome.", "withdraw", False),
    ("Togo said it would lift the curfew and guarantee safe passage for refugees.", "guarantee", False),
])
def test_only_a_bare_verb_right_after_and_shares_the_infinitive(text, lemma, shared):
    from readout.lang.en.acts import find_acts
    hit = next(h for h in find_acts(text) if h.lemma == lemma)
    assert (hit.data.get("modality") == "infinitive") is shared


@pytest.mark.parametrize("asked, done", [
    ("가나 외교장관은 유엔 안보리가 토고에 제재를 가해야 한다고 촉구했다.", "유엔 안보리는 14일 토고에 제재를 가했다."),
    ("몽골 정부는 유럽연합이 라오스에 제재를 부과해야 한다고 요구했다.", "유럽연합은 14일 라오스에 제재를 부과했다."),
])
def test_an_obligation_a_request_closes_is_no_sanction(asked, done):
    assert "SANCTION" not in kinds(asked)
    assert "SANCTION" in kinds(done)


@pytest.mark.parametrize("reception", [
    "Bolivia's defence minister warned that any incursion by Paraguay would be met \"with full force and at a time of our choosing.\"",
    "Bolivia's defence minister warned that any attack by Paraguay would be met with full force and at a time of its choosing.",
])
def test_met_with_in_the_passive_is_no_meeting(reception):
    found = kinds(reception)
    assert "AGREE" not in found and "CONSULT" not in found
    assert "THREATEN" in found


def test_met_with_in_the_active_is_a_meeting():
    assert "CONSULT" in kinds("Bolivia's defence minister met with Paraguay's foreign minister in Asuncion on Monday.")
