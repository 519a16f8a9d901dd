"""Conditions and the acts they govern ('should Ecuador refuse, Peru would close the border'): an inverted
condition (an auxiliary before its subject where a clause starts) is a condition as 'if' is; a name inside a
condition is never the governed act's subject, the roles are read as if the condition were not there (the
speaker of 'X said that, should Y refuse, it would ...' is X), and a threat is aimed at the party its condition
names (act_condition_clauses.inverted_condition, acts.with_conditions, pipeline/act_build.without_conditions).
Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


# a conditional threat is made as it is reported, in the future or not (en36: the manual codes the stated threat;
# these rows had it planned)
@pytest.mark.parametrize("sentence, actors, recipients, status", [
    ("Should Ecuador refuse, Peru would close the border, the minister said.", {"PER"}, {"ECU"}, "occurred"),
    ("Peru said that should Ecuador refuse, it would close the border.", {"PER"}, {"ECU"}, "occurred"),
    ("Peru said that if Ecuador refuses, it will close the border.", {"PER"}, {"ECU"}, "occurred"),
    ("If Ecuador refuses, Peru will close the border.", {"PER"}, {"ECU"}, "occurred"),
    ("Peru warned that should Ecuador refuse, it would close the border.", {"PER"}, {"ECU"}, "occurred"),
    ("Should the talks fail, Peru would close the border.", {"PER"}, set(), "occurred"),  # no party named
])
def test_a_conditioned_threat_is_the_speakers(sentence, actors, recipients, status):
    (e,) = events_of(extract_text(sentence, published=DAY), "THREATEN")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status == status


@pytest.mark.parametrize("sentence, kind", [
    ("Should Ecuador attack the border posts, Peru would respond.", "ASSAULT"),  # the condition's act: none
    ("Had Chile imposed sanctions, Peru would have protested.", "SANCTION"),
    ("Peru said that were Chile to impose sanctions, it would respond.", "SANCTION"),
])
def test_the_act_of_an_inverted_condition_is_no_act(sentence, kind):
    assert kind not in [h.type for h in find_acts(sentence)]


@pytest.mark.parametrize("sentence, kind", [
    ("Peru said Ecuador should free the fishermen.", "REQUEST"),  # 'should' after its subject: an obligation
    ("Peru imposed sanctions on Chile, which had attacked its border posts.", "SANCTION"),  # 'had' after 'which'
])
def test_auxiliaries_after_their_subject_open_no_condition(sentence, kind):
    assert kind in [h.type for h in find_acts(sentence)]
