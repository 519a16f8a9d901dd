"""kopassive70 (issue 15): a guarded state name (a country name that is also a common word: 가나, 말리, 오만, 토고;
English Chad, Oman) owning or joining a meeting word ('토고와의 정상회담', '오만 대표단과', 'a delegation from Chad') is
the state that meets, in both languages; '오만에 의해' is Oman in the passive's agent slot. The ordinary word keeps its
own reading: an adjective ('오만한 대표단'), a number before a counter ('오만 명의'), a person's given name ('Chad
Morton'). Regression rows for readings earlier sessions built (guarded_names, guarded_state_context); our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

# sentence, type, the states its events must name together
STATES_MET = [
    ("칠레는 토고와의 정상회담을 가졌다.", "CONSULT", {"CHL", "TGO"}),
    ("칠레 외교장관은 오만 대표단과 회담했다.", "CONSULT", {"CHL", "OMN"}),
    ("칠레와 가나의 정상회담이 열렸다.", "CONSULT", {"CHL", "GHA"}),
    ("칠레는 말리 대표단과의 회담을 연기했다.", "REJECT", {"CHL", "MLI"}),
    ("칠레와의 회담이 오만에 의해 취소됐다.", "REJECT", {"CHL", "OMN"}),
    ("Chile held a summit with Togo on Monday.", "CONSULT", {"CHL", "TGO"}),
    ("The Chilean foreign minister met a delegation from Chad.", "CONSULT", {"CHL", "TCD"}),
    ("The talks with Chile were cancelled by Oman.", "REJECT", {"CHL", "OMN"}),
]


@pytest.mark.parametrize("text,kind,states", STATES_MET)
def test_guarded_name_at_a_meeting_is_the_state(text, kind, states):
    found = [countries(e.participants) | countries(e.recipients) for e in events(text) if e.type == kind]
    assert states in found, [(e.type, countries(e.participants), countries(e.recipients)) for e in events(text)]


# sentence, the state its look-alike must not name
ORDINARY_WORDS = [
    ("칠레는 오만한 대표단과 회담했다.", "OMN"),
    ("칠레는 오만 명의 대표단과 회담했다.", "OMN"),
    ("칠레와의 회담은 오만 명의 반대에 의해 취소됐다.", "OMN"),
    ("The Chilean foreign minister met Chad Morton, a banker.", "TCD"),
]


@pytest.mark.parametrize("text,absent", ORDINARY_WORDS)
def test_ordinary_word_at_a_meeting_names_no_state(text, absent):
    for e in events(text):
        assert absent not in countries(e.participants) | countries(e.recipients), e.type
