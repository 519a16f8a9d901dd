"""consult14 probes: a meeting word that refers back to the story's meeting ('두 정상의 만남은', 'Their meeting') gives
it no place from a clause of another moment: '[지난달 로마에서 열린] 첫 회담 이후 한 달여 만이다' places the earlier
talks, not today's (lang/ko/clauses.recalled_relative marks it subordinate; pipeline/meeting_referred.referred_meeting)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2021, 6, 14)


@pytest.mark.parametrize("text", [
    "문재인 대통령과 스가 요시히데 일본 총리는 13일 별도로 양자 회담을 했다. 두 정상의 만남은 지난달 10일 이탈리아 "
    "로마에서 열린 첫 회담 이후 한 달여 만이다.",
    "President Moon Jae-in and Japanese Prime Minister Yoshihide Suga held separate bilateral talks on Sunday. Their "
    "meeting was the first since their talks in Rome last month.",
])
def test_recalled_occasion_gives_no_place(extract, text):
    found = [e for e in events_of(extract(text, published=DAY), "CONSULT") if e.date == date(2021, 6, 13)]
    assert found and all(e.location is None or e.location.name != "Rome" for e in found), \
        [(e.date, e.location) for e in found]
