"""enmeet68 (lang/en/countries.find_countries, located_agents): a guarded capital ('Lima', 'Santiago', 'Wellington':
also a bean, a name, a town) that an agent noun opening its phrase is located in ('Officials in Santiago met ...') is
its state meeting, whatever verb follows: before, only a guard verb ('condemned', 'said') let the capital count,
so a meeting verb dropped the side. Korean writes '산티아고의 관리들은', read as Chile's already. A capital stays
a place where no agent opens the phrase, or where an adjective or an outsider's word owns the agent. Our own
sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import countries, events_of

DAY = date(2025, 9, 3)


@pytest.mark.parametrize("text, sides", [
    ("Officials in Santiago met Bolivian officials on Friday.", {"CHL", "BOL"}),
    ("Officials in Wellington met Samoan envoys on Tuesday.", {"NZL", "WSM"}),
    ("Officials in Lima held talks with Bolivian diplomats on Friday.", {"PER", "BOL"}),
    ("Argentine diplomats met officials in Santiago on Friday.", {"ARG", "CHL"}),
    ("산티아고의 관리들은 볼리비아 관리들과 만났다.", {"CHL", "BOL"}),
    ("웰링턴의 관리들은 사모아 대표들과 회담했다.", {"NZL", "WSM"}),
])
def test_officials_in_a_guarded_capital_meet_for_its_state(extract, text, sides):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(meeting.participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Bolivian officials met Argentine officials in Santiago on Friday.", {"BOL", "ARG"}),  # the meeting's place
    ("Chilean officials in Lima met Bolivian officials on Friday.", {"CHL", "BOL"}),  # the adjective owns them
    ("볼리비아 관리들은 산티아고에서 아르헨티나 관리들과 만났다.", {"BOL", "ARG"}),
])
def test_a_guarded_capital_owned_or_placed_names_no_side(extract, text, sides):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(meeting.participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Bolivian officials met their counterparts from Santiago on Friday.", {"BOL", "CHL"}),
    ("Bolivian officials met officials from Quito on Friday.", {"BOL", "ECU"}),
    ("Bolivian diplomats held talks with a delegation from Quito on Friday.", {"BOL", "ECU"}),
    ("페루 관리들은 에콰도르 대표단과 만났다.", {"PER", "ECU"}),
])
def test_envoys_from_a_capital_are_its_states(extract, text, sides):
    """enmeet68 (located_agents.envoys_from): a state's agent noun or a counterpart noun before 'from <capital>'
    is that capital's state, the one met."""
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(meeting.participants) == sides


@pytest.mark.parametrize("text, sides", [
    ("Bolivian officials met Argentine officials after returning from Quito on Friday.", {"BOL", "ARG"}),
    ("Bolivian officials met Argentine diplomats from Quito on Friday.", {"BOL", "ARG"}),  # the adjective owns them
])
def test_a_capital_after_from_names_no_side_without_envoys(extract, text, sides):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(meeting.participants) == sides
