"""(enplace47) An agent noun alone before a raid noun whose raided site is placed in a known place ('a police raid on the
Peruvian embassy in La Paz') names the host state's agents (lang/en/raid_hosts.py): the embassy's owner is the
adjective's state, the raid's target; the raiders are the place's. A condemnation of the raid accuses the host."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.countries import find_countries
from tests.conftest import countries, events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text, raider, owner", [
    ("A police raid on the Peruvian embassy in La Paz angered Lima.", "BOL", "PER"),
    ("An army raid on the Kenyan consulate in Kampala drew an angry reply from Nairobi.", "UGA", "KEN"),
])
def test_a_raid_by_an_unowned_agent_is_the_host_s(extract, text, raider, owner):
    (raid,) = events_of(extract(text, published=DAY), "COERCE")
    assert countries(raid.participants) == {raider} and countries(raid.recipients) == {owner}, raid


def test_a_condemned_raid_accuses_the_host(extract):
    article = extract("Peru condemned a police raid on the Peruvian embassy in La Paz on Tuesday.", published=DAY)
    (accuse,) = events_of(article, "ACCUSE")
    assert countries(accuse.participants) == {"PER"} and countries(accuse.recipients) == {"BOL"}, accuse


def agent_states(text: str, agent: str) -> set[str]:
    return {c for m in find_countries(text, 0) if text[m.start:m.end] == agent for c in m.codes}


@pytest.mark.parametrize("text, agent", [
    ("A Chilean police raid on the Peruvian embassy in La Paz angered Lima.", "police"),  # its owner named
    ("A police raid on the Peruvian embassy angered Lima.", "police"),  # no place after the site
    ("A police raid on a smugglers' camp in La Paz ended on Tuesday.", "police"),  # a camp is no raided site
    ("Chile's police raid on the Peruvian embassy in La Paz angered Lima.", "police"),  # a possessive owner
])
def test_no_host_for_an_owned_or_unplaced_raid(text, agent):
    assert "BOL" not in agent_states(text, agent), find_countries(text, 0)
