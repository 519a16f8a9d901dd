"""Korean acts: a list of officials of several states whose members are joined by a comma as well as by 과/와
('A 대통령과 B 총리, C 외교장관도 ...를 규탄했다', 'A 대통령과 B 대통령 등 이웃 정상들도'; lang/ko/particle_roles
.comma_member, coordinating_with, particle_role). The comma-closed member read as a modifier of the next and the first
(comitative 과) as a partner, so only the last official's state acted, or none. Every listed state acts. Each row is
a sentence we wrote for the test, read through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

PUB = date(2024, 8, 14)
STORY = "가봉 수도에서 13일 군 일부가 정부 청사를 점거하는 쿠데타 시도가 벌어졌다. "


def sides(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return event_sides(text, PUB)


# sentence, type, the listed states (all act), the receiving state
LISTED = [
    (STORY + "나이지리아 대통령과 케냐 대통령, 세네갈 대통령도 가봉 군부를 규탄했다.", "ACCUSE",
     {"NGA", "KEN", "SEN"}, "GAB"),
    (STORY + "카메룬 총리와 잠비아 외교장관, 앙골라 대통령도 14일 가봉 군부의 권력 장악 시도를 비난했다.", "ACCUSE",
     {"CMR", "ZMB", "AGO"}, "GAB"),
    (STORY + "나이지리아 대통령과 케냐 대통령 등 아프리카 정상들도 가봉 군부를 규탄했다.", "ACCUSE",
     {"NGA", "KEN"}, "GAB"),
    (STORY + "르완다 대통령과 탄자니아 총리, 에티오피아 총리 등 아프리카 지도자들도 가봉 군부를 강하게 비판했다.",
     "ACCUSE", {"RWA", "TZA", "ETH"}, "GAB"),
]


@pytest.mark.parametrize("text,type_,actors,recipient", LISTED)
def test_comma_listed_officials_all_act(text, type_, actors, recipient):
    found = sides(text)
    assert any(t == type_ and actors <= acting and recipient in received for t, acting, received in found), found


# negative: a comma list after a topic names those met, not more subjects
def test_comma_list_after_topic_stays_the_other_party():
    found = sides("나이지리아 외교장관은 14일 케냐 외교장관, 세네갈 외교장관과 잇따라 회담했다.")
    assert not any(t == "CONSULT" and {"KEN", "SEN"} <= acting and "NGA" not in acting | received
                   for t, acting, received in found), found
    assert any(t == "CONSULT" and "NGA" in acting | received for t, acting, received in found), found
