"""A strike told as the purpose of sending weapons ('sent fighter jets to bomb X') is done with them: the strike
takes the PLOVER mode of the weapon sent (lang/en/act_purposes.sent_weapon_mode, force58). Our own sentences; the
Korean reader has no such instrument mode yet (전투기를 보내 X를 공격했다)."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, ASSAULT actors, ASSAULT recipients, mode)
    ("Ecuador sent fighter jets to bomb Peruvian army positions near the border on Monday.", {"ECU"}, {"PER"},
     "aerial"),
    ("Uganda sent warplanes to strike Congolese rebel camps on Thursday, the army said.", {"UGA"}, {"COD"}, "aerial"),
]


@pytest.mark.parametrize("text, actors, recipients, mode", ROWS)
def test_a_strike_sent_with_weapons_takes_their_mode(extract, text, actors, recipients, mode):
    e = first_of(extract(text).events, type="ASSAULT")
    assert ({p.country for p in e.participants}, {p.country for p in e.recipients}, e.mode) == \
        (actors, recipients, mode)


def test_troops_sent_give_no_weapon_mode(extract):
    """Troops are no weapon: the strike they were sent for keeps the mode its own words give (none here)."""
    found = [e for e in extract("Ecuador sent troops to attack Peruvian positions on Monday.").events
             if e.type == "ASSAULT"]
    assert found and found[0].mode is None
