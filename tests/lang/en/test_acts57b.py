"""(acts57b, issues 13/15) English acts, second round: 'at' a site is where a doerless attack's victims stood
(act_fire_aims.site_at); a site of worship struck is the faithful's (worship_site_heads, REL); a state's jets and
warships are its forces (agents.yaml, MIL); a release a demanded ransom buys is no release done (act_priced_deeds).
Our own sentences; the Korean twins are tests/lang/ko/test_acts57b.py."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

AT_SITES = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("A car bomb exploded at a market in Basra.", "ASSAULT", "explosives", set(), {("IRQ", "CVL")}),
    ("A car bomb exploded at a police station in Basra.", "ASSAULT", "explosives", set(), {("IRQ", "COP")}),
    ("A roadside bomb exploded at an army checkpoint near Basra.", "ASSAULT", "explosives", set(), {("IRQ", "MIL")}),
    ("A car bomb exploded near a market in Basra.", "ASSAULT", "explosives", set(), {("IRQ", "CVL")}),  # as before
    ("A car bomb exploded at noon in Basra.", "ASSAULT", None, None, None),  # a time, no site: no victims
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", AT_SITES)
def test_at_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


WORSHIP_SITES = [  # (sentence, type, mode, acting, receiving)
    ("Gunmen attacked a church near Kaduna.", "ASSAULT", None, {("NGA", "UAF")}, {("NGA", "REL")}),
    ("Militants attacked a temple in Jalalabad.", "ASSAULT", None, {("AFG", "REB")}, {("AFG", "REL")}),
    ("A car bomb exploded outside a mosque in Basra.", "ASSAULT", "explosives", set(), {("IRQ", "REL")}),
    ("A car bomb exploded at a synagogue in Basra.", "ASSAULT", "explosives", set(), {("IRQ", "REL")}),
    # guard: a market keeps its crowd
    ("Gunmen attacked a market near Kaduna.", "ASSAULT", None, {("NGA", "UAF")}, {("NGA", "CVL")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", WORSHIP_SITES)
def test_worship_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


STATE_CRAFT = [  # (sentence, type, mode, acting, receiving): a state's warplanes and warships are its forces
    ("Kenyan jets struck Somali positions.", "ASSAULT", "aerial", {("KEN", "MIL")}, {("SOM", "GOV")}),
    ("Kenyan jets bombed militant camps in Somalia.", "ASSAULT", "aerial", {("KEN", "MIL")}, {("SOM", "REB")}),
    ("Kenyan warships shelled the port of Kismayo.", "ASSAULT", "heavy-weapons", {("KEN", "MIL")}, {("SOM", "GOV")}),
    # guard: the state itself stays its government
    ("Kenya struck Somali positions.", "ASSAULT", None, {("KEN", "GOV")}, {("SOM", "GOV")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", STATE_CRAFT)
def test_state_craft(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


PRICED_DEEDS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("Kidnappers demanded a ransom for the release of a Ghanaian nurse.", "RETREAT", None, None, None),
    ("Kidnappers demanded a ransom in exchange for the release of a Ghanaian nurse.", "RETREAT", None, None, None),
    ("Kidnappers demanded a ransom for the release of a Ghanaian nurse.", "ASSAULT", "abduct", {("GHA", "CRM")},
     {("GHA", "MED")}),
    # guard: a release told on its own is done
    ("Kidnappers demanded a ransom. Ghana announced the release of two nurses.", "RETREAT", "release",
     {("GHA", "GOV")}, {("GHA", "MED")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", PRICED_DEEDS)
def test_priced_deeds(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


FIRED_AT_SITES = [  # (sentence, type, mode, acting, receiving): a particle that is the target preposition ('fire at')
    ("Gunmen fired at a checkpoint near Kunduz.", "ASSAULT", "firearms", {("AFG", "UAF")}, {("AFG", "GOV")}),
    ("Gunmen fired at a market in Kunduz.", "ASSAULT", "firearms", {("AFG", "UAF")}, {("AFG", "CVL")}),
    ("Gunmen fired at protesters in Kunduz.", "ASSAULT", "firearms", {("AFG", "UAF")}, {("AFG", "CVL")}),  # as before
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", FIRED_AT_SITES)
def test_fired_at_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
