"""(protest65) A return home right after the verb is the subject's own journey, no expulsion ('the envoy returned
home'); returning someone home, or being ordered to return home, stays SANCTION expel (act_homecomings). Korean
'귀국했다' agrees: no act. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence", [
    "Uganda's envoy returned home from Kenya.",
    "The Ugandan president returned home from Kenya on Sunday.",
    "Malawi's ambassador to Zambia has returned home.",
    "주케냐 우간다 대사가 귀국했다.",
])
def test_going_home_expels_no_one(sentence):
    assert sides(sentence, "SANCTION") == []


@pytest.mark.parametrize("sentence, side", [
    ("Kenya ordered Uganda's envoy to return home.", (["KEN"], ["UGA"])),  # ordered: the sender expels
    ("Kenya returned the Ugandan envoy home.", (["KEN"], ["UGA"])),  # the envoy is the object
    ("Zambia expelled Malawi's ambassador, who returned home on Monday.", (["ZMB"], ["MWI"])),
])
def test_sending_someone_home_stays_an_expulsion(sentence, side):
    assert sides(sentence, "SANCTION") == [side]
