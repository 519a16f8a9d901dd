"""A negated meeting set against one held before it, both languages (meet55, lexicon `meeting_contrast_re`,
lang/base/meetings.py `denied_beside_held`): 'held talks with A but did not meet B' / '…와 회담했으나 B는 만나지
못했다' tells whom the visitor did not see; no meeting with B was arranged, so B holds no meeting, not even a
cancelled one, and the held meeting keeps only its own participants. A contrast without a negated meeting word
leaves the held meeting alone. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2024, 11, 8)
EN = "Kenyan Foreign Minister Grace Otieno "
KO = "그레이스 오티에노 케냐 외교장관은 5일 캄팔라를 방문해 폴 오켈로 우간다 국방장관과 "

NOT_MET = [  # (text, a name of the person not met)
    (EN + "held talks with Ugandan Defence Minister Paul Okello in Kampala on Tuesday but did not meet President "
     "Samuel Mugisha.", "Mugisha"),
    (EN + "met Ugandan Defence Minister Paul Okello in Kampala on Tuesday, though she never met President Samuel "
     "Mugisha or the army commander.", "Mugisha"),
    ("On Tuesday " + EN + "spent three hours in talks with Ugandan Defence Minister Paul Okello, yet she did not get "
     "to meet President Samuel Mugisha.", "Mugisha"),
    (KO + "회담했으나 사무엘 무기샤 대통령은 만나지 못했다.", "무기샤"),
    (KO + "3시간 동안 회담했지만 사무엘 무기샤 대통령과 군 사령관은 만나지 않았다.", "무기샤"),
]
KEPT = [  # (text, names that tell the counterpart's side stays in the held meeting)
    (EN + "met Ugandan Defence Minister Paul Okello in Kampala on Tuesday, but the two did not sign any accord.",
     ("Okello",)),
    (KO + "회담했으나 국경 협정에는 서명하지 않았다.", ("오켈로", "Uganda")),
]


def consults(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


def names(event) -> set[str]:
    return {p.name for p in event.participants}


@pytest.mark.parametrize("text,absent", NOT_MET)
def test_people_not_met_hold_no_meeting(text, absent):
    found = consults(text)
    assert [e.status for e in found] == ["occurred"], [(e.status, names(e)) for e in found]
    assert not any(absent in n for n in names(found[0])), names(found[0])


@pytest.mark.parametrize("text,kept", KEPT)
def test_contrast_without_negated_meeting_keeps_the_meeting(text, kept):
    found = consults(text)
    assert [e.status for e in found] == ["occurred"], [(e.status, names(e)) for e in found]
    assert any(k in n for n in names(found[0]) for k in kept), names(found[0])
