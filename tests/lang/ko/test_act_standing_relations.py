"""A Korean adnominal clause describing a standing relation is no act (victims48; the English ', with which X
maintains close ties' is lang/en/act_standing): '긴밀한 관계를 유지하고 있는 B', '우호 관계를 맺어 온 B' describe
the noun after them, and only the main verb's act is kept. Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import events_of

DAY = date(2026, 9, 14)


@pytest.mark.parametrize("text, kept", [
    ("노르웨이는 긴밀한 관계를 유지하고 있는 가나에 중재 역할을 요청했다.", "REQUEST"),
    ("칠레와 전통적으로 우호 관계를 맺어 온 페루는 14일 볼리비아의 쿠데타 시도를 규탄했다.", "ACCUSE"),
])
def test_standing_relation_clause_is_no_support(text, kept):
    events = events_of(extract_text(text, published=DAY))
    assert [e for e in events if e.type == kept]
    assert not [e for e in events if e.type == "SUPPORT"]
