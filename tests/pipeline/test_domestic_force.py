"""A state's force turned on its own people or government (mobilize50), coded by PLOVER as domestic acts (X -> X):
- people a state holds or frees with no other side named: a court ordering a detention, an arrest with an agent
  naming no state, a release in the passive ('were released from prison under an amnesty law'): COERCE arrest or
  RETREAT release, the state on both sides (`own_patients.own_people_held`, `act_actors.released`);
- troops massed or force used at home in a story that names a coup or a mutiny: MOBILIZE or ASSAULT of the state's
  military against its own government (`own_patients.turned_on_own_state`).
A captive of another state keeps that state as the recipient; a deployment in a story naming no coup keeps none; a
withdrawal stays without a recipient. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows, countries

HELD = {  # (sentence, type, mode, actors, recipients)
    "court_order": [
        ("On Friday, a judge in Lima ordered the Peruvian general held in pretrial detention for four months.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
        ("페루 리마 법원은 지난 13일 전 육군 사령관에 대해 4개월간의 예방적 구금을 명령했다고 현지 언론이 보도했다.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
    ],
    "arrested_by_police": [
        ("The Ecuadorian general was arrested by police on Tuesday evening, the interior minister said.",
         "COERCE", "arrest", {"ECU"}, {"ECU"}),
        ("Police arrested the Peruvian army chief on Wednesday evening, the interior minister told reporters.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
        ("에콰도르 전 육군 사령관은 지난 12일 밤 경찰에 체포됐다고 내무부 장관이 밝혔다.",
         "COERCE", "arrest", {"ECU"}, {"ECU"}),
    ],
    "released_passive": [
        ("Two Malian opposition leaders were released from prison on Tuesday under an amnesty law, their lawyers said.",
         "RETREAT", "release", {"MLI"}, {"MLI"}),
    ],
    "foreign_captive_negative": [
        ("Chinese police detained two Japanese nationals on Monday, officials in Tokyo said.",
         "COERCE", "arrest", {"CHN"}, {"JPN"}),
        ("Iran released a French citizen on Tuesday after two years in prison, the ministry said.",
         "RETREAT", "release", {"IRN"}, {"FRA"}),
    ],
}


@pytest.mark.parametrize("text, type_, mode, actors, recipients", class_rows(HELD))
def test_people_held_or_freed_by_their_own_state(extract, text, type_, mode, actors, recipients):
    assert_act(extract(text).events, type_, actors, recipients, "occurred", mode=mode)


COUP = "Gabonese soldiers and armoured vehicles under the command of a general massed in the main square of the " \
    "capital on Wednesday in a failed coup attempt. An armoured vehicle rammed the door of the presidential palace. " \
    "The soldiers pulled out of the square within hours."
NO_COUP = "Gabonese troops deployed to the main square of the capital on Wednesday, the army said in a statement."
KO_COUP = "가봉 병력이 수도 리브르빌의 중심 광장에 집결했다고 현지 언론이 보도했다. 정부는 이번 사태를 실패한 쿠데타 시도로 " \
    "규정했다."

TURNED = [  # (story, type, recipients or None for no such act)
    (COUP, "MOBILIZE", {"GAB"}),
    (COUP, "ASSAULT", {"GAB"}),
    (COUP, "RETREAT", set()),
    (NO_COUP, "MOBILIZE", set()),
    (KO_COUP, "MOBILIZE", {"GAB"}),
]


@pytest.mark.parametrize("text, type_, recipients", TURNED)
def test_forces_turned_on_their_own_government_in_a_coup(extract, text, type_, recipients):
    found = [e for e in extract(text).events if e.type == type_]
    assert found, [(e.type, countries(e.participants)) for e in extract(text).events]
    assert "GAB" in countries(found[0].participants)
    assert countries(found[0].recipients) == recipients
