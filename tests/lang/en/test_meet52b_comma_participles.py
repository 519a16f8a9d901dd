"""meet52b (issue 13): an -ing form right after a comma opens a participle clause whose doer is the sentence's
subject ('visited X on Monday, urging talks with Y'): the verb's act (a REQUEST meet of Y), never the modifier of a
compound noun after it ('urging talks' read as 'peace talks' was: no act). Korean '방문해 ...를 촉구했다' reads so
already (tests/lang/test_meet52_visit_then_call.py). Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from readout.lang.en.act_false_triggers import comma_participle
from readout.lang.en.act_tokens import tokenize
from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The Latvian prime minister visited Estonia on Friday, urging talks with Belarus.",
    "The Latvian prime minister spoke in Riga on Friday, urging talks with Belarus.",
    "The Latvian prime minister visited Estonia on Friday, seeking talks with Belarus.",
])
def test_a_participle_after_a_comma_is_the_subjects_request(text):
    assert sides(text, "REQUEST") == [(["LVA"], ["BLR"])], sides(text, "REQUEST")


def test_the_visit_keeps_its_two_sides():
    text = "The Latvian prime minister visited Estonia on Friday, urging talks with Belarus."
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{"LVA", "EST"}], sides(text, "CONSULT")


@pytest.mark.parametrize("text, word, expected", [
    ("They met on Friday, urging talks with Belarus.", "urging", True),
    ("They held peace talks with Belarus.", "peace", False),
    ("They rejected urging talks.", "urging", False),
])
def test_comma_participle(text, word, expected):
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.low == word)
    assert comma_participle(toks, i) is expected
