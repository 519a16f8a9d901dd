"""A Korean negated meeting set against one held before it (meet55, lexicon `meeting_contrast_re`,
lang/base/meetings.py `denied_beside_held`): '…와 회담했으나 B는 만나지 못했다' tells whom the visitor did not see; B
holds no meeting, not even a cancelled one. A contrast without a negated meeting word leaves the held meeting
alone. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

PUB = date(2024, 11, 8)
HEAD = "그레이스 오티에노 케냐 외교장관은 5일 캄팔라를 방문해 폴 오켈로 우간다 국방장관과 "

NOT_MET = [
    HEAD + "회담했으나 사무엘 무기샤 대통령은 만나지 못했다.",
    HEAD + "3시간 동안 회담했지만 사무엘 무기샤 대통령과 군 사령관은 만나지 않았다.",
]


def consults(text):
    return [e for e in extract_text(text, published=PUB).events if e.type == "CONSULT"]


def names(event) -> set[str]:
    return {p.name for p in event.participants}


@pytest.mark.parametrize("text", NOT_MET)
def test_people_not_met_hold_no_meeting(text):
    found = consults(text)
    assert [e.status for e in found] == ["occurred"], [(e.status, names(e)) for e in found]
    assert not any("무기샤" in n for n in names(found[0])), names(found[0])


def test_contrast_without_negated_meeting_keeps_the_meeting():
    found = consults(HEAD + "회담했으나 국경 협정에는 서명하지 않았다.")
    assert [e.status for e in found] == ["occurred"], [(e.status, names(e)) for e in found]
    assert any("오켈로" in n or n == "Uganda" for n in names(found[0])), names(found[0])  # the counterpart's side
