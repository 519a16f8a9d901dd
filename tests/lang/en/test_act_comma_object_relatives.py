"""A measure told in a non-restrictive object relative (recall64, relatives63's class with a comma), with sentences
of our own.

'The Ugandan diplomat, whom Kenya had expelled last week, returned to Kampala': the past-perfect relative was dropped as
background describing the head (act_context.earlier_in_relative), and the object-relative reader took the comma for
part of the head, so no head named a state. The comma before the pronoun now closes the head (act_object_relatives),
and a past-perfect object relative it reads is kept (acts.background_relative): the clause's subject took the measure
on the head's state. Negative rows: a head naming no state, a relative whose pronoun is its subject's ('which had been
seized'), and one with an object of its own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, doer, receiver", [
    ("The Ugandan diplomat, whom Kenya had expelled last week, returned to Kampala.", "SANCTION", "KEN", "UGA"),
    ("Two Zambian traders, whom Malawian police had arrested in March, were freed on Monday.", "COERCE", "MWI", "ZMB"),
    ("Kenya's envoy, whom Uganda expelled on Monday, flew home.", "SANCTION", "UGA", "KEN"),
])
def test_comma_object_relative_measure_is_the_subjects_on_the_head(text, kind, doer, receiver):
    assert ([doer], [receiver]) in sides(text, kind), events(text)


@pytest.mark.parametrize("text, kind", [
    ("The mayor, whom police had arrested in May, was freed on Monday.", "COERCE"),
    ("The diplomat, whom the ministry had expelled, returned home on Monday.", "SANCTION"),
    ("The Ugandan trader, who had arrested nobody, was freed on Monday.", "COERCE"),
])
def test_comma_relative_with_no_state_head_stays_background(text, kind):
    assert not sides(text, kind), events(text)
