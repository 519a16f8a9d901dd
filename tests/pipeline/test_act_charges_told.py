"""A dismissal of a bare charge told paragraphs after the charge (acts47, pipeline/act_charges_told.py): the REJECT goes
to the side whose accusation or protest aimed at the rejecting side the story told last, however far back; a charge
between third sides is never taken. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

FAR_BACK = [
    ("Ecuador summoned Peru's ambassador on Tuesday to protest the seizure of its trawlers. Fishermen said they had lost "
     "a week of work. Port officials said the boats were still docked. Unions asked members to stay calm. Peru brushed "
     "off the complaint.", [("REJECT", {"PER"}, {"ECU"}, "occurred")]),
    ("에콰도르는 페루 대사를 불러 자국 어선 나포에 항의했다. 어민들은 일주일째 조업을 못 했다고 말했다. 항구 관계자들은 "
     "선박들이 여전히 묶여 있다고 전했다. 노조는 조합원들에게 침착을 당부했다. 페루 외교부는 이러한 항의를 일축했다.",
     [("REJECT", {"PER"}, {"ECU"}, "occurred")]),
    # negative: the only charge told is between third sides: the dismissal answers no one
    ("Ecuador protested to Colombia over the border fence. Fishermen said they had lost a week of work. Port officials "
     "said the boats were still docked. Unions asked members to stay calm. Peru brushed off the complaint.",
     [("REJECT", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", FAR_BACK)
def test_dismissed_charge_told_far_back(text, expected):
    check(text, expected)


# (request54) A denial answering a claim the sentence just before told as no act (a plan alleged, not an accusation the
# readers code): the one other state that sentence names, the denier named there too, receives the REJECT
# (act_charges_told.claim_just_before). Two other states there: no one.
CLAIMED_JUST_BEFORE = [
    ("Gabon's military government claimed on state radio that Cameroon was preparing a rescue mission for the jailed "
     "governor. Cameroon denied the claim on Friday.", [("REJECT", {"CMR"}, {"GAB"}, "occurred")]),
    ("가봉 군사정부는 국영 라디오를 통해 카메룬이 수감된 주지사를 빼내려는 작전을 준비하고 있다고 주장했다. 이에 대해 카메룬 "
     "외무장관은 \"전혀 근거가 없다\"라고 부인했다.", [("REJECT", {"CMR"}, {"GAB"}, "occurred")]),
    ("쿠웨이트 언론은 이라크가 국경 근처에 새 검문소를 세우려 한다고 보도했다. 이에 대해 이라크 정부는 \"사실이 아니다\"라고 "
     "부인했다.", [("REJECT", {"IRQ"}, {"KWT"}, "occurred")]),
    # (request56) two other states besides the denier: the one named first, before the denier, told the claim
    ("Gabon's military government said that Cameroon and Chad were preparing a rescue mission for the jailed "
     "governor. Cameroon denied the claim on Friday.", [("REJECT", {"CMR"}, {"GAB"}, "occurred")]),
    ("Peruvian state radio reported on Monday that Bolivia had let Chilean engineers survey the lake. Bolivia denied "
     "the report.", [("REJECT", {"BOL"}, {"PER"}, "occurred")]),
    ("Vietnam said on Monday that Cambodia had allowed Chinese warships to dock at the new pier. Cambodia denied it.",
     [("REJECT", {"KHM"}, {"VNM"}, "occurred")]),
    ("베트남 관영 매체는 캄보디아가 중국 군함의 새 부두 정박을 허용했다고 보도했다. 캄보디아 국방부는 \"전혀 사실이 "
     "아니다\"라고 부인했다.", [("REJECT", {"KHM"}, {"VNM"}, "occurred")]),
    # negative: the denier is named first there: who told the claim is not said
    ("Cameroon and Chad were said to be preparing a rescue mission, a Gabonese radio station reported. Cameroon "
     "denied the claim on Friday.", [("REJECT", None, {"GAB"}, None)]),
]


@pytest.mark.parametrize("text,expected", CLAIMED_JUST_BEFORE)
def test_denied_claim_just_before(text, expected):
    check(text, expected)
