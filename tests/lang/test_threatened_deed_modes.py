"""ploverko68: a threat's mode names what it threatens (the PLOVER manual's THREATEN modes), in both languages. Land
taken by force is `territory`, people expelled or deported `expel`, people arrested `arrest`: Korean read them by the
threatened act's type alone (COERCE restrict, SANCTION relations, ASSAULT violence) and now reads the act's context
first, then its own mode, as English does (`lang/ko/act_forewarnings.threatened_mode`, en's pledge_threat_modes).
Negative rows: force or a trade measure threatened keep their modes, and the same deed done is that deed, no threat."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "land_threatened_is_territory": [
        ("볼리비아는 14일 파라과이 영토를 점령하겠다고 위협했다.", "THREATEN", {"BOL"}, {"PRY"}, OCC, "territory"),
        ("우즈베키스탄 국방장관은 타지키스탄의 국경 마을을 점령하겠다고 경고했다.", "THREATEN", {"UZB"}, {"TJK"}, OCC,
         "territory"),
        ("Bolivia threatened to occupy Paraguayan territory on Tuesday.", "THREATEN", {"BOL"}, {"PRY"}, OCC,
         "territory"),
    ],
    "people_expelled_threatened_is_expel": [
        ("니제르 군정은 베냉 외교관들을 추방하겠다고 경고했다.", "THREATEN", {"NER"}, {"BEN"}, OCC, "expel"),
        ("가봉은 15일 카메룬 대사를 추방하겠다고 위협했다.", "THREATEN", {"GAB"}, {"CMR"}, OCC, "expel"),
        ("Niger's junta threatened to expel Beninese diplomats.", "THREATEN", {"NER"}, {"BEN"}, OCC, "expel"),
    ],
    "people_arrested_threatened_is_arrest": [
        ("벨라루스는 리투아니아 국민들을 체포하겠다고 위협했다.", "THREATEN", {"BLR"}, {"LTU"}, OCC, "arrest"),
        ("Belarus threatened to arrest Lithuanian citizens.", "THREATEN", {"BLR"}, {"LTU"}, OCC, "arrest"),
    ],
    "other_threats_keep_their_modes": [
        ("볼리비아는 파라과이에 보복하겠다고 위협했다.", "THREATEN", {"BOL"}, {"PRY"}, OCC, "violence"),
        ("가봉은 카메룬과 외교 관계를 단절하겠다고 위협했다.", "THREATEN", {"GAB"}, {"CMR"}, OCC, "relations"),
    ],
    "the_deed_done_is_no_threat": [
        ("가봉은 15일 카메룬 대사를 추방했다.", "SANCTION", {"GAB"}, {"CMR"}, OCC, "expel"),
        ("가봉은 15일 카메룬 대사를 추방했다.", "THREATEN", set(), None, None, None),
        ("벨라루스 경찰은 리투아니아 국민 2명을 체포했다.", "THREATEN", set(), None, None, None),
        ("Gabon expelled Cameroon's ambassador on Monday.", "THREATEN", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_threatened_deed_modes(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
