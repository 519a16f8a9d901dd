"""A state's force turned on its own people or government (mobilize50), coded by PLOVER as domestic acts (X -> X):
- people a state holds or frees with no other side named (`own_people.own_people_held`): tested in
  test_own_people.py's one table of a state's force on its own people;
- troops massed or force used at home in a story that names a coup or a mutiny: MOBILIZE or ASSAULT of the state's
  military against its own government (`own_people.turned_on_own_state`).
A captive of another state keeps that state as the recipient; a deployment in a story naming no coup keeps none; a
withdrawal stays without a recipient. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import first_of

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
    first = first_of(extract(text).events, type=type_)
    assert "GAB" in countries(first.participants)
    assert countries(first.recipients) == recipients
