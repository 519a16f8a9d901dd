"""English acts: a verb quoted on its own ('intended to "fully execute" the court's decision', 'pledged to "implement"
the ruling') keeps its object after the closing quote (agree54; act_window.quoted_verb): complying with a ruling is a
concession (CONCEDE) the court receives, not a bare pledge (AGREE). A quote that closes a phrase of other words opens no object."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

DAY = date(2020, 9, 18)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


@pytest.mark.parametrize("sentence, kind, actors, status", [
    ("The Liberian presidency said it intended to \"fully execute\" the court's decision.", "CONCEDE", {"LBR"}, "planned"),
    ("The Liberian government said it would \"implement\" the verdict.", "CONCEDE", {"LBR"}, "planned"),
    ("The Liberian government said it would \"implement\" the verdict.", "AGREE", {"LBR"}, None),
])
def test_a_quoted_verb_keeps_its_object(sentence, kind, actors, status):
    assert_act(read(sentence), kind, actors, None, status)


def test_the_court_complied_with_receives_the_concession():
    """The court whose ruling is executed or implemented receives the concession (target object, as 'abide by')."""
    assert_act(read("Guyana said it would implement the ICJ ruling on its border with Venezuela."), "CONCEDE", {"GUY"},
               {"UNO"}, "planned")
