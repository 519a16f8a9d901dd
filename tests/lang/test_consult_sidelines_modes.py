"""enconsult46 (issues 13, 15): a meeting on the sidelines of a gathering of many ('on the sidelines of an African Union
summit', 'on the margins of the UN General Assembly') is the manual's CONSULT multilateral ("occurs in a multilateral
context, typically an alliance or IGO"; en.yaml multilateral_scene_re); the sidelines of talks with one partner are no
such context, and a call keeps its mode. komeet47: Korean '... 정상회의를 계기로 회담했다', '총회 참석 계기에' is the
same context (ko.yaml multilateral_occasion_re); the occasion of talks with one partner is none. Our own sentences.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, parties' states that must be among the meeting's, its mode)
ROWS = {
    "the_sidelines_of_a_gathering_of_many_are_multilateral": [
        ("The Ghanaian president met the Togolese president on the sidelines of an African Union summit.",
         {"GHA", "TGO"}, "multilateral"),
        ("Norway's foreign minister met his Icelandic counterpart on the margins of the United Nations General "
         "Assembly.", {"NOR", "ISL"}, "multilateral"),
        ("Uruguay's foreign minister met his Paraguayan counterpart on the sidelines of an OAS meeting in Asuncion.",
         {"URY", "PRY"}, "multilateral"),
        ("가나 대통령은 아프리카연합 정상회의를 계기로 토고 대통령과 회담했다.", {"GHA", "TGO"}, "multilateral"),
        ("몽골 총리는 유엔총회 참석 계기에 카자흐스탄 총리와 만났다.", {"MNG", "KAZ"}, "multilateral"),
    ],
    "no_gathering_of_many_no_multilateral": [
        ("The Ghanaian president met the Togolese president in Accra on Monday.", {"GHA", "TGO"}, None),
        ("On the sidelines of talks with Togo, Ghana's foreign minister discussed fisheries.", {"GHA", "TGO"}, None),
        ("The Ghanaian president spoke by phone with the Togolese president ahead of an African Union summit.",
         {"GHA", "TGO"}, "phone"),
        ("가나 대통령은 아크라에서 토고 대통령과 회담했다.", {"GHA", "TGO"}, None),
        ("몽골 총리는 지난달 회담을 계기로 카자흐스탄 총리와 다시 만났다.", {"MNG", "KAZ"}, None),
        ("가나 대통령은 아프리카연합 정상회의를 계기로 토고 대통령과 통화했다.", {"GHA", "TGO"}, "phone"),
    ],
}


@pytest.mark.parametrize("sentence, states, mode", class_rows(ROWS))
def test_sidelines_meeting_modes(sentence, states, mode):
    found = [e for e in events(sentence) if e.type == "CONSULT" and states <= countries(e.participants)]
    assert found, [(e.type, e.mode, countries(e.participants)) for e in events(sentence)]
    assert found[0].mode == mode, [(e.mode, countries(e.participants)) for e in found]
