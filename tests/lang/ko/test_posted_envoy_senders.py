"""envoys50: whose envoy a bare posting names ('주C 대사'). The sender is the state the sentence's subject names
('B 정부는 주C 대사를 불러들였다': B's envoy in C), and the home state only when the subject names no state or home
itself. Sentences written for this test."""
from __future__ import annotations

import pytest
from kiwipiepy import Kiwi

from readout.api import extract_text
from readout.lang.ko.mentions import find_mentions

_KIWI = Kiwi()


def posted_envoy(text: str):
    """The mention whose title holds the posting word."""
    tokens = [(t.form, t.tag, t.start, t.len) for t in _KIWI.tokenize(text)]
    return next(m for m in find_mentions(text, tokens) if m.title and m.title.startswith("주"))


@pytest.mark.parametrize("text,sender", [
    ("멕시코 정부는 5일 주에콰도르 대사를 불러들였다고 밝혔다.", "MEX"),
    ("칠레 외교부 대변인은 주페루 대사를 본국으로 불러들였다고 말했다.", "CHL"),
    ("노르웨이는 7일 주벨라루스 대사를 소환해 협의했다.", "NOR"),
    ("우루과이 정부가 주파라과이 대사에게 귀국을 지시했다.", "URY"),
    # negatives: a subject naming no state, or the home state, or none at all: the home state's envoy
    ("외교부는 5일 주러시아 대사를 본국으로 불러들였다.", "KOR"),
    ("정부는 주인도네시아 대사를 교체하기로 했다.", "KOR"),
    ("한국 정부는 주캐나다 대사를 새로 임명했다.", "KOR"),
    ("이날 주태국 대사는 현지 교민들을 만났다.", "KOR"),
])
def test_posted_envoy_is_the_subjects(text, sender):
    assert posted_envoy(text).country == sender


@pytest.mark.parametrize("text", [
    "멕시코 정부는 5일 주에콰도르 대사를 불러들였다고 밝혔다.",
    "칠레 외교부는 6일 주볼리비아 대사를 본국으로 불러들였다.",
])
def test_recall_by_another_state_is_not_aimed_at_home(text):
    """A foreign state recalling its own envoy does nothing to the home state."""
    for event in extract_text(text, published="2026-03-12").events:
        assert "KOR" not in [r.country for r in event.recipients], (event.type, text)
        assert "KOR" not in [p.country for p in event.participants], (event.type, text)
