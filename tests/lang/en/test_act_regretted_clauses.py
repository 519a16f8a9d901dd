"""Regret that another side did or failed to do something (en48): 'regretted that X had not shown flexibility' is
CAMEO's REGRET [110], ACCUSE (disapprove) of the reported clause's subject, as 'lamented that' and 'deplored that'
are; regret that one's own side did something stays remorse (CONCEDE, act_remorse), and a bare regret of a loss
accuses no one. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("The Chilean foreign minister said he regretted that Peru had not shown the flexibility the talks needed.",
     {"CHL"}, {"PER"}),
    ("Chile regretted that Peru had refused to negotiate.", {"CHL"}, {"PER"}),
    ("Chile regrets that Bolivia walked out of the session.", {"CHL"}, {"BOL"}),
    ("칠레는 페루가 협상을 거부한 것을 유감스럽게 생각한다고 밝혔다.", {"CHL"}, {"PER"}),
])
def test_regret_of_another_sides_deed_is_accuse(sentence, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "ACCUSE")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_regret_that_its_own_side_acted_is_remorse():
    found = extract_text("Chile regretted that its soldiers had killed two Peruvian fishermen.", published=DAY)
    assert events_of(found, "ACCUSE") == [] and [e.type for e in events_of(found, "CONCEDE")] == ["CONCEDE"]


def test_a_regretted_loss_accuses_no_one():
    assert events_of(extract_text("Chile deeply regretted the loss of life.", published=DAY), "ACCUSE") == []
