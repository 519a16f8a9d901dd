"""enmeet47 (issues 13, 15): a state after an owned relation with it is the meeting's topic, no party: 'met to
discuss their relationship with C', 'talks on their ties with C', 'to weigh B's growing ties with C' (lexicon
`meeting_topic_with_before_re`, lang/en/meeting_roles.role). Korean '양국의 C와의 관계를 논의했다' already reads so (the
twin row). Negative rows: a relation with no owner ('talks on a border deal with C') and a partner named after 'with'
keep C a party. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, the meeting's parties' states, its status)
ROWS = {
    "a_state_of_an_owned_relation_is_a_topic": [
        ("Chile and Peru will meet in Quito next week to discuss their relationship with Bolivia.", {"CHL", "PER"},
         "planned"),
        ("Officials of Ghana and Togo met in Accra on Tuesday to review their ties with Burkina Faso.",
         {"GHA", "TGO"}, "occurred"),
        ("Chile and Peru held talks in Quito on their relationship with Bolivia.", {"CHL", "PER"}, "occurred"),
        ("The Chilean president met the Peruvian president to discuss the two countries' relations with Bolivia.",
         {"CHL", "PER"}, "occurred"),
        ("Envoys of Chile and Peru will meet in Lima this week to weigh Venezuela's deepening ties with Cuba.",
         {"CHL", "PER"}, "planned"),
        ("칠레와 페루 외교장관은 월요일 키토에서 만나 양국의 볼리비아와의 관계를 논의했다.", {"CHL", "PER"}, "occurred"),
    ],
    "a_partner_after_with_stays_a_party": [
        ("Chile held talks on a border deal with Bolivia.", {"CHL", "BOL"}, "occurred"),
        ("Ghana held a summit with Togo in Accra on Tuesday.", {"GHA", "TGO"}, "occurred"),
        ("Chile and Peru met in Quito on Monday, along with Bolivia.", {"CHL", "PER", "BOL"}, "occurred"),
    ],
}


@pytest.mark.parametrize("sentence, states, status", class_rows(ROWS))
def test_meeting_topic_states(sentence, states, status):
    meetings = [e for e in events(sentence) if e.type == "CONSULT"]
    assert len(meetings) == 1, [(e.status, countries(e.participants)) for e in meetings]
    assert countries(meetings[0].participants) == states and meetings[0].status == status, \
        (meetings[0].status, countries(meetings[0].participants))
