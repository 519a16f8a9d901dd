"""(force60) A passive deed restated as a record ('X가 체포된 것은 처음이다', '나포된 것은 올해 세 번째다'): the clause's
subject suffered the deed and names no doer, so the deed is judged as a thing told before
(lang/ko/act_judged_kinds.judged_deed_clause), no new act; the act told in its own sentence stays, once. Our own sentences
(English restated facts: no such reader yet)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB

RESTATED = [  # a deed and then its passive restated as a record: the deed once (sentence, type, actor)
    ("볼리비아 경찰은 시위 현장에서 야당 대표를 체포했다. 볼리비아 야당 대표가 체포된 것은 올해 들어 두 번째다.",
     "COERCE", {"BOL"}),
    ("에콰도르 해군은 15일 갈라파고스 인근에서 페루 어선 3척을 나포했다. 페루 어선이 에콰도르 해군에 나포된 것은 이번 "
     "달에만 세 번째다.", "COERCE", {"ECU"}),
    ("볼리비아 경찰은 시위 현장에서 야당 의원을 곤봉으로 폭행했다. 볼리비아 야당 의원이 경찰에 폭행당한 것은 올해 들어 "
     "두 번째다.", "ASSAULT", {"BOL"}),
]


@pytest.mark.parametrize("text, kind, actor", RESTATED)
def test_a_restated_passive_deed_is_no_new_act(text, kind, actor):
    found = [e for e in extract_text(text, published=PUB).events if e.type == kind]
    assert len(found) == 1, [(e.type, e.sentence if hasattr(e, "sentence") else "") for e in found]
    assert {p.country for p in found[0].participants} == actor


def test_a_restated_record_alone_adds_no_seizure():
    text = "가이아나 어선이 베네수엘라 해군에 나포된 것은 올해 들어 벌써 세 번째라고 현지 언론은 전했다."
    assert not [e for e in extract_text(text, published=PUB).events if e.type == "COERCE"]


def test_a_passive_deed_told_as_news_stays():  # negative: no 것은 record frame, the seizure is the news
    text = "가이아나 어선 2척이 18일 베네수엘라 해군에 의해 나포됐다고 가이아나 정부가 밝혔다."
    found = [e for e in extract_text(text, published=PUB).events if e.type == "COERCE"]
    assert found and {p.country for p in found[0].participants} == {"VEN"}
