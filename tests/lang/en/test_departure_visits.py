"""enmeet47 (issues 13, 15): a departure whose goal is a visit is the visit begun, CONSULT visit hosted by the state of
the place left for, as an arrival for a visit is and as Korean '방문길에 올랐다' reads: 'left for Lome on Monday on an
official visit', 'departed Accra for Lome on a state visit' (lexicon `arrival_visit_re`, lang/en/arrival_visits.py).
Talks a journey is for with no partner named ('departed for Lome for talks') are held with that state, mode visit.
Negative rows: a departure said ahead is no visit held, a departure from the host at a visit's end names no new one,
talks with a named partner keep their partner (the place is a venue), a place that is no state or capital hosts no
one, and talks whose phrase names another state are no talks with the venue's state. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, the meeting's parties' states (None: no meeting), its mode (None: not asserted))
ROWS = {
    "a_departure_for_a_visit_is_the_visit_begun": [
        ("Ghana's foreign minister left for Lome on Monday on an official visit.", {"GHA", "TGO"}, "visit"),
        ("The Chilean president departed Santiago for Hanoi on a three-day state visit.", {"CHL", "VNM"}, "visit"),
        ("Mongolia's prime minister set off for Astana for a working visit.", {"MNG", "KAZ"}, "visit"),
        ("칠레 대통령은 베트남 국빈 방문길에 올랐다.", {"CHL", "VNM"}, "visit"),
    ],
    "talks_a_journey_is_for_are_held_with_the_place_s_state": [
        ("Ghana's foreign minister departed for Lome for talks.", {"GHA", "TGO"}, "visit"),
        ("The Uruguayan trade minister arrived in Asuncion on Sunday for talks on beef quotas.", {"URY", "PRY"},
         "visit"),
    ],
    "no_visit_begun": [
        ("Ghana's foreign minister will leave for Lome next week on an official visit.", None, None),
        ("Ghana's foreign minister left Lome on Monday at the end of an official visit.", None, None),
        ("Ghana's foreign minister left for the airport for talks.", None, None),
        ("The Uruguayan foreign minister departed for Geneva for talks.", None, None),
        ("The Uruguayan foreign minister departed for Vienna for talks on Iran's nuclear programme.", None, None),
    ],
    "talks_with_a_named_partner_keep_it": [
        ("Ghana's foreign minister headed for Lome for talks with Nigeria's president.", {"GHA", "NGA"}, None),
    ],
}


def meetings(sentence):
    return [e for e in events(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence, states, mode", class_rows(ROWS))
def test_departure_visits(sentence, states, mode):
    found = meetings(sentence)
    if states is None:
        assert not found, [(e.mode, e.status, countries(e.participants)) for e in found]
        return
    assert found and countries(found[0].participants) == states, \
        [(e.mode, countries(e.participants)) for e in found]
    assert found[0].status == "occurred"
    if mode is not None:
        assert found[0].mode == mode, found[0].mode
    else:
        assert found[0].mode != "visit", found[0].mode
