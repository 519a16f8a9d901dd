"""places59b (issue 14, class 1, open): a town's Hangul name that is also a Korean common noun before another common
noun ('도하 훈련', a river-crossing drill) is no town outside a place role. Open: kiwi 0.24 reads 도하 as a proper noun
in every context (its four best analyses hold no 도하/NNG), so no reader can tell the noun; the fix needs a list of
Sino-Korean common nouns (none is installed). Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.lang.ko.places import find_places


def names(text: str) -> set[str]:
    return {p.name for p in find_places(text, 0)}


@pytest.mark.parametrize("text", [
    "한국군은 한강 일대에서 도하 훈련을 실시했다.",  # places60: the head noun after it makes the compound (compound_towns)
])
def test_common_noun_before_noun_is_no_town(text):
    assert "Doha" not in names(text)


@pytest.mark.parametrize("text, town", [
    ("카타르 외무장관은 도하에서 이란 대표단과 회담했다.", "Doha"),  # a locative: the town
    ("경찰은 수원에서 시위대를 해산시켰다.", "Suwon"),  # 수원 the city before its locative
])
def test_town_in_place_role(text, town):
    assert town in names(text)
