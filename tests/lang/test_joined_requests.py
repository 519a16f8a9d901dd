"""(request62) A second verb of asking joined by 'and' after the infinitive of a first ('asked reporters to be patient
and urged C to release ...'): a past-tense verb does not go on the infinitive (that would be its base form: 'asked B
to attend and host the summit'), so it is the asker's own, and its REQUEST is the asker's (lang/en/reading_meetings
joined_after_infinitive; lexicon asked_to_joined_re, asked_to_finite_re). Korean joins the two with '-고'. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

JOINED = {
    "a second request after an infinitive": [
        ("Uruguay's foreign minister asked reporters to be patient and urged Paraguay to release the detained sailors.",
         "PRY"),
        ("Uruguay asked Paraguay to wait and called on Bolivia to release the detained sailors.", "BOL"),
        ("우루과이 외교부는 기자들에게 기다려 달라고 하고 파라과이에 억류된 선원들의 석방을 촉구했다.", "PRY"),
    ],
}


@pytest.mark.parametrize("text, asked", class_rows(JOINED))
def test_joined_request_is_the_askers(text, asked):
    found = sides(text, "REQUEST")
    assert (["URY"], [asked]) in found, found


NOT_JOINED = {
    "an infinitive going on in its base form": [
        "Uruguay asked Paraguay to attend and host the summit.",
    ],
}


@pytest.mark.parametrize("text", class_rows(NOT_JOINED))
def test_infinitive_going_on_is_no_meeting_of_the_asker(text):
    from tests.event_sides import events
    assert not [e for e in events(text) if e.type == "CONSULT"], [(e.type, e.status) for e in events(text)]
    assert sides(text, "REQUEST") == [(["URY"], ["PRY"])]
