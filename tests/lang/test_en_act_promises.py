"""A pledge or promise of support ('pledged support for X', 'promising full support to X') is a promise (AGREE,
as the dev gold codes it), made to the one it would reach; a 'with' party deep inside what is supported
('X's efforts to resume talks with Y') does not join the promise (act_frames.promised_object,
pipeline/act_recipients.mutual_parties). Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Ecuador pledged support for Peru's efforts to resume talks with Chile.", {"ECU"}, {"PER"}),
    ("Ecuador pledged support for Peru on Monday.", {"ECU"}, {"PER"}),
    ("Ecuador pledged humanitarian aid to Peru.", {"ECU"}, {"PER"}),
    ("Ecuador pledged to work with Peru.", {"ECU", "PER"}, set()),  # a pledge with a partner stays mutual
])
def test_a_promise_is_made_to_whom_it_reaches(sentence, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_a_negated_pledge_of_support_is_no_promise():
    found = events_of(extract_text("Ecuador did not pledge support for Peru.", published=DAY), "AGREE")
    assert all(e.status != "occurred" for e in found)
