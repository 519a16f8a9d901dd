"""(enmil47, issue 15) A strike staged, held or launched by people who move no forces (workers, unions, nurses,
lecturers, dockworkers) is their work stoppage, the manual's PROTEST strike against their government; by forces (troops,
an air force, jets) it stays an attack. The doer decides, not the word: 'stage' takes a bare 'strike' as 'launch'
does, and a subject noun the agents table knows outside the people list ('Dockworkers', 'Lecturers') names the
strikers too. Korean '파업을 벌였다' is a strike word of its own and reads so already."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides

WORK_STOPPAGES = [
    ("Estonian workers staged a strike against the government on Tuesday.", {("EST", "LAB")}, {("EST", "GOV")}),
    ("Nurses in Zambia staged a strike over unpaid allowances.", {("ZMB", "MED")}, {("ZMB", "GOV")}),
    ("Dockworkers in Uruguay staged a strike over pay.", {("URY", "LAB")}, {("URY", "GOV")}),
    ("Lecturers in Malawi launched a strike over late salaries.", {("MWI", "EDU")}, {("MWI", "GOV")}),
    ("Estonian stevedores staged a strike over pensions in Tallinn.", {("EST", "CVL")}, {("EST", "GOV")}),
    ("에스토니아 노동자들이 화요일 정부에 맞서 파업을 벌였다.", {("EST", "LAB")}, {("EST", "GOV")}),
]


@pytest.mark.parametrize("text, acting, receiving", WORK_STOPPAGES)
def test_a_strike_by_working_people_is_their_protest(text, acting, receiving):
    actors, receivers = sector_sides(text, "PROTEST")
    assert actors == acting, (actors, receivers)
    assert receivers == receiving, receivers
    assert sides(text, "ASSAULT") == [], sides(text, "ASSAULT")


# negative rows: forces, jets and a state staging a strike attack; workers' strike is no attack
FORCE_STRIKES = [
    ("Uruguayan troops staged a strike on a smugglers' depot.", "URY"),
    ("The Zambian air force staged a strike on a rebel camp.", "ZMB"),
    ("Malawian jets staged air strikes on a rebel camp in Mozambique.", "MWI"),
    ("Estonia staged a strike on a rebel depot in Latvia.", "EST"),
    ("Estonian drones staged a strike on a Latvian depot.", "EST"),
]


@pytest.mark.parametrize("text, state", FORCE_STRIKES)
def test_a_strike_by_forces_stays_an_attack(text, state):
    assert any(state in a for a, _ in sides(text, "ASSAULT")), sides(text, "ASSAULT")
    assert sides(text, "PROTEST") == [], sides(text, "PROTEST")
