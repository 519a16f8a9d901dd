"""(kohead46) The speaker of a reported passive calling a meeting off, when a side of it, is the one who called it off:
'페루와의 회담이 연기됐다고 칠레 외교부가 밝혔다' is Chile's REJECT meet toward Peru, as 'Talks with Peru were postponed,
Chile's foreign ministry said' is (lang/ko/meeting_speakers.speaking_side, lang/en/meeting_speakers.speaking_side).
Negative rows: a news agency as the speaker, a third state telling of a pair's meeting, no speaker at all. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("페루와의 회담이 연기됐다고 칠레 외교부가 밝혔다.", {"CHL"}, {"PER"}),
    ("우루과이와 파라과이의 정상회담이 취소됐다고 우루과이 정부는 전했다.", {"URY"}, {"PRY"}),
    ("Talks with Peru were postponed, Chile's foreign ministry said.", {"CHL"}, {"PER"}),
    # negative rows: the speaker is no side of the meeting, or none speaks
    ("페루와의 회담이 연기됐다고 연합뉴스가 보도했다.", None, None),
    ("우루과이와 파라과이의 회담이 연기됐다고 브라질 외교부가 밝혔다.", None, None),
    ("페루와의 회담이 연기됐다.", None, None),
    ("The summit between Uruguay and Paraguay was cancelled, Brazil's foreign ministry said.", None, None),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_meeting_called_off_speakers(text, actors, recipients):
    found = [e for e in events(text) if e.type == "REJECT" and e.mode == "meet"]
    if actors is None:
        assert not found, [(countries(e.participants), countries(e.recipients)) for e in found]
        return
    assert found, [(e.type, e.status, countries(e.participants)) for e in events(text)]
    assert countries(found[0].participants) == actors and countries(found[0].recipients) == recipients, \
        (countries(found[0].participants), countries(found[0].recipients))
