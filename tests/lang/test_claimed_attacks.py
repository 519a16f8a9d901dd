"""(enattack70) A claim of responsibility for an attack is the claimer's attack, in both languages: 'The rebels claimed
responsibility for the ambush on a convoy', '반군은 호송대에 대한 공격의 배후를 자처했다', '... 공격에 대한 책임을
주장했다' code ASSAULT by the claimers, its mode the attack noun's ('bombing': explosives) and its target the noun's
object. Our own sentences; negative rows: a claim refused or made by no one ('No group has claimed ...', '주장하지
않았다'), responsibility denied ('부인했다'), and another side said to be responsible ('...의 배후라고 주장했다': a charge)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_claimed_attack_is_the_claimers_attack": [
        ("Sudanese rebels claimed responsibility for Sunday's ambush on a Chadian army convoy.", "ASSAULT", {"SDN"},
         {"TCD"}, OCC, None),
        ("Chadian insurgents took responsibility for the bombing of a Sudanese army depot near Geneina.", "ASSAULT",
         {"TCD"}, {"SDN"}, OCC, "explosives"),
        ("Malian militants claimed credit for a deadly attack on a Nigerien border post late on Friday.", "ASSAULT",
         {"MLI"}, {"NER"}, OCC, None),
        ("차드 반군은 13일 수단 군 호송대에 대한 공격의 배후를 자처했다.", "ASSAULT", {"TCD"}, {"SDN"}, OCC, None),
        ("말리 무장단체는 니제르 국경 초소 공격에 대한 책임을 주장했다.", "ASSAULT", {"MLI"}, {"NER"}, OCC, None),
    ],
    "no_claim_made_is_no_attack_by_the_speaker": [
        ("No group has yet claimed responsibility for Sunday's ambush on a Chadian army convoy.", "ASSAULT", set(),
         None, None, None),
        ("Sudanese rebels did not claim responsibility for the ambush on a Chadian army convoy.", "ASSAULT", set(),
         None, None, None),
        ("Sudanese rebels denied responsibility for the ambush on a Chadian army convoy.", "ASSAULT", set(), None,
         None, None),
        ("차드 반군은 수단 군 호송대 공격에 대한 책임을 주장하지 않았다.", "ASSAULT", set(), None, None, None),
        ("차드 반군은 수단 군 호송대 공격에 대한 책임을 부인했다.", "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_claimed_attacks(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("sentence, blamed", [
    ("The Chadian government said Sudanese rebels bore responsibility for the ambush on its convoy.", "TCD"),
    ("차드 정부는 수단 반군이 호송대 공격의 배후라고 주장했다.", "TCD"),
])
def test_a_charge_of_responsibility_is_no_attack_by_the_speaker(sentence, blamed):
    """The speaker who says another side is responsible attacks no one: no ASSAULT acted by the speaker's state."""
    assert not [e for e in events(sentence) if e.type == "ASSAULT"
                and blamed in {p.country for p in e.participants} - {r.country for r in e.recipients}]
