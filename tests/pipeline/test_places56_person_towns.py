"""places56 (issue 13): a town heard by sound whose word the story reads as a person's name is no town
(pipeline/person_towns.person_named_towns; lang/common.HEARD marks the places read by sound). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def coerce_place(text: str):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert found, [(e.type, e.location) for e in events(text)]
    return found[-1].location and (found[-1].location.name, found[-1].location.country)


@pytest.mark.parametrize("text, place", [
    # the word read as a person first (a title after it): no Milan
    ("미국의 밀러 장관은 화요일 이탈리아를 찾았다. 이탈리아 경찰은 수요일 밀러에서 시위대를 해산했다.", None),
    ("이탈리아 경찰은 수요일 밀러에서 시위대를 해산했다.", ("Milan", "ITA")),  # no person so named: the town, as before
    ("미국의 존슨 장관은 화요일 우크라이나를 찾았다. 러시아군은 수요일 자포리자에서 주민 3명을 구금했다.",
     ("Zaporizhzhya", "UKR")),  # another person: the town stays
    # English reads no town by sound: a person named like a town leaves the town a table reads
    ("US Secretary Tom Milan visited Italy on Tuesday. Police in Milan dispersed protesters on Wednesday.",
     ("Milan", "ITA")),
])
def test_a_person_named_so_is_no_heard_town(text, place):
    assert coerce_place(text) == place
