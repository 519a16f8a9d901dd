"""The sides of an act whose subject is an office group ('the leaders of A, B and C'): each state of the group
acts, through its office holder where one is known on the day, else as the state itself (pipeline/acts
`side_items`). Our own sentences; the days are chosen so that one state has no holder in the knowledge base."""
from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, kind, actors", [
    # May 2025: South Korea had an acting president, whom no tenure names
    ("The leaders of South Korea, China and Japan adopted a joint statement at the summit.", "AGREE",
     {"KOR", "CHN", "JPN"}),
    ("The leaders of China, Japan and South Korea signed a trade agreement on Friday.", "AGREE",
     {"KOR", "CHN", "JPN"}),
])
def test_every_state_of_an_office_group_acts(text, kind, actors):
    (e,) = events_of(extract_text(text, published=date(2025, 5, 9)), kind)
    assert countries(e.participants) == actors


def test_a_named_official_does_not_add_the_state_in_his_title():
    text = "U.S. Ambassador to South Korea Philip Goldberg condemned the attack on Japan on Friday."
    for e in events_of(extract_text(text, published=date(2023, 5, 12)), "ACCUSE"):
        assert "KOR" not in countries(e.participants)
