"""A signature drive, in both languages (plover61): signatures collected or gathered to press a demand, a signature
campaign launched ('began collecting signatures against the law', Korean '서명 운동에 돌입했다', '서명을 모으기
시작했다') is collective public dissent, the manual's PROTEST ("collective actions carried out as protests"), with no
mode of its table. Negative rows: a law or an accord signed (서명했다) is the signer's act, no drive. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

DRIVES = [
    "Bolivian opposition parties gathered signatures against the new mining law on Monday.",
    "Opposition activists in Bolivia began collecting signatures for a referendum on the mining law.",
    "Bolivian opposition groups launched a signature campaign against the new mining law.",
    "볼리비아 야권은 12일 대통령 퇴진을 요구하는 서명 운동에 돌입했다.",
    "볼리비아 야당은 12일 광업법 폐지를 요구하는 서명을 모으기 시작했다.",
]


@pytest.mark.parametrize("text", DRIVES)
def test_a_signature_drive_is_a_protest(text):
    found = events(text)
    assert [e.type for e in found if e.type == "PROTEST"] == ["PROTEST"], [(e.type, e.mode) for e in found]
    assert "BOL" in {p.country for e in found if e.type == "PROTEST" for p in (*e.participants, *e.recipients)}


SIGNED = [
    "Bolivia's president signed the mining law on Monday.",
    "볼리비아 대통령은 12일 광업법에 서명했다.",
    "볼리비아 대통령은 12일 칠레 대통령과 협정에 서명했다.",
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_text_signed_is_no_drive(text):
    assert not [e for e in events(text) if e.type == "PROTEST"]
