"""English act classes the out-of-sample probe (bench/en_act_probe.py, issue 15) found unread: an act
reported in a "that" clause in the past perfect, and the Cues bundle as the one way the act readers
read their word lists. Every sentence here is our own.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 3, 4)


# a verb of saying + "that" + past perfect: the reported act, not a relative clause's background
@pytest.mark.parametrize("sentence, ptype, actors, recipients", [
    ("Brazil announced on Sunday that it had expelled two Uruguayan diplomats.", "SANCTION", {"BRA"}, {"URY"}),
    ("The Kenyan government confirmed that it had arrested three Tanzanian fishermen.", "COERCE", {"KEN"}, {"TZA"}),
    ("Peru's foreign ministry said that it had condemned Bolivia over the border incident.", "ACCUSE",
     {"PER"}, {"BOL"}),
])
def test_reported_past_perfect_after_that_is_an_act(sentence, ptype, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status == OCC


@pytest.mark.parametrize("sentence, ptype", [
    ("The envoy that had condemned Bolivia arrived in Lima on Monday.", "ACCUSE"),  # a relative "that"
    ("Brazil announced on Sunday that it had not expelled any Uruguayan diplomats.", "SANCTION"),  # negated
])
def test_relative_that_or_negated_report_is_no_act(sentence, ptype):
    assert not events_of(extract_text(sentence, published=DAY), ptype)


ACT_READERS = ("acts", "act_context", "act_frames", "act_targets", "act_sides")


@pytest.mark.parametrize("module", ACT_READERS)
def test_act_readers_take_cues_from_the_bundle(module):
    """One way to read an English act cue: the `Cues` bundle the walk passes down."""
    source = (Path(__file__).resolve().parents[2] / "readout" / "lang" / "en" / f"{module}.py").read_text()
    assert not re.search(r"load_act_lexicon\(\"en\"\)|\.cue\(", source)
