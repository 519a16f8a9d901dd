"""accuse58: a leader or a ruling party judging its own opposition ('대통령은 야당을 강하게 비판했다', 'sharply
criticised the opposition') is the state's ACCUSE of its own opposition (the same state on both sides, cue
opposition_noun, as accuse50's ruling_noun the other way); an opposition the object gives another state
('크로아티아 야당을') is that state's. Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 10, 8)
LEAD_EN = "Moldova's parliament passed the budget on Tuesday. "
LEAD_KO = "몰도바 의회가 7일 예산안을 통과시켰다. "

ROWS = [  # (text, recipients)
    (LEAD_EN + "Moldovan President Elena Rusu sharply criticised the opposition on Tuesday.", {"MDA"}),
    (LEAD_KO + "루수 몰도바 대통령은 이날 야당을 강하게 비판했다.", {"MDA"}),
    (LEAD_KO + "몰도바 집권당은 이날 논평을 내고 최대 야당을 비난했다.", {"MDA"}),
    (LEAD_KO + "루수 몰도바 대통령은 이날 루마니아 야당을 비판했다.", {"ROU"}),
]


@pytest.mark.parametrize("text,recipients", ROWS)
def test_own_opposition_judged(text, recipients):
    assert_act(extract_text(text, published=DAY).events, "ACCUSE", {"MDA"}, recipients, "occurred", "disapprove")
