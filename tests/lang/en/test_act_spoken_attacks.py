"""An attack in words is criticism (ploveren63): an attack noun its modifier makes one of words ('a scathing attack
on X', 'a vitriolic attack against Y', CAMEO 111's LAUNCH + {SCATHING ATTACK}) is PLOVER ACCUSE disapprove, the one
attacked receiving it, whatever verb carries it; the bare 'attack' and one of weapons stay force (ASSAULT). Korean
says it with a modifier of speech before 공격 ('신랄한 공격을 가했다', '원색적인 공격', '언어적 공격'); '맹렬한' (fierce) and a
weapon stay force. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "spoken": [
        ("Peru launched a scathing attack on Chile on Monday.", "ACCUSE", {"PER"}, {"CHL"}, "occurred"),
        ("The Bolivian president mounted a vitriolic attack against Paraguay.", "ACCUSE", {"BOL"}, {"PRY"}, "occurred"),
        ("Ecuador's bitter attack on Colombia drew a swift reply from Bogota.", "ACCUSE", {"ECU"}, {"COL"}, "occurred"),
        ("Kenya unleashed a verbal attack on Uganda over the fishing rights.", "ACCUSE", {"KEN"}, {"UGA"}, "occurred"),
        ("Ghana's foreign minister delivered a harsh attack on Togo's border policy.", "ACCUSE", {"GHA"}, {"TGO"},
         "occurred"),
    ],
    "no force in words": [
        ("Peru launched a scathing attack on Chile on Monday.", "ASSAULT", set(), None, None),
        ("The Bolivian president mounted a vitriolic attack against Paraguay.", "ASSAULT", set(), None, None),
    ],
    "force stays force": [
        ("Peru launched an attack on Chile on Monday.", "ASSAULT", {"PER"}, {"CHL"}, "occurred"),
        ("Peru launched a rocket attack on Chile's border posts.", "ASSAULT", {"PER"}, {"CHL"}, "occurred"),
        ("Kenyan troops mounted a furious attack on Somali positions.", "ASSAULT", {"KEN"}, None, "occurred"),
        ("Peru launched a rocket attack on Chile's border posts.", "ACCUSE", set(), None, None),
    ],
    "korean spoken": [
        ("페루 외무장관은 12일 칠레에 대해 신랄한 공격을 가했다.", "ACCUSE", {"PER"}, {"CHL"}, "occurred"),
        ("볼리비아 대통령은 파라과이 정부에 원색적인 공격을 퍼부었다.", "ACCUSE", {"BOL"}, {"PRY"}, "occurred"),
        ("케냐 대통령은 우간다 대통령에게 언어적 공격을 가했다.", "ACCUSE", {"KEN"}, {"UGA"}, "occurred"),
        ("페루 외무장관은 12일 칠레에 대해 신랄한 공격을 가했다.", "ASSAULT", set(), None, None),
    ],
    "korean force": [
        ("페루군은 12일 칠레 국경 초소에 맹렬한 공격을 가했다.", "ASSAULT", {"PER"}, {"CHL"}, "occurred"),
        ("페루군은 12일 칠레 국경 초소에 미사일 공격을 가했다.", "ASSAULT", {"PER"}, {"CHL"}, "occurred"),
        ("페루군은 12일 칠레 국경 초소에 맹렬한 공격을 가했다.", "ACCUSE", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_spoken_attacks(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
