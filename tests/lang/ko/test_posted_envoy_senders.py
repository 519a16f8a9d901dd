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
    ("멕시코 정부는 5일 주에콰도르 대사가 귀국했다고 밝혔다.", "MEX"),
    ("칠레 외교부 대변인은 주페루 대사가 곧 복귀할 것이라고 말했다.", "CHL"),
    ("노르웨이는 7일 주벨라루스 대사가 현지 당국에 항의했다고 발표했다.", "NOR"),
    ("우루과이 정부가 주파라과이 대사에게 귀국을 지시했다.", "URY"),
    # negatives: a subject naming no state, or the home state, or none at all: the home state's envoy
    ("외교부는 5일 주러시아 대사가 현지 외교부와 면담했다고 밝혔다.", "KOR"),
    ("정부는 주인도네시아 대사에게 교민 보호를 지시했다.", "KOR"),
    ("한국 정부는 주캐나다 대사가 이 문제를 제기했다고 전했다.", "KOR"),
    ("이날 주태국 대사는 현지 교민들을 만났다.", "KOR"),
])
def test_posted_envoy_is_the_subjects(text, sender):
    assert posted_envoy(text).country == sender


# The envoy as the object: the host is the side the act is aimed at ('주C 대사를 불러들였다': a recall from C), as
# in 'C 주재 대사를'; a state between the posting and the mission noun makes the envoy that state's (no host side).
RECALLS = [
    ("멕시코 정부는 5일 주에콰도르 대사를 불러들였다고 밝혔다.", {"MEX"}, {"ECU"}),
    ("칠레 외교부는 6일 주볼리비아 대사를 본국으로 불러들였다.", {"CHL"}, {"BOL"}),
    ("외교부는 5일 주러시아 대사를 본국으로 불러들였다.", {"KOR"}, {"RUS"}),
    ("중국 외교부는 주중 미국 대사를 초치했다.", {"CHN"}, {"USA"}),
]


@pytest.mark.parametrize("text,actors,recipients", RECALLS)
def test_recalled_posting_aims_at_the_host(text, actors, recipients):
    found = [e for e in extract_text(text, published="2026-03-12").events if e.type in ("SANCTION", "ACCUSE")]
    assert found, text
    assert {p.country for p in found[0].participants} == actors
    assert {r.country for r in found[0].recipients} == recipients
