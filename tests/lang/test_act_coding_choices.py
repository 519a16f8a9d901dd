"""(coding63) One coding of five acts in both languages (docs/coding-choices.md): a retreat stated for the future is
AGREE; an apology is SUPPORT; a resignation is RETREAT resign, planned when announced or offered, occurred when done;
a border opened again is CONCEDE towards the state across it, and a welcome of that move praises its doer; a crowd-control
weapon fired to disperse a crowd is force on that crowd (the state's own people), and one fired in a drill is no force.
Our own sentences, one table per class, each class in English and Korean, with rows that must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def of_type(text: str, kind: str) -> list[tuple[str | None, str, set[str], set[str]]]:
    return [(e.mode, e.status, {p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


APOLOGIES = [  # (sentence, actor, recipient)
    ("Uruguay apologized to Paraguay on Wednesday for the border incident.", "URY", "PRY"),
    ("Uruguay's foreign minister issued a formal apology to Paraguay on Wednesday.", "URY", "PRY"),
    ("우루과이 정부는 12일 국경 사건에 대해 파라과이에 사과했다.", "URY", "PRY"),
    ("우루과이 외교부는 12일 파라과이 정부에 공식 사과를 전했다.", "URY", "PRY"),
]


@pytest.mark.parametrize("text, actor, recipient", APOLOGIES)
def test_apology_is_support(text, actor, recipient):
    found = of_type(text, "SUPPORT")
    assert found, text
    _mode, _status, actors, receiving = found[0]
    assert actor in actors and receiving == {recipient}
    assert not of_type(text, "CONCEDE")


@pytest.mark.parametrize("text, kind", [
    # negatives: an apology demanded is a request; remorse stays CONCEDE (the manual's regret or remorse)
    ("Paraguay demanded an apology from Uruguay on Wednesday.", "SUPPORT"),
    ("파라과이는 12일 우루과이에 사과를 요구했다.", "SUPPORT"),
    ("우루과이 대통령은 12일 과거 군정의 인권 침해에 대해 반성의 뜻을 밝혔다.", "SUPPORT"),
])
def test_no_apology(text, kind):
    assert not of_type(text, kind), of_type(text, kind)
