"""(kocoerce66) A refused demand for an exit from office is REJECT 'change' (CAMEO 1231, reject demand for change in
leadership) aimed at the official's own state, in both languages: a handover of power asked for is such an exit
('권력 이양 요구를 거부했다', 'dismissed demands to hand over power'), a refusing verb alone takes the demand right
before it ('정권 이양 요구를 일축했다'), and an exit word that would lend another mode ('rejected calls to resign')
still gives 'change'. Our own sentences; negative rows: a handover of anything else ('기술 이전 요구') is no exit,
and a demand to lift a measure keeps no domestic target."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_refused_handover_of_power_is_an_exit": [
        ("몽골 대통령은 15일 야권의 권력 이양 요구를 단호히 거부했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
        ("몽골 대통령은 15일 야권의 정권 이양 요구를 일축했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
        ("The Mongolian president on Monday dismissed opposition demands to hand over power.", "REJECT", {"MNG"},
         {"MNG"}, OCC, "change"),
        ("The Mongolian president on Monday brushed off calls for a transfer of power.", "REJECT", {"MNG"},
         {"MNG"}, OCC, "change"),
    ],
    # (kofollow68) the demand's content told as a quoted-imperative clause before it
    "a_refused_clause_demanding_a_handover_is_an_exit": [
        ("몽골 대통령은 15일 권력을 이양하라는 야권의 요구를 거부했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
        ("몽골 대통령은 15일 권력을 내려놓으라는 요구를 일축했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
        ("몽골 군정은 15일 권력을 민간에 넘겨주라는 요구를 거부했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
        ("몽골 총리는 15일 물러나라는 야권의 요구를 거부했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
        ("The Mongolian junta on Monday rejected opposition calls to hand over power.", "REJECT", {"MNG"},
         {"MNG"}, OCC, "change"),
    ],
    "a_refused_clause_demanding_no_handover_of_power_is_no_exit": [
        ("몽골 정부는 15일 기술을 이전하라는 요구를 거부했다.", "REJECT", {"MNG"}, set(), OCC, None),
        ("몽골 정부는 15일 권력을 이양하지 말라는 요구를 거부했다.", "REJECT", {"MNG"}, set(), OCC, None),
        ("몽골 정부는 15일 국경을 개방하라는 요구를 거부했다.", "REJECT", {"MNG"}, set(), OCC, None),
    ],
    "a_refused_exit_is_a_change_of_leadership": [
        ("The Mongolian president on Monday rejected opposition calls to resign.", "REJECT", {"MNG"}, {"MNG"}, OCC,
         "change"),
        ("몽골 대통령은 15일 야권의 사퇴 요구를 일축했다.", "REJECT", {"MNG"}, {"MNG"}, OCC, "change"),
    ],
    "a_handover_of_anything_else_is_no_exit": [
        ("몽골 정부는 15일 야권의 기술 이전 요구를 일축했다.", "REJECT", {"MNG"}, set(), OCC, None),
        ("몽골 정부는 15일 야권의 기술 이전 요구를 거부했다.", "REJECT", {"MNG"}, set(), OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_refused_power_handovers(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
