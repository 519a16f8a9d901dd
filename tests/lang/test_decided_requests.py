"""(request62) A demand decided is a demand made: 'decided to demand that B release ...', '요구하기로 했다' is an occurred
REQUEST in both languages (a request is a verbal act, and announcing the decision states it, as the manual codes an
announced retreat as the CONCEDE it states; en_acts additions decided_types, Korean '-기로 했다'). A demand only
planned or future ('will demand', 'plans to ask', '요구할 방침이다') stays planned. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {
    "a decided demand": [
        ("Uruguay decided to demand that Paraguay release the sailors.", "occurred"),
        ("Uruguay has decided to ask Paraguay to release the sailors.", "occurred"),
        ("우루과이 정부는 파라과이에 선원들의 석방을 요구하기로 했다.", "occurred"),
    ],
    "a future demand (negative: not occurred)": [
        ("Uruguay will demand that Paraguay release the sailors.", "planned"),
        ("Uruguay plans to ask Paraguay to release the sailors.", "planned"),
        ("우루과이 정부는 파라과이에 선원들의 석방을 요구할 방침이다.", "planned"),
    ],
}


@pytest.mark.parametrize("text, status", class_rows(ROWS))
def test_decided_demand_status(text, status):
    first = first_of(events(text), type="REQUEST")
    assert [p.country for p in first.participants] == ["URY"]
    assert [r.country for r in first.recipients] == ["PRY"]
    assert first.status == status
