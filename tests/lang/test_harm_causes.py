"""(koactors68) Harm told first, its violent cause after it as an instrument or a place of dying, is the attack that did
the harm, in both languages: '카불에서 폭탄 테러로 5명이 숨졌다', 'Five people were killed in a bomb attack in Kabul'. The
harmed are its victims, so a named attacker keeps the attack ('이스라엘군의 공습으로 ...', genitive) and otherwise no side acts
(doerless49: a place names where, not who; as for a device gone off with its harm: tests/lang/test_doerless_explosions.py);
the victims' state, else the place's, receives it. Our own sentences. Negative rows: an accident ('가스 폭발로', 'a gas
explosion', '교통사고로', 'a car crash'), a violent noun with no harm told ('공습으로 건물이 무너졌다')."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_violent_cause_of_harm_is_an_attack_ko": [
        ("다카르에서 12일 폭탄 테러로 4명이 숨졌다.", "ASSAULT", set(), {"SEN"}, OCC, "explosives"),
        ("다카르에서 12일 차량 폭발로 민간인 6명이 사망했다.", "ASSAULT", set(), {"SEN"}, OCC, "explosives"),
        ("리마에서 12일 총격으로 경찰관 2명이 사망했다.", "ASSAULT", set(), {"PER"}, OCC, "firearms"),
        ("다카르에서 12일 폭탄 테러로 4명이 숨지고 9명이 다쳤다.", "ASSAULT", set(), {"SEN"}, OCC, "explosives"),
    ],
    "a_named_attacker_keeps_the_attack_ko": [
        ("러시아군의 포격으로 하르키우 주민 7명이 다쳤다.", "ASSAULT", {"RUS"}, {"UKR"}, OCC, "heavy-weapons"),
    ],
    "a_violent_cause_of_harm_is_an_attack_en": [
        ("Four people were killed in a bomb attack in Dakar on Monday.", "ASSAULT", set(), {"SEN"}, OCC, None),
        ("Six civilians died in an air strike in Lima on Monday.", "ASSAULT", set(), {"PER"}, OCC, "aerial"),
        ("Two police officers were wounded in a shooting in Dakar on Monday.", "ASSAULT", set(), {"SEN"}, OCC,
         None),
        ("Police said two farmers were killed in a bombing in Lima on Monday.", "ASSAULT", set(), {"PER"}, OCC,
         None),  # the reporter is no victim
    ],
    "a_device_gone_off_with_its_harm_is_an_attack_en": [
        ("A car bomb went off in Dakar on Monday, killing four.", "ASSAULT", set(), {"SEN"}, OCC, "explosives"),
        ("A bomb went off in Dakar on Monday, killing two soldiers.", "ASSAULT", set(), {"SEN"}, OCC, "explosives"),
    ],
    "an_accident_or_no_harm_is_no_attack_en": [
        ("Four people were killed in a gas explosion in Dakar on Monday.", "ASSAULT", set(), None, None, None),
        ("Four people were killed in a car crash in Dakar on Monday.", "ASSAULT", set(), None, None, None),
        ("An alarm went off in Dakar on Monday, waking two guests.", "ASSAULT", set(), None, None, None),
        ("A car bomb went off in Dakar on Monday.", "ASSAULT", set(), None, None, None),
    ],
    "an_accident_or_no_harm_is_no_attack_ko": [
        ("다카르에서 12일 가스 폭발로 4명이 숨졌다.", "ASSAULT", set(), None, None, None),
        ("다카르에서 12일 공장 폭발로 근로자 3명이 다쳤다.", "ASSAULT", set(), None, None, None),
        ("다카르에서 12일 교통사고로 4명이 숨졌다.", "ASSAULT", set(), None, None, None),
        ("다카르에서 12일 공습으로 건물이 무너졌다.", "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_harm_causes(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
