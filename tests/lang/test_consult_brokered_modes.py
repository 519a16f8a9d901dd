"""enconsult46 (issues 13, 15): a meeting verb whose own talks name a go-between is the manual's CONSULT third-party
("Meeting is hosted by a third party"): 'met in Z in talks mediated by C', 'met in Z under the mediation of C', as 'held
talks mediated by C' and Korean 'C의 중재로 회담했다' are (en.yaml meeting_brokered_after_re). Talks told apart ('a week
after talks mediated by C') and a deal brokered by C that the meeting discusses leave the meeting's mode alone.
Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, parties' states that must be among the meeting's, its mode)
ROWS = {
    "a_verbs_talks_naming_a_go_between_are_third_party": [
        ("Envoys of Gabon and Cameroon met in Libreville in talks mediated by Angola.", {"GAB", "CMR"}, "third-party"),
        ("Gabon and Cameroon met in Luanda on Sunday in talks brokered by Angola.", {"GAB", "CMR"}, "third-party"),
        ("The Malawian and Zambian ministers met in Lusaka on Monday under the mediation of Tanzania.", {"MWI", "ZMB"},
         "third-party"),
        ("Delegates of Gabon and Cameroon met in Luanda for talks facilitated by Angola.", {"GAB", "CMR"},
         "third-party"),
        ("가봉과 카메룬 대표단이 앙골라의 중재로 루안다에서 회담했다.", {"GAB", "CMR"}, "third-party"),
    ],
    "talks_told_apart_leave_the_meeting_unbrokered": [
        ("The Malawian and Zambian ministers met in Lusaka on Monday, a week after talks mediated by Tanzania.",
         {"MWI", "ZMB"}, None),
        ("The Malawian and Zambian ministers met in Lusaka on Monday to discuss a truce brokered by Tanzania.",
         {"MWI", "ZMB"}, None),
        ("The Malawian and Zambian ministers met in Lusaka on Monday for talks on trade.", {"MWI", "ZMB"}, None),
    ],
}


@pytest.mark.parametrize("sentence, states, mode", class_rows(ROWS))
def test_brokered_meeting_modes(sentence, states, mode):
    found = [e for e in events(sentence) if e.type == "CONSULT" and states <= countries(e.participants)]
    assert found, [(e.type, e.mode, countries(e.participants)) for e in events(sentence)]
    assert found[0].mode == mode, [(e.mode, countries(e.participants)) for e in found]
