"""(support62) Edges of SUPPORT, AID, AGREE and CONSULT, one class per test, our own sentences in both languages.

1. Of two objects an act word's entries name from one word, the longer is read ('approved X's application for
   asylum' is asylum granted, AID, not the plain 'application' of a bid, SUPPORT): lang/en/act_window.longer_object."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants} - {r.country for r in e.recipients}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("Canada approved the application for asylum of a Peruvian journalist on Wednesday.", "AID", "CAN", "PER"),
    ("Iceland approved a Belarusian activist's application for asylum on Wednesday.", "AID", "ISL", "BLR"),
    ("캐나다 정부는 12일 페루 언론인의 망명 신청을 승인했다.", "AID", "CAN", "PER"),
    # negative rows: the plain application of a bid stays SUPPORT
    ("Chile approved Peru's application to join the trade bloc on Wednesday.", "SUPPORT", "CHL", "PER"),
    ("칠레 정부는 12일 페루의 가입 신청을 승인했다.", "SUPPORT", "CHL", "PER"),
])
def test_longer_object_read_first(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found and found[0][0] == {actor} and recipient in found[0][1], (text, found)


@pytest.mark.parametrize("text", [
    "Canada approved the application for asylum of a Peruvian journalist on Wednesday.",
    "Iceland approved a Belarusian activist's application for asylum on Wednesday.",
])
def test_asylum_application_is_no_bid(text):
    assert not sides(text, "SUPPORT"), text
