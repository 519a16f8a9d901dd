"""(drawn66) A permission to act is neither access granted nor the permitted deed done (act_permissions): 'allowed
aid groups to criticize' opens nothing and criticizes no one; 'allowed aid groups into X', 'to enter X' is access.
Korean rows: tests/lang/ko/test_act_permissions.py. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("sentence", [
    "Ghana allowed aid groups to criticize the government of Togo.",
    "Ghana allowed relief agencies to condemn the rulers of Togo.",
])
def test_a_permission_to_act_is_no_event(sentence):
    assert [e.type for e in events(sentence)] == []


def test_a_named_side_let_act_is_supported_not_a_doer():
    """(acts59, act_enabled_parties) The side a state lets act, named, receives its SUPPORT; the permitted attack
    is still no event of anyone's."""
    text = "Ghana permitted Beninese troops to attack Togo."
    assert [e.type for e in events(text)] == ["SUPPORT"]
    assert sides(text, "SUPPORT") == [(["GHA"], ["BEN"])]


@pytest.mark.parametrize("sentence", [
    "Ghana allowed aid groups into Togo on Friday.",
    "Ghana allowed aid groups to enter Togo on Friday.",
    "Ghana allowed inspectors to visit the Togolese border post.",
])
def test_access_granted_stays(sentence):
    assert sides(sentence, "RETREAT") == [(["GHA"], ["TGO"])]


@pytest.mark.parametrize("sentence, kind", [
    ("Ghana would not allow anyone to threaten its border with Togo.", "THREATEN"),  # refused: a deterrent warning
    ("Ghana will not let Togo attack its fishing boats.", "THREATEN"),
])
def test_a_refused_permission_still_warns(sentence, kind):
    assert [a for a, _ in sides(sentence, kind)] == [["GHA"]]
