"""(enrequest68) A call or appeal made again is a request, whatever verb restates it: 'reiterated its call on Togo
to', 'renewed its appeal to Togo for calm', 'restated its calls for restraint' ask the side after the noun's own
preposition, as 'repeated its call' does; with none named, the sides of the conflict just reported (the unaddressed
reading). Rows that must not fire: a call that is no appeal ('recalled the call of duty'), a renewed thing that is
no call."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

CLASH = "Benin shelled Togolese border villages on Sunday. "


@pytest.mark.parametrize("text, asker, asked", [
    ("Ghana reiterated its call on Togo to withdraw from the border villages.", "GHA", "TGO"),
    ("Ghana renewed its appeal to Togo for calm along the frontier.", "GHA", "TGO"),
    ("Ghana restated its calls on Togo to release the detained traders.", "GHA", "TGO"),
    (CLASH + "Ghana renewed its appeal for restraint.", "GHA", "BEN"),
    (CLASH + "Ghana reiterated its call for calm.", "GHA", "BEN"),
])
def test_a_restated_call_is_a_request(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)


@pytest.mark.parametrize("text", [
    "The Ghanaian general recalled the call of duty at the Togo academy.",
    "Ghana renewed its trade licence with Togo on Monday.",
    CLASH + "Ghana reiterated its view that the border is calm.",
])
def test_no_restated_call_is_no_request(text):
    assert not sides(text, "REQUEST"), events(text)
