"""A quote opening in the first person singular with no reporting frame of its own is the speaker the story just
quoted (refs39; en.yaml quoted_first_person_re): '"...," A said. "I call on X to ..."' is A's request, not one of the
parties of the meeting told before. (Korean quotes close with their saying verb and its subject: no such sentence.)"""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 14)
SUMMIT = ("Chilean President Gabriel Boric, Peruvian President Dina Boluarte and Argentine President Javier Milei "
          "adopted a joint declaration after their talks in Santiago. ")


def test_a_framed_quote_goes_on_in_the_first_person(extract):
    text = SUMMIT + ('"Bolivia\'s planned missile test would endanger the region," Boric said at a joint news '
                     'conference. "I call on Bolivia to cancel the plan immediately."')
    requests = events_of(extract(text, published=DAY), "REQUEST")
    assert requests and {p.country for p in requests[0].participants} == {"CHL"}
    assert_act(requests, "REQUEST", {"CHL"}, {"BOL"}, "occurred")


def test_a_first_person_quote_with_its_own_frame_is_the_frames(extract):
    text = SUMMIT + '"I call on Bolivia to cancel the plan immediately," Milei told reporters.'
    requests = events_of(extract(text, published=DAY), "REQUEST")
    assert requests and {p.country for p in requests[0].participants} == {"ARG"}


@pytest.mark.parametrize("text, mode", [
    ("Chile called on Bolivia to withdraw the plan immediately.", "change"),
    ("Chile urged Bolivia to withdraw the launch plan.", "change"),
    ("Chile urged Bolivia to withdraw its troops from the border.", "yield"),
])
def test_a_withdrawn_plan_is_a_change_of_policy(extract, text, mode):
    """A request to withdraw a plan or proposal asks for a change of policy (lang/en/act_modes.withdrawn_plan), not a
    retreat of forces."""
    assert_act(events_of(extract(text, published=DAY)), "REQUEST", {"CHL"}, {"BOL"}, "occurred", mode)
