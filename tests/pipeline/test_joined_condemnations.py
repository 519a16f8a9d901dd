"""(accuse59) A condemnation that names no one, told after another side's condemnation of a third side, joins it:
the third side receives it (act_recipients_told.joined_type, act_recipients.implied_recipients), not the voice
heard before. A reaction of the side condemned still answers its accuser. Our own sentences, both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

PUB = date(2025, 3, 10)

SEIZED_EN = "Peru's army seized the presidential palace on Monday. The African Union condemned the coup attempt. "
SEIZED_KO = "페루군은 3일 대통령궁을 장악했다. 아프리카연합은 쿠데타 시도를 규탄했다. "


@pytest.mark.parametrize("text, actors, recipients", [
    (SEIZED_EN + "Chile and Brazil also expressed outrage.", {"CHL", "BRA"}, {"PER"}),
    (SEIZED_KO + "칠레와 브라질도 잇따라 규탄 성명을 냈다.", {"CHL", "BRA"}, {"PER"}),
    ("Chile condemned Peru's missile test on Monday. Argentina also expressed outrage.", {"ARG"}, {"PER"}),
    ("칠레는 3일 페루의 미사일 발사를 규탄했다. 아르헨티나도 규탄 성명을 냈다.", {"ARG"}, {"PER"}),
    # the accused answering: its accuser receives it
    ("칠레는 3일 페루가 국경을 침범했다고 비난했다. 페루는 이에 강하게 반발했다.", {"PER"}, {"CHL"}),
])
def test_a_condemnation_naming_no_one_joins_the_one_before(text, actors, recipients):
    events = [e for e in extract_text(text, published=PUB).events if e.type == "ACCUSE"]
    found = [e for e in events if countries(e.participants) == actors]
    assert found and countries(found[0].recipients) == recipients, \
        [(countries(e.participants), countries(e.recipients)) for e in events]
