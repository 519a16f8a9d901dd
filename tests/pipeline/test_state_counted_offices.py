"""An office counted by states ('양국 국방장관': one minister in each of two states) whose holders the story never
named stands for the story's principal pair (the sides of its latest conflict act or accord of that many), not for
the last two people named as subjects in other offices, such as a mediating president and one leader (actors56;
pipeline/act_side_items.state_counted_offices, pipeline/meeting_parties.expand). A group counting people ('두
정상') still reads the people named. Sentences of our own; the English group word reads the states already."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

STORY_KO = ("(서울=연합뉴스) 말라위와 모잠비크가 5일 평화 선언에 서명했다.\n\n"
            "아마니 몰렐 탄자니아 대통령은 서명식에서 이번 합의를 높이 평가했다. 치소모 반다 말라위 대통령은 몰렐 대통령에게 감사를 표했다.\n\n"
            "모잠비크는 말라위가 국경에 병력을 증강했다고 비난했고, 에티오피아는 이를 부인했다. "
            "양국 국방장관은 앞서 8월 3일 다르에스살람에서 회의를 열고 포로를 교환하기로 합의한 바 있다.")
STORY_EN = ("Malawi and Mozambique signed a peace declaration on Friday.\n\nTanzanian President Amani Mollel praised the deal "
            "at the ceremony. Malawian President Chisomo Banda thanked Mollel.\n\nMozambique accused Malawi of massing "
            "troops on the border, and Malawi denied it. The two countries' defence ministers had agreed in Dar es Salaam on "
            "Aug. 3 to exchange prisoners.")


@pytest.mark.parametrize("text", [STORY_KO, STORY_EN])
def test_state_counted_office_is_the_principal_pair(text):
    found = sides(text, "AGREE", "2025-09-06")
    assert all(set(a) == {"MWI", "MOZ"} for a, _r in found) and len(found) == 2, found


def test_no_meeting_of_the_last_two_subjects():
    meetings = sides(STORY_KO, "CONSULT", "2025-09-06")
    assert not any("TZA" in a for a, _r in meetings), meetings


def test_people_counted_still_read_the_people_named():
    text = ("(서울=연합뉴스) 아마니 몰렐 탄자니아 대통령은 5일 릴롱궤에 도착했다. 치소모 반다 말라위 대통령은 몰렐 대통령을 "
            "환영했다.\n\n두 정상은 이날 국경 무역을 확대하기로 합의했다.")
    assert [set(a) for a, _r in sides(text, "AGREE", "2025-09-06")] == [{"MWI", "TZA"}]
