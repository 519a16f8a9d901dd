"""(towns48, issue 14) One Hangul name for towns of several states ('트리폴리': Libya's and Lebanon's; '보르': South
Sudan's, Serbia's, Russia's): the town of the one state the sentence names, else the state the story names most
(lang/ko/shared_towns.py, pipeline/places.story_places), as English reads its shared towns. Negative rows: a name
only one state's towns bear stays that town, whatever state the sentence names.
Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, "towns48.txt", "2026-03-02").places}


@pytest.mark.parametrize("text, place", [
    ("레바논 군은 5일 트리폴리에서 무장대원들과 교전했다.", ("Tripoli", "LBN")),
    ("리비아 군은 5일 트리폴리에서 무장대원들과 교전했다.", ("Tripoli", "LBY")),
    ("남수단 정부군은 6일 보르에서 반군과 교전했다.", ("Bor", "SSD")),
])
def test_a_shared_town_is_the_named_states(text, place):
    assert place in places(text), places(text)


def test_a_shared_town_no_sentence_decides_takes_the_storys_state():
    text = ("레바논 정부는 5일 비상 각료회의를 열었다. 무장대원들이 5일 트리폴리에서 총격전을 벌였다. "
            "레바논 군이 출동했다.")
    assert ("Tripoli", "LBN") in places(text), places(text)


@pytest.mark.parametrize("text, place", [
    ("무장대원들이 5일 트리폴리에서 총격전을 벌였다.", ("Tripoli", "LBY")),  # no state named: the larger town
    ("레바논 군은 5일 다마스쿠스에서 시리아 측과 만났다.", ("Damascus", "SYR")),  # no shared name
    ("북한 대표단이 5일 수원에서 회의를 열었다.", ("Suwon", "KOR")),  # a town no other state shares, another state named
])
def test_an_unshared_or_undecided_town_keeps_its_reading(text, place):
    assert place in places(text), places(text)
