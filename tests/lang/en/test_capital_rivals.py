"""(enplace47) A capital's name a larger city of another state bears ('Victoria', 'San Jose', 'Hamilton') is the capital
where the sentence names the capital's state and not the other city's (lang/en/capital_rivals.py); without that the
city index's most populous city of the name stays. A capital the index gives to its own state ('Lima', 'Santiago')
is the capital whatever else the sentence names."""
from __future__ import annotations

import pytest

from readout.lang.en.places import find_places


def place_states(text: str) -> dict[str, str]:
    return {p.span.data.get("form", text[p.span.start:p.span.end]): p.country for p in find_places(text, 0)}


@pytest.mark.parametrize("text, form, state", [
    ("Seychelles President Anil Rupert received an Indian naval delegation in Victoria on Monday.", "Victoria", "SYC"),
    ("Costa Rican President Ana Solis hosted Panamanian President Jorge Vela in San Jose on Friday.", "San Jose", "CRI"),
    ("Bermuda's premier met British officials in Hamilton on Tuesday.", "Hamilton", "BMU"),
    ("Chilean Foreign Minister Tomas Arce visited Lima on Monday, his Peruvian hosts said.", "Lima", "PER"),
    ("Argentine envoy Marta Quiroga arrived in Santiago for talks on Thursday.", "Santiago", "CHL"),
])
def test_a_capital_named_with_its_state_is_the_capital(text, form, state):
    assert place_states(text).get(form) == state, find_places(text, 0)


@pytest.mark.parametrize("text, form, state", [
    ("A new chip plant opened in San Jose on Friday, its American owners said.", "San Jose", "USA"),
    ("Canadian police arrested two men in Hamilton on Tuesday.", "Hamilton", "CAN"),
    ("Seychelles and Hong Kong officials met in Victoria on Monday.", "Victoria", "HKG"),  # both named: no choice made
])
def test_without_the_capital_s_state_the_larger_city_stays(text, form, state):
    assert place_states(text).get(form) == state, find_places(text, 0)
