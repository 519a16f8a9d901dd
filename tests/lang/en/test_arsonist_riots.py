"""(enfix47) Arsonists are a crowd whose arson or attack on property is its riot (PLOVER PROTEST riot: vandalism,
arson by a crowd), as looters and rioters are and as Korean '방화범' is (kodeed47): the Phoenix ARSONIST [~CRM] made
'Arsonists torched a police station' a gang's ASSAULT. One arsonist (singular) stays a person's crime; arsonists
attacking people (not property) stay force."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides

CROWD_ARSON = [
    ("Arsonists torched a tax office in Kano late on Tuesday.", {("NGA", "CVL")}),
    ("Arsonists attacked a police station in the suburbs of Nairobi.", {("KEN", "CVL")}),
    ("Arsonists burned two ruling party offices in Lusaka overnight.", {("ZMB", "CVL")}),
    ("방화범들이 나이로비의 경찰서에 불을 질렀다.", {("KEN", "CVL")}),
]


@pytest.mark.parametrize("text, acting", CROWD_ARSON)
def test_arsonists_burning_property_riot(text, acting):
    actors, _receivers = sector_sides(text, "PROTEST")
    assert actors == acting, actors
    assert not sides(text, "ASSAULT"), sides(text, "ASSAULT")


# negative rows: one arsonist's deed, arsonists attacking people, and troops' arson are no crowd's riot
NO_RIOT = [
    "An arsonist torched a tax office in Kano late on Tuesday.",
    "Arsonists attacked two police officers in Nairobi on Sunday.",
    "Soldiers torched a rebel camp near Kano.",
]


@pytest.mark.parametrize("text", NO_RIOT)
def test_no_crowd_riot(text):
    assert not sides(text, "PROTEST"), sides(text, "PROTEST")
