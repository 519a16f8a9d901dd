"""(enrelative70) A mandative subjunctive whose subject is the speaker's own side ('Ecuador insisted (that) its
troops withdraw from the frontier') tells the speaker's own act stated for the future, read as 'said its troops would
withdraw' is (AGREE for a retreat: docs/coding-choices.md), not a demand on another state (lang/en/act_own_mandates).
A demand needs another party's subject ('insisted that Colombia withdraw'): REQUEST to it. Korean: '자국군이 철수해야
한다고 주장했다' asks no other state; '콜롬비아군이 철수해야 한다고' asks Colombia. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Ecuador insisted its troops withdraw from the frontier by the end of the month.",
    "Ecuador insisted that its troops withdraw from the frontier.",
    "Ecuador demanded that its troops withdraw from the frontier at once.",
    "The two governments insisted that their troops withdraw from the frontier.",
])
def test_own_side_subjunctive_is_the_speakers_stated_act(text):
    assert not sides(text, "REQUEST"), events(text)
    assert not sides(text, "ACCUSE"), events(text)
    if text.startswith("Ecuador"):
        found = sides(text, "AGREE")
        assert found and found[0][0] == ["ECU"], events(text)


@pytest.mark.parametrize("text, asker, asked", [
    ("Ecuador insisted that Colombia withdraw from the frontier.", "ECU", "COL"),
    ("Ecuador insisted Colombia's troops withdraw from the frontier.", "ECU", "COL"),
    ("Ecuador demanded that Colombia withdraw from the frontier at once.", "ECU", "COL"),
    ("에콰도르는 콜롬비아군이 국경에서 철수해야 한다고 주장했다.", "ECU", "COL"),
])
def test_another_sides_subject_is_a_demand(text, asker, asked):
    found = sides(text, "REQUEST")
    assert found and found[0] == ([asker], [asked]), events(text)


def test_korean_own_side_obligation_asks_no_one():
    text = "에콰도르는 자국군이 국경에서 철수해야 한다고 주장했다."
    assert not any(receivers for _, receivers in sides(text, "REQUEST")), events(text)


@pytest.mark.parametrize("text", [
    "Ecuador demanded that its Andean allies withdraw their envoys from Colombia.",
    "Ecuador insisted that its allies withdraw from the talks with Colombia.",
])
def test_others_the_speaker_has_are_still_asked(text):
    """'its allies', 'its Andean allies': others the speaker has, no part of its state: the demand stays."""
    assert sides(text, "REQUEST") and not sides(text, "AGREE"), events(text)
