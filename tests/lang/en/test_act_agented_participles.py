"""(enkidnap46) A force participle describing a request's object: 'urged the release of surveyors abducted by Mali'.

The participle is no act of the requester (window72's reduced relative), but a 'by' phrase naming a state or an armed
group names the doer: that side's ASSAULT abduct stands beside the request, as 'surveyors were abducted by Mali' reads.
An agent of no name ('by gunmen', 'by masked men') leaves the deed doerless: no ASSAULT (never the requester's).
Korean reads the adnominal's agent as the abductor too (kotwin46: tests/lang/test_agented_relatives.py). Every sentence
here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act
from tests.event_sides import events


@pytest.mark.parametrize("sentence, actor", [
    ("Ghana called for the release of three surveyors abducted by Mali on Tuesday.", "MLI"),
    ("Ghana urged the release of two nurses kidnapped by Boko Haram fighters near the border.", "NGA"),
    ("Norway demanded the freeing of its sailors abducted by Houthi rebels last month.", "YEM"),
])
def test_a_named_agent_of_the_participle_did_the_abduction(sentence, actor):
    found = events(sentence)
    assert_act(found, "ASSAULT", {actor}, None, "occurred", mode="abduct")
    assault = next(e for e in found if e.type == "ASSAULT")
    assert {p.country for p in assault.participants} - {r.country for r in assault.recipients} == {actor}
    assert any(e.type == "REQUEST" for e in found)


@pytest.mark.parametrize("sentence", [
    "Ghana called for the release of three surveyors abducted by gunmen on Tuesday.",  # no named doer
    "Ghana urged the release of two nurses kidnapped by masked men near the border.",
    "Ghana called for the release of three surveyors abducted in Mali on Tuesday.",  # a place, no agent
])
def test_no_named_agent_leaves_no_abduction_by_the_requester(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "ASSAULT"], [(e.type, e.mode) for e in found]


@pytest.mark.parametrize("sentence", [
    "The strait, disputed by Ghana and Togo, was closed to shipping.",  # a participle of no force: no act
    "The report, released by Ghana on Monday, named no suspects.",
])
def test_other_participles_with_an_agent_stay_descriptions(sentence):
    assert not [e for e in events(sentence) if e.type in ("ASSAULT", "RETREAT", "DISAPPROVE")]
