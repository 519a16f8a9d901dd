"""False positives, session 21 (prec21): act words that name no event an analyst would code, on our own sentences in
both languages, each negative paired with a sentence where the same word IS the event:
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
  (lang/ko/act_welcomes.py, cues welcome_verb, guest_noun); a measure or proposal welcomed stays SUPPORT."""
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
