"""Sides in both languages: the speaker of a reported deed is no side of it unless named in it (kofollow68b, issue 14).

'프랑스는 말리 반군이 정부군을 공격했다고 밝혔다', 'France said rebels in Mali had attacked government troops': the
topic that tells a clause with a subject and an object of its own is the clause's speaker (ko:
lang/ko/meeting_roles.reported_deed_speaker gives it the role 'source', which no act's receiving side takes). Negatives:
a reported clause with no object named ('우크라이나는 러시아가 공격했다고 밝혔다': the speaker may be the one struck), with
a place the speaker may own ('국경 마을을'), or naming the speaker's own side ('자국 군을') keeps the speaker as the
receiving side."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def received(text: str, kind: str) -> set[str]:
    return {r.country for e in events(text) if e.type == kind for r in e.recipients}


@pytest.mark.parametrize("text", [
    "프랑스는 말리 반군이 정부군을 공격했다고 밝혔다.",
    "프랑스는 지난 화요일 니제르 내 반군이 정부군 기지를 공격했다고 밝혔다.",
    "캐나다 정부는 차드 반군이 정부군을 습격했다고 말했다.",
    "France said on Tuesday that rebels in Mali had attacked government troops.",
])
def test_speaker_of_a_reported_deed_receives_nothing(text):
    speaker = {"프랑스": "FRA", "캐나다": "CAN", "France": "FRA"}[text.split()[0].rstrip("는")]
    assert speaker not in received(text, "ASSAULT") | received(text, "ACCUSE")


@pytest.mark.parametrize("text, speaker", [
    ("우크라이나는 러시아가 공격했다고 밝혔다.", "UKR"),  # no object named: the speaker may be the one struck
    ("프랑스는 말리 반군이 자국 군을 공격했다고 밝혔다.", "FRA"),  # the speaker's own side is named in the deed
    ("케냐는 소말리아 민병대가 국경 마을을 습격했다고 비난했다.", "KEN"),  # a place object: the speaker's own
])
def test_speaker_named_in_or_left_by_the_deed_stays_its_side(text, speaker):
    assert speaker in received(text, "ASSAULT")
