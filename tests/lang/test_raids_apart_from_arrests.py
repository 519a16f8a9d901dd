"""(coerce56) A raid on a place by a state's forces (raided, stormed, forced their way into, '강제 진입', '급습' of a
mission or an office) is the manual's COERCE 'seize' aimed at the place's owner; the people arrested in the same
sentence are a second COERCE, 'arrest', aimed at the arrested's own side (the raiding state's own people where their
words name no other state), not at the mission's owner. A raid told with no arrest is one seize; an arrest with no
raid keeps its sides. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text

LEAD_EN = "Nicaragua recalled its ambassador from Honduras on Sunday. "
LEAD_KO = "니카라과는 7일 온두라스 주재 대사를 소환했다. "

RAIDS = [
    # (text, expected COERCE (mode, actors, recipients) set)
    (LEAD_EN + "Honduran police stormed the Nicaraguan embassy in Tegucigalpa on Friday night and arrested a former "
               "Honduran minister who had sheltered there.",
     {("seize", ("HND",), ("NIC",)), ("arrest", ("HND",), ("HND",))}),
    (LEAD_EN + "Honduran riot police forced their way into the Nicaraguan consulate late on Friday and detained "
               "a former mayor wanted for fraud.",
     {("seize", ("HND",), ("NIC",)), ("arrest", ("HND",), ("HND",))}),
    (LEAD_EN + "Honduran police raided the Nicaraguan embassy on Friday and arrested a Guatemalan businessman.",
     {("seize", ("HND",), ("NIC",)), ("arrest", ("HND",), ("GTM",))}),
    (LEAD_KO + "온두라스 경찰은 5일 밤 테구시갈파의 니카라과 대사관에 강제 진입해 전직 장관을 체포했다.",
     {("seize", ("HND",), ("NIC",)), ("arrest", ("HND",), ("HND",))}),
    (LEAD_KO + "온두라스 경찰은 5일 니카라과 영사관을 급습해 전직 장관을 연행했다.",
     {("seize", ("HND",), ("NIC",)), ("arrest", ("HND",), ("HND",))}),
]


@pytest.mark.parametrize("text,expected", RAIDS)
def test_a_raid_and_the_arrest_it_made_are_two_coercions(text, expected):
    found = {(e.mode, tuple(p.country for p in e.participants), tuple(p.country for p in e.recipients))
             for e in extract_text(text, published="2026-03-08").events if e.type == "COERCE"}
    assert found == expected


def test_a_raid_on_a_hideout_before_an_arrest_stays_one_arrest():
    """'은신처를 급습해 용의자를 체포했다': a raid on no mission or office is how the arrest was made (one COERCE)."""
    found = [e for e in extract_text(LEAD_KO + "온두라스 경찰은 5일 은신처를 급습해 용의자 3명을 체포했다.",
                                     published="2026-03-08").events if e.type in ("COERCE", "ASSAULT")]
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]


def test_protesters_storming_a_parliament_are_no_raid():
    found = [e for e in extract_text(LEAD_EN + "Protesters stormed the parliament building in Tegucigalpa on Friday.",
                                     published="2026-03-08").events if e.type == "COERCE"]
    assert found == []
