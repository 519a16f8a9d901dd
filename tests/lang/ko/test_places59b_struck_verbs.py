"""places59b (issue 14, class 4): the attack words that make the word before the object particle a struck place are
the act lexicon's (lang/ko/struck_verbs), so a town struck by 강타 ('X를 강타했다') is the attack's place as one
shelled is. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.kb.loader import lexicon
from readout.lang.ko.struck_verbs import strike_stems, struck_after
from tests.event_sides import events


@pytest.mark.parametrize("stem, strikes", [
    ("강타", True), ("포격", True), ("공습", True), ("폭격", True), ("급습", True), ("공격", True), ("맹폭", True),
    # the object of these is a person or a craft: a name before them is no town
    ("살해", False), ("참수", False), ("격추", False), ("납치", False),
])
def test_strike_stems(stem, strikes):
    """The lexicon's place-striking verbs, and none whose object is a person or a craft."""
    assert (stem in strike_stems()) == strikes


@pytest.mark.parametrize("key", ["act_struck_after_re", "act_state_struck_after_re"])
def test_struck_patterns_hold_every_stem(key):
    """The act-place patterns read the same attack words the town readers do."""
    source = lexicon("ko")[key]
    assert [s for s in strike_stems() if s not in source] == []


@pytest.mark.parametrize("text, place", [
    ("이스라엘 전투기들이 칸유니스를 강타했다.", "Khān Yūnis"),
    ("이스라엘 전투기들이 칸유니스를 폭격했다.", "Khān Yūnis"),
    ("칠레 폭격기가 페루 북부 항구를 강타했다.", "Peru"),
])
def test_struck_by_strike(text, place):
    """The struck town (or the state struck through its part) is the attack's place."""
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].location is not None and found[0].location.name == place, found


def test_struck_after_reads_the_ending():
    assert struck_after().match("를 강타했다")
    assert not struck_after().match("를 살해했다")
