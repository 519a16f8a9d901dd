"""A promise one maker of a joint accord gave another, told in the same document, is that accord (support66,
pipeline/promised_accords.py); a promise to an outsider, or on another day, stays its own act; 'offered support to X'
is a promise made to X. Our own sentences."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.conftest import countries

DAY = date(2026, 3, 10)


def agree_sides(extract, text: str) -> Counter:
    """(makers, receivers) of each AGREE the document gives, counted."""
    out = []
    for e in extract(text, published=DAY).events:
        if e.type == "AGREE":
            receivers = countries(e.recipients)
            out.append((frozenset(countries(e.participants) - receivers), frozenset(receivers)))
    return Counter(out)


URY, PRY, CHL = "URY", "PRY", "CHL"
JOINT = (frozenset({URY, PRY}), frozenset())


@pytest.mark.parametrize("text, expected", [
    ("Uruguay and Paraguay signed a river treaty on Monday. Uruguay also pledged support to Paraguay.", [JOINT]),
    ("Uruguay and Paraguay signed a river treaty on Monday, and Uruguay pledged support to Paraguay.", [JOINT]),
    ("Uruguay pledged support to Paraguay on Monday. Uruguay and Paraguay signed a river treaty on Monday.", [JOINT]),
    ("우루과이와 파라과이는 9일 하천 조약에 서명했다. 우루과이는 또 파라과이에 지원을 약속했다.", [JOINT]),
    ("우루과이와 파라과이는 9일 하천 조약에 서명했고, 우루과이는 파라과이에 지원을 약속했다.", [JOINT]),
    # negative: a promise to a state outside the accord's circle is another act
    ("Uruguay and Paraguay signed a river treaty on Monday. Uruguay also pledged support to Chile.",
     [(frozenset({URY}), frozenset({CHL})), JOINT]),
    ("Uruguay and Paraguay signed a river treaty on Monday, and Uruguay pledged support to Chile.",
     [(frozenset({URY}), frozenset({CHL})), JOINT]),
    ("우루과이와 파라과이는 9일 하천 조약에 서명했고, 우루과이는 칠레에 지원을 약속했다.",
     [(frozenset({URY}), frozenset({CHL})), JOINT]),
    # negative: a promise its own words date to another day is another act
    ("Uruguay and Paraguay signed a river treaty on Monday. On Thursday, March 5, Uruguay had pledged support to "
     "Paraguay.", [(frozenset({URY}), frozenset({PRY})), JOINT]),
], ids=["en-next-sentence", "en-one-sentence", "en-promise-first", "ko-next-sentence", "ko-one-sentence",
        "en-outsider", "en-outsider-one-sentence", "ko-outsider", "en-another-day"])
def test_promise_beside_accord(extract, text, expected):
    assert agree_sides(extract, text) == Counter(expected)


@pytest.mark.parametrize("text, expected", [
    ("Uruguay offered support to Paraguay on Monday.", [(frozenset({URY}), frozenset({PRY}))]),
    ("Uruguay pledged full support to Paraguay on Monday.", [(frozenset({URY}), frozenset({PRY}))]),
    ("우루과이는 9일 파라과이에 지원을 약속했다.", [(frozenset({URY}), frozenset({PRY}))]),
    # a 'with' inside the phrase of the one promised to is that party's, no partner of the promise
    ("Uruguay offered support to Paraguay in its dispute with Bolivia on Monday.",
     [(frozenset({URY}), frozenset({PRY}))]),
    # negative: condolences offered are sympathy shown now, no promise
    ("Uruguay offered condolences to Paraguay on Monday.", []),
    # negative: support pledged to do something with a partner stays mutual, the partner a maker
    ("Uruguay pledged support to further deepen its river cooperation with Paraguay.", [JOINT]),
], ids=["en-offered", "en-pledged", "ko-promised", "en-addressee-phrase", "en-condolences", "en-to-do-with"])
def test_support_offered_to_a_state(extract, text, expected):
    assert agree_sides(extract, text) == Counter(expected)
