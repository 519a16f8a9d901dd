"""A noun act told as called off, put off or fallen through (outcomes47), the English mirror of Korean '서명이
무산됐다' (koacts46): 'the signing of the pact was called off', 'plans to sign were shelved', 'postponed the signing
of', 'the deal fell through' report no AGREE; the meeting stays. A raid that failed still took place. Every sentence
is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import assert_act

DAY = date(2025, 6, 2)
MEETING = "Ghana and Togo held talks in Accra on Friday, but "


@pytest.mark.parametrize("rest", [
    "the signing of a border agreement was called off.",
    "the signing of the border accord was postponed.",
    "the signing of the border pact has been put on hold.",
    "the signing of the border treaty was scrapped.",
    "plans to sign a border treaty were shelved.",
    "the signing of the border pact fell through.",
])
def test_a_signing_that_fell_through_is_no_agreement(rest):
    events = extract_text(MEETING + rest, published=DAY).events
    assert not [e for e in events if e.type == "AGREE"]
    assert_act(events, "CONSULT", {"GHA", "TGO"}, None, "occurred")


@pytest.mark.parametrize("text", [
    "Ghana and Togo postponed the signing of the border accord.",
    "Ghana and Togo called off the planned signing of the border pact.",
])
def test_a_signing_put_off_by_its_parties_is_no_agreement(text):
    assert "AGREE" not in [h.type for h in find_acts(text)]


@pytest.mark.parametrize("text,kind", [
    ("Ghana and Togo signed a border accord on Friday.", "AGREE"),
    ("The signing of the border accord went ahead on Friday, and talks were postponed.", "AGREE"),
    ("A rocket attack on the base failed to materialize into a wider war.", "ASSAULT"),
])
def test_an_act_not_called_off_stays(text, kind):
    assert kind in [h.type for h in find_acts(text)]
