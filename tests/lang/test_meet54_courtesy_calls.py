"""meet54 (issue 13): a call paid in person is a visit. 'paid a courtesy call on', 'called on', '예방했다' and 'B의 예방을
받았다' gave CONSULT with no mode: the caller goes to the one called on, the manual's CONSULT visit ("actor is
visiting, recipient is hosting"), though the sentence names no journey (lang/base/meetings.calls_in_person, lexicon
`in_person_call_re`). A phone call and a plain meeting keep theirs. Every sentence is our own (real states, invented
occasions)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str):
    return [e for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Ghanaian foreign minister paid a courtesy call on the Togolese president on Tuesday.",
    "The Ghanaian foreign minister called on the Togolese president in Lome on Tuesday.",
    "The Togolese president received a courtesy call from the Ghanaian foreign minister on Tuesday.",
    "가나 외교장관은 10일 토고 대통령을 예방했다.",
    "토고 대통령은 10일 가나 외교장관의 예방을 받았다.",
])
def test_a_call_paid_in_person_is_a_visit(text):
    found = consults(text)
    assert len(found) == 1 and {p.country for p in found[0].participants} == {"GHA", "TGO"}, found
    assert found[0].mode == "visit", found[0].mode


@pytest.mark.parametrize("text, mode", [
    ("The Ghanaian foreign minister met the Togolese president on Tuesday.", None),
    ("The Ghanaian president spoke by phone with his Togolese counterpart on Tuesday.", "phone"),
    ("가나 대통령은 10일 토고 대통령과 전화 통화를 했다.", "phone"),
    ("가나 외교장관은 10일 토고 외교장관과 회담했다.", None),
])
def test_other_meetings_keep_their_mode(text, mode):
    found = consults(text)
    assert len(found) == 1 and found[0].mode == mode, [(e.mode, e.participants) for e in found]
