"""Headline verbs of criticism that also name force or something else ("blast", "hit", "rap", "hammer",
"lash"): "X blasts Y over Z" is ACCUSE of Y, "blasted rebel positions over the weekend" is force. The reading
is decided by the object (an actor's name, office or body followed by a topic after "over"/"for"), not by a
list of sentences (act_walk.unmet_criticism, act_walk.criticism_reading). Every sentence here
is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


def types(sentence: str) -> list[str]:
    return [h.type for h in find_acts(sentence)]


@pytest.mark.parametrize("sentence, actors, recipients, status", [
    ("Ecuador blasts Peru over naval drills", {"ECU"}, {"PER"}, "occurred"),
    ("The Chilean president blasted Bolivia for its border policy on Monday.", {"CHL"}, {"BOL"}, "occurred"),
    ("Ecuador raps Peru over fishing ban", {"ECU"}, {"PER"}, "occurred"),
    ("Ecuador hits Peru over the seizure of its trawlers", {"ECU"}, {"PER"}, "occurred"),
    ("Ecuador hammered the Peruvian government for its trade curbs.", {"ECU"}, {"PER"}, "occurred"),
    ("Ecuador lashed Peru over the expulsion of its diplomats.", {"ECU"}, {"PER"}, "occurred"),
    ("Ecuador will not blast Peru over the naval drills, its minister said.", None, None, None),  # negated
])
def test_criticism_of_an_actor_over_a_topic_is_accuse(sentence, actors, recipients, status):
    found = events_of(extract_text(sentence, published=DAY), "ACCUSE")
    if actors is None:
        assert all(e.status != "occurred" for e in found)
        return
    (e,) = found
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status == status


@pytest.mark.parametrize("sentence, kind", [
    ("Ecuadorian troops blasted rebel positions over the weekend.", "ASSAULT"),  # no actor object: force
    ("Ecuadorian jets blasted Tumbes over the weekend.", "ASSAULT"),  # the topic is a time
    ("The army blasted the positions with artillery.", "ASSAULT"),
    ("Rebels hit the army base on Monday.", "ASSAULT"),  # no topic: no criticism; force on a base (hit35)
    ("A typhoon hit Ecuador for the second time this year.", None),  # a time after "for"
    ("The two sides hammered out a deal.", "AGREE"),  # the particle reading stays
    ("Ecuador hit Peru with new tariffs over the dispute.", "SANCTION"),  # the instrument's reading stays
])
def test_force_and_other_senses_stay(sentence, kind):
    got = types(sentence)
    assert "ACCUSE" not in got
    assert (kind in got) if kind else got == []

