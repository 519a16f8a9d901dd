"""enconsult46 (issue 13): a visit to a host named as the scene of the visitor's clause is CONSULT visit of the clause's
subject and the host ('During his visit to Peru, the Chilean minister discussed trade', 'A said during a visit to B'),
as the partner after 'with' of any meeting noun is (meetset71; lang/en/meeting_settings.visit_to). Negative rows: a
visit told before or after the clause ('Ahead of his visit to B', 'After his visit to B'), a visit still to come, and
talks 'to' a purpose ('During talks to end the war') hold no visit. Korean 'B 방문 중', 'B 방문 기간' read so too (koplan47:
lang/ko/meeting_moments.visit_scene; its rows are tests/lang/ko/test_planned_listed_meetings.py). Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, the states of the visit held (None: no CONSULT visit held))
ROWS = {
    "a_visit_to_a_host_as_the_scene_is_held": [
        ("During his visit to Malawi, the Zambian minister discussed fisheries.", {"MWI", "ZMB"}),
        ("During a visit to Malawi, Zambia's foreign minister discussed fisheries.", {"MWI", "ZMB"}),
        ("Zambia's foreign minister discussed fisheries during his visit to Malawi.", {"MWI", "ZMB"}),
    ],
    "a_visit_told_apart_or_ahead_is_none": [
        ("Ahead of his visit to Malawi, the Zambian minister discussed fisheries with reporters.", None),
        ("After his visit to Malawi, the Zambian minister returned home.", None),
        ("During his visit to Malawi next week, the Zambian minister will discuss fisheries.", None),
        ("During talks to end the war, Zambia's foreign minister discussed fisheries.", None),
    ],
}


@pytest.mark.parametrize("sentence, states", class_rows(ROWS) + [
    pytest.param("말라위 방문 중 잠비아 외교장관은 어업 문제를 논의했다.", {"MWI", "ZMB"},
                 id="korean_visit_scene")])
def test_scene_visits_to_host(sentence, states):
    held = [e for e in events(sentence) if e.type == "CONSULT" and e.status == "occurred"]
    if states is None:
        assert not held, [(e.mode, countries(e.participants)) for e in held]
        return
    assert any(countries(e.participants) == states and e.mode == "visit" for e in held), \
        [(e.mode, countries(e.participants)) for e in held]
