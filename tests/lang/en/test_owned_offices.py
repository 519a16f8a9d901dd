"""'Its ambassador' goes on as 'It' does (votes46, lexicon continued_owned_office_re): a sentence opening with 'Its' and
a diplomat's or a spokesperson's office ('Its envoy, X, urged ...') acts for the state the sentence before had acting.
Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("Kenya condemned the raid. Its ambassador urged Somalia to release the hostages.", "REQUEST", {"KEN"}, {"SOM"}),
    ("Norway criticized the vote on Friday. Its envoy, Ola Berg, also warned Russia against any reprisal.",
     "THREATEN", {"NOR"}, {"RUS"}),
    ("Ghana rejected the claim. Its deputy representative accused Togo of arming the rebels.", "ACCUSE", {"GHA"},
     {"TGO"}),
])
def test_its_envoy_acts_for_the_state_going_on(text, type_, actors, recipients):
    assert_act(extract_text(text, published=DAY).events, type_, actors, recipients, "occurred")
