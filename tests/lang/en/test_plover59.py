"""plover59 (issue 15): PLOVER classes of the English act lexicon, each a general rule with its own rows: killing the
defenceless (protesters, villagers, prisoners) is the manual's ASSAULT targeted, combatants killed keep no mode; a visa
requirement lifted or scrapped is an eased restriction on persons (CONCEDE, CAMEO 0811); a release sought is asked for
(REQUEST yield, CAMEO 0253), not done. Rows check type, acting states, (where given) exactly the receiving states, mode
and status (tests/plover_rows.check_row); the precision rows hold no act of the type. The Korean twins are in
tests/lang/ko/test_plover59_ko.py. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act, events
from tests.plover_rows import OCC, check_row, open_class, sweep_rows

ROWS = sweep_rows({
    "ASSAULT targeted killing of the defenceless": [
        # en additions kill + protesters, demonstrators, villagers, prisoners ... (the manual's 'deliberate mass
        # killings of defenseless actors'); the passive's subject is the killed
        ("Bolivian police killed three demonstrators in La Paz on Tuesday.", "ASSAULT", {"BOL"}, {"BOL"}, "targeted",
         OCC),
        ("Twelve protesters were killed by Peruvian security forces on Monday.", "ASSAULT", {"PER"}, {"PER"},
         "targeted", OCC),
        ("Ecuadorian soldiers killed unarmed villagers near the river on Sunday.", "ASSAULT", {"ECU"}, {"ECU"},
         "targeted", OCC),
        ("Guatemalan troops killed four prisoners in a jail outside the capital.", "ASSAULT", {"GTM"}, {"GTM"},
         "targeted", OCC),
    ],
    "CONCEDE visa requirements lifted": [
        # en additions lift, scrap, abolish, drop, remove, ease, relax, end, waive + visa requirement(s), visa rules
        ("Peru scrapped visa requirements for Chilean citizens.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
        ("Georgia lifted visa requirements for Armenian tourists on Monday.", "CONCEDE", {"GEO"}, {"ARM"}, None, OCC),
        ("Kazakhstan abolished the visa requirement for Uzbek visitors.", "CONCEDE", {"KAZ"}, {"UZB"}, None, OCC),
        ("Serbia eased visa rules for Bosnian students.", "CONCEDE", {"SRB"}, {"BIH"}, None, OCC),
        open_class("readout's own 'cancel' + 'visa' (visas revoked: SANCTION) matches the compound's first word and "
                   "act_window.longer_object keeps the nearer end of two objects starting at one word; the fix goes "
                   "there (a compound whose last word is the longer object's head)",
                   "Peru cancelled the visa requirement for Chilean citizens.", "CONCEDE", {"PER"}, {"CHL"}, None,
                   OCC),
    ],
    "REQUEST release sought": [
        # en additions seek + release, return, freedom, repatriation (CAMEO 0253), as 'demanded the release'
        ("Peru sought the release of twenty fishermen detained by Chile.", "REQUEST", {"PER"}, {"CHL"}, "yield", OCC),
        ("Latvia sought the freedom of its jailed journalists from Belarus.", "REQUEST", {"LVA"}, {"BLR"}, "yield",
         OCC),
        ("Nepal sought the return of its climbers from China.", "REQUEST", {"NPL"}, {"CHN"}, "yield", OCC),
    ],
})


@pytest.mark.parametrize("text,kind,actors,recipients,mode,status", ROWS)
def test_plover59(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)


@pytest.mark.parametrize("text", [
    "Peruvian troops killed five rebels in a clash on Monday.",
    "Bolivian rebels killed three soldiers in an ambush on Tuesday.",
])
def test_killed_combatants_keep_no_mode(text):
    """Combatants killed are fighting, not a targeted killing: the ASSAULT stays with no mode."""
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].mode is None, [(e.type, e.mode) for e in found]


@pytest.mark.parametrize("text,kind", [
    # visas revoked or a requirement imposed are no concession
    ("Peru revoked the visas of three Chilean diplomats.", "CONCEDE"),
    ("Peru imposed visa requirements on Chilean citizens.", "CONCEDE"),
    # a release sought has not happened
    ("Peru sought the release of twenty fishermen detained by Chile.", "RETREAT"),
])
def test_no_such_act(text, kind):
    """The shapes beside each class that state no act of its type."""
    check_no_act(text, kind)
