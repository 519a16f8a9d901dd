"""(request63) Taking part in talks with a counterpart is meeting it, CONSULT between the two: 'took part in talks with
B', 'joined the negotiations with B', 'participated in the meeting with B' (lang/en clauses.trigger_kind: a verb of
taking part is a light verb of the meeting noun, lexicon `light_verb_before_re`; 'will take part in' is planned,
`planned_before_re`), 'B와의 회담에 참석했다/참여했다' (lang/ko meeting_moments.trigger_kind and meeting_roles.taking_part:
the name tied by 와의 to the meeting word is its 'with' party and the clause's topic its subject; `state_party_particles`
와의). Negatives: a protest or a drill taken part in is no meeting. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

TALKS = {
    "talks taken part in (en)": [
        ("Uruguay took part in talks with Paraguay on the river dispute.", "occurred"),
        ("Uruguay joined the negotiations with Paraguay over the dam.", "occurred"),
        ("Uruguay participated in the meeting with Paraguay in Asuncion.", "occurred"),
        ("Uruguay will take part in talks with Paraguay next week.", "planned"),
        ("Uruguay declined to participate in the conference with Paraguay.", "cancelled"),
    ],
    "talks taken part in (ko)": [
        ("우루과이는 파라과이와의 회담에 참석했다.", "occurred"),
        ("우루과이 외교장관은 파라과이 외교장관과의 회담에 참여했다.", "occurred"),
        ("우루과이는 다음 주 파라과이와의 회담에 참석할 예정이다.", "planned"),
    ],
}


@pytest.mark.parametrize("text, status", class_rows(TALKS))
def test_taking_part_in_talks_with_a_counterpart_is_consult(text, status):
    first = first_of(events(text), type="CONSULT")
    assert {p.country for p in first.participants} == {"URY", "PRY"}
    assert first.status == status


NOT_TALKS = {
    "a protest taken part in": [
        "Uruguay took part in a protest against Paraguay.",
        "우루과이 시민들은 파라과이 대사관 앞 시위에 참여했다.",
    ],
    "a drill taken part in": [
        "Uruguay took part in the military drills.",
        "우루과이는 파라과이와의 합동 군사훈련에 참여했다.",
    ],
}


@pytest.mark.parametrize("text", class_rows(NOT_TALKS))
def test_no_meeting_taken_part_in(text):
    assert not [e for e in events(text) if e.type == "CONSULT"], [(e.type, e.status) for e in events(text)]
