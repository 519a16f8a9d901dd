"""A coup and the calls that answer it, in both languages (issue 13): soldiers detaining their own state's president
and prime minister are the manual's COERCE 'arrest' by that state (its forces) aimed at the same state, also where
the officials are named with no state of their own ('detained Amessan and Prime Minister Dzidzo', '아메산 대통령과 조조 총리를
체포했다'); a call for a release that names no holder ('called for the immediate release of X') is a REQUEST 'yield' to
the captors' state, the side whose detention the story told last; a request whose object is the act asked ('demanded
his immediate release') takes that act's mode. A state's name kiwi reads as a verb stem when no other word of the
sentence needs re-reading ('말리 군인들은': 말리/VV) is still the state. Our own sentences and invented names.

Formerly tests/lang/test_world38_coups.py (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def events(text: str, published: str = "2026-03-04") -> list[tuple]:
    return [(e.type, e.mode, [p.country for p in e.participants], [p.country for p in e.recipients])
            for e in extract_text(text, published=published).events if e.type != "CONSULT"]


DETENTIONS = [
    ("Mutinous Togolese soldiers detained Amessan and Prime Minister Yao Dzidzo in Lome on Tuesday.", "TGO"),
    ("Togolese soldiers detained President Kodjo Amessan at his residence in Lome on Tuesday.", "TGO"),
    ("말리 군인들은 3일 아메산 대통령과 조조 총리를 체포했다.", "MLI"),
    ("토고 군인들은 지난 3일 로메로 진입한 뒤 아메산 대통령과 조조 총리를 체포했다.", "TGO"),
]


@pytest.mark.parametrize("text,state", DETENTIONS)
def test_soldiers_detaining_their_leaders_coerce_their_own_state(text, state):
    assert [e for e in events(text) if e[0] == "COERCE"] == [("COERCE", "arrest", [state], [state])]


STORY = ("Soldiers detain Togo president\n\nLOME (Reuters) - Togolese soldiers detained President Kodjo Amessan at his "
         "residence in Lome on Tuesday.\n\n{}\n")


@pytest.mark.parametrize("call,actor", [
    ('U.N. Secretary-General Antonio Guterres called for the "immediate and unconditional" release of Amessan.', "UNO"),
    ("The African Union on Wednesday demanded his immediate release.", "IGO"),
    ("The U.N. Security Council on Wednesday called on the mutineers to release all detained officials.", "UNO"),
])
def test_a_call_for_a_release_asks_the_captors(call, actor):
    found = [e for e in events(STORY.format(call)) if e[0] == "REQUEST"]
    assert found == [("REQUEST", "yield", [actor], ["TGO"])]


def test_the_modes_of_a_request_for_an_act_named_as_its_object():
    """'demanded their immediate withdrawal' asks the other side to yield, as 'demanded the withdrawal of' does."""
    found = [e for e in events("Ghana on Monday demanded their immediate withdrawal from Togo.") if e[0] == "REQUEST"]
    assert [e[1] for e in found] == ["yield"]
