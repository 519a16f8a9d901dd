"""enfollow68 (lang/en/countries.find_countries, located_agents): a state's own agent noun opening its phrase before
'in <capital>' ('Officials in Quito denounced ...') is that capital's state acting, as 'officials in Ecuador' is; a
capital after 'in' stays a place where no agent opens the phrase ('after talks in Quito') or where another state's
adjective owns the agent ('Peruvian officials in Quito': Peru's). Korean writes '키토의 관리들은', read as Ecuador's
already. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 5, 21)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Officials in Quito denounced the Peruvian blockade on Thursday.", "ECU", "PER"),
    ("Officials in Quito condemned the Peruvian raid on the border town.", "ECU", "PER"),
    ("Peruvian officials in Quito condemned the Chilean raid.", "PER", "CHL"),  # the adjective owns the agent
    ("키토의 관리들은 페루의 공습을 규탄했다.", "ECU", "PER"),
])
def test_officials_in_a_capital_act_for_its_state(extract, text, actor, recipient):
    assert_act(events_of(extract(text, published=DAY)), "ACCUSE", {actor}, {recipient}, "occurred")


@pytest.mark.parametrize("text", [
    "Chile condemned the Peruvian raid after talks in Quito.",  # a place: no agent opens the phrase
    "Chile condemned the Peruvian raid on the embassy in Quito.",
])
def test_a_capital_after_in_stays_a_place(extract, text):
    (act,) = events_of(extract(text, published=DAY), "ACCUSE")
    assert "ECU" not in {p.country for p in act.participants}
