"""English act classes read by the en-acts45 session, with sentences of our own (states outside the eval sets and
the open batches), a Korean row where the class exists in Korean too:

1. a response promised in a firm manner under a condition ('would respond firmly if X's ships entered', 'will take
   stern countermeasures should X test a missile') is a THREATEN made now by the speaker's state against the
   condition's party (entry respond + manner adverb; an inverted 'should' closing the main clause with no comma
   opens the condition: act_context.trailing_condition, no REQUEST from it); a response told as done ('responded
   firmly to the remarks') is no act (act_responses). Korean '...하면 강력한 대응에 직면할 것' is the fate foretold
   for the condition's subject (doom_verb 직면하다 after a counter-measure noun: ko act_conditions.foretold_fate).
   A vow to respond so 'to any Paraguayan attack' threatens, and the attack, a verb's bare form after 'any X', is
   the threat's condition, no ASSAULT (act_context.any_instance).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 5, 6)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. a firm response promised under a condition: THREATEN against the condition's party
@pytest.mark.parametrize("text", [
    "Uruguay would respond firmly if Paraguayan patrol boats entered its waters again.",
    "Uruguay will take stern countermeasures should Paraguay carry out another rocket test.",
    "Uruguay said it would respond resolutely should Paraguay deploy troops near the border.",
    "If Paraguay deploys troops near the river, Uruguay will respond decisively, the defence minister said.",
    "우루과이 외교부는 파라과이가 또다시 도발하면 강력한 대응에 직면할 것이라고 말했다.",
    "우루과이는 파라과이가 국경에 병력을 배치할 경우 단호히 대응할 것이라고 밝혔다.",
])
def test_conditional_response_threatens(text):
    events = read(text)
    assert_act(events, "THREATEN", {"URY"}, {"PRY"}, OCC)
    assert_act(events, "REQUEST", set(), None, None)


@pytest.mark.parametrize("text", [
    "Uruguay responded firmly to the remarks of Paraguay's foreign minister.",
    "Uruguay has responded strongly to Paraguay's statement on the river.",
    "우루과이는 파라과이의 보복에 직면할 것이라고 우려했다.",
])
def test_response_told_or_feared_is_no_threat(text):
    assert_act(read(text), "THREATEN", set(), None, None)


@pytest.mark.parametrize("text", [
    "Uruguay vowed on Monday to respond firmly to any Paraguayan attack.",
    "Uruguay vowed to retaliate against any Paraguayan attack on its ships.",
])
def test_any_instance_verb_form_is_condition(text):
    events = read(text)
    assert_act(events, "THREATEN", {"URY"}, {"PRY"}, OCC)
    assert_act(events, "ASSAULT", set(), None, None)


def test_obligation_before_its_verb_stays_request():
    assert_act(read("Uruguay said Paraguay should withdraw its troops from the border."), "REQUEST", {"URY"}, {"PRY"}, OCC)
