"""acts59b (issue 13): talks a journey already made was for, told with an infinitive of holding ('left for Lima to
hold talks with Y', 'travelled to Accra to hold bilateral talks with Y') are held, as 'flew to Lima for talks with Y'
and 'travelled to Lima to meet Y' are (en.yaml planned_purpose_past_re, read by lang/en/reading_meetings
meeting_status); the place is the journey's end. A journey ahead ('will fly to X to hold talks') stays unread as
before. Korean twin: '회담하기 위해 리마로 떠났다'. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


@pytest.mark.parametrize("text, place", [
    ("Ghana's trade minister left for Accra to hold talks with Togo's trade minister.", "Accra"),
    ("Norway's foreign minister travelled to Reykjavik to hold bilateral talks with Iceland's foreign minister.", "Reykjavik"),
    ("Kenya's defence minister left for Nairobi on Monday to meet Uganda's defence minister.", "Nairobi"),
])
def test_talks_a_journey_was_for_are_held_there(text, place):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert found and found[0].status == "occurred", [(e.type, e.status) for e in events(text)]
    assert found[0].location is not None and found[0].location.name == place


def test_korean_journey_for_talks_is_planned_there():
    """The Korean twin reads the purpose ending as intent, planned ('만나려고 출국했다', and since koacts59b '회담하기
    위해 …로 떠났다'), at the journey's end: the two languages differ on the status of a journey made for talks (an open
    decision, docs/coding-choices.md, the lead's section of the fifty-ninth session); the place agrees."""
    found = [e for e in events("가나 통상장관은 토고 통상장관과 회담하기 위해 아크라로 떠났다.") if e.type == "CONSULT"]
    assert found and found[0].status == "planned"
    assert found[0].location is not None and found[0].location.name == "Accra"


def test_hold_talks_without_a_journey_stays_planned():
    found = [e for e in events("Ghana plans to hold talks with Togo.") if e.type == "CONSULT"]
    assert all(e.status == "planned" for e in found)
