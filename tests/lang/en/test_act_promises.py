"""A pledge is a promise (AGREE, as the dev gold codes 'promising support to X'): of aid, made to the one it would
reach; to act with a partner, mutual (act_frames.promised_object, pipeline/act_recipient_readers.mutual_parties). A
pledge of support keeps its actors and joins the events it is reported with (reading 'support' there as the
promised noun gave merged treaty events wrong recipients on dev/dev2: left open). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Ecuador pledged humanitarian aid to Peru.", {"ECU"}, {"PER"}),
    ("Ecuador pledged to work with Peru.", {"ECU", "PER"}, set()),  # a pledge with a partner stays mutual
])
def test_a_promise_is_made_to_whom_it_reaches(sentence, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_a_negated_pledge_of_support_is_no_promise():
    found = events_of(extract_text("Ecuador did not pledge support for Peru.", published=DAY), "AGREE")
    assert all(e.status != "occurred" for e in found)
