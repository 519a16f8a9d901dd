"""Entering into negotiations with another side is holding talks with it (PLOVER CONSULT), not an intent to negotiate:
CAMEO 036 read 'enter + negotiations' as AGREE, so 'A entered into negotiations with B' gave an AGREE beside the
meeting. Still to come ('will enter into negotiations'), it is the planned meeting. An agreement to negotiate
('agreed to open negotiations') keeps its own AGREE. Our own sentences (meetfollow66)."""
from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries


def found(text: str) -> list[tuple[str, str, set[str]]]:
    events = extract_text(text, published=date(2026, 9, 14)).events
    return [(e.type, e.status, countries(e.participants)) for e in events]


@pytest.mark.parametrize("text, status", [
    ("Norway entered into negotiations with Sweden on Tuesday.", "occurred"),
    ("Finland has entered negotiations with Estonia over fishing rights.", "occurred"),
])
def test_entering_negotiations_is_talks_held(text, status):
    got = found(text)
    assert [e for e in got if e[0] == "CONSULT" and e[1] == status], got
    assert not [e for e in got if e[0] == "AGREE"], got


@pytest.mark.parametrize("text", [
    "Norway agreed to open negotiations with Sweden.",
])
def test_agreeing_to_negotiate_keeps_its_agree(text):
    assert [e for e in found(text) if e[0] == "AGREE"], found(text)
