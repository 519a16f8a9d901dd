"""A time adverbial between an act verb and its complement ("vowed on Sunday to retaliate", "threatened
last week to close", "warned on March 3 that") is a date, not part of the verb's phrase: the act is read
as if the adverbial were absent, and dated by it. Every sentence here is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_walk_tokens import time_adverbial_end, without_time_adverbials
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)  # a Tuesday


@pytest.mark.parametrize("sentence, ptype, actors, recipients, status, day", [
    ("Chile vowed on Sunday to retaliate against Peru.", "THREATEN", {"CHL"}, {"PER"}, "occurred", date(2025, 3, 2)),
    ("Chile vowed to retaliate against Peru.", "THREATEN", {"CHL"}, {"PER"}, "occurred", DAY),
    ("Ghana threatened on Monday morning to expel Togolese diplomats.", "THREATEN", {"GHA"}, {"TGO"}, "occurred",
     date(2025, 3, 3)),
    ("Norway warned on March 1 that it would impose sanctions on Belarus.", "THREATEN", {"NOR"}, {"BLR"},
     "occurred", date(2025, 3, 1)),
])
def test_an_adverbial_before_the_complement_keeps_the_act(sentence, ptype, actors, recipients, status, day):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients
    assert e.status == status and e.date == day


def test_a_negated_act_with_an_adverbial_stays_negated():
    assert not events_of(extract_text("Chile did not vow on Sunday to retaliate against Peru.", published=DAY),
                         "THREATEN")


@pytest.mark.parametrize("text, dropped", [
    ("vowed on Sunday to retaliate", ["on", "sunday"]),
    ("threatened last week to close", ["last", "week"]),
    ("warned earlier this month that", ["earlier", "this", "month"]),
    ("warned on March 1 that", ["on", "march", "1"]),
    ("agreed on Monday morning to meet", ["on", "monday", "morning"]),
    ("agreed on Monday's plan", []),  # no complement after the day: a noun phrase, kept
    ("agreed on a plan to meet", []),  # no time adverbial
])
def test_which_words_are_dropped(text, dropped):
    m = matcher()
    toks = tokenize(text)
    kept = {t.low for t in without_time_adverbials(toks, m.by_word, m.cues)}
    assert [t.low for t in toks if t.low not in kept] == dropped


def test_no_adverbial_ends_where_it_starts():
    toks = tokenize("vowed to retaliate")
    assert time_adverbial_end(toks, 1, matcher().cues) == 1
