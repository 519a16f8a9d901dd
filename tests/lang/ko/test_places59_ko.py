"""places59 (issue 14): Korean place reading, classes 1 and 3. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, place


@pytest.mark.parametrize("text, located", [
    # (class 1) a province struck bare, heard among the provinces of the story's states; places58b's open row, now with
    # the story naming the province's state
    ("아프가니스탄 남부에서 교전이 격화됐다. 미군 전투기들이 밤새 헬만드를 공습했다.", ("Helmand", "AFG")),
    ("나이지리아 정부는 비상사태를 선포했다. 공군은 밤새 보르노를 공습했다.", ("Borno", "NGA")),
    # (class 3) a region the sentence's one named state has none of is the region of the state it belongs to
    ("러시아군은 14일 수미주에서 민간인 차량을 공격했다.", ("Sumy", "UKR")),  # Russia's forces, Ukraine's oblast
    ("이스라엘군은 지난밤 나바티예주에서 공습을 단행했다.", ("Nabatieh", "LBN")),
    ("러시아군은 지난밤 도네츠크주에서 병원을 포격했다.", ("Donetsk", "UKR")),
    ("러시아군은 우크라이나 폴타바주에서 병원을 공습했다.", ("Poltava", "UKR")),  # the state before it: as before
])
def test_region_struck_or_of_its_own_state_ko(text, located):
    assert place(text, "ASSAULT") == located


@pytest.mark.parametrize("text", [
    "미군 전투기들이 밤새 헬만드를 공습했다.",  # no state of the province in the story: no place
    "수단 내전이 계속되고 있다. 반군은 다르포르를 공격했다.",  # Slovenia's municipality Tabor is no province
])
def test_bare_struck_word_no_province_ko(text):
    """(class 1) The attack is read, and no region is its place."""
    located = [e.location for e in events(text) if e.type == "ASSAULT"]
    assert located and all(loc is None or loc.precision != "region" for loc in located), located
