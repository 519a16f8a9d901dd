"""stance52: a wish to perform a speech act is that act, done as it is said ('"We would like to thank X," Y said',
'I want to congratulate X'): no plan, and so no AGREE of a future act (act_modality.modality_of, cues
performative_phrases and performative_verbs). A wish to do a deed ('would like to visit X') is no such act. The
Korean reader already reads '축하하고 싶다' as done. Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipient", [
    ('"We would like to thank Japan for its support," the Philippine president said.', "PHL", "JPN"),
    ('"I want to congratulate Japan on its victory," the Philippine president said.', "PHL", "JPN"),
    ('"We would like to express our solidarity with Japan," the Philippine president said.', "PHL", "JPN"),
])
def test_wish_to_perform_a_speech_act_is_the_act(text, actor, recipient):
    events = read(text)
    assert_act(events, "SUPPORT", {actor}, {recipient}, "occurred")
    assert_act(events, "AGREE", set(), None, None)


def test_wish_to_do_a_deed_is_no_act_done():
    events = read("The Philippine president said he would like to visit Japan next year.")
    assert not [e for e in events if e.status == "occurred" and e.type in ("CONSULT", "SUPPORT")]
