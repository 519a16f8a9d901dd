"""consult14 probes: a meeting noun that only dates or places another act ('북한이 [한일중 정상회의가 열린] 27일 밤
미사일을 발사했다') has the parties its own relative clause names; the main clause's subject, before or after it, is
none of them (lang/ko/meeting_relatives.py). English 'on the day X met Y' already keeps the firing state out."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2023, 3, 17)


def parties(extract, text: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in events_of(extract(text, published=DAY), "CONSULT")]


@pytest.mark.parametrize("text, outsider", [
    ("북한이 한일 정상회담이 열린 16일 오전 단거리 탄도미사일을 쐈다.", "Kim Jong Un"),
    ("한일 정상회담이 열린 16일 오전 북한이 단거리 탄도미사일을 쐈다.", "Kim Jong Un"),
    ("러시아는 한일 정상회담이 열린 날 동해에서 훈련을 시작했다.", "Vladimir Putin"),
    ("North Korea fired a short-range ballistic missile on the day the leaders of South Korea and Japan met in Tokyo.",
     "Kim Jong Un"),
])
def test_main_clause_subject_is_no_party_of_a_dating_meeting(extract, text, outsider):
    found = parties(extract, text)
    assert found and all(outsider not in group for group in found), found


@pytest.mark.parametrize("text", [
    "윤석열 대통령과 기시다 후미오 일본 총리의 정상회담이 열린 16일 북한이 미사일을 쐈다.",
    "윤석열 대통령은 기시다 후미오 일본 총리와 16일 도쿄에서 회담했다.",
])
def test_names_inside_the_meeting_clause_stay_parties(extract, text):
    found = parties(extract, text)
    assert {"Yoon Suk Yeol", "Fumio Kishida"} in found, found
