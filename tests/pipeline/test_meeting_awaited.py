"""(meet52) A meeting of another moment that names only its counterpart is the main clause's subject's, dated by its
own phrase: 'A criticised X ahead of talks with B due on May 20', 'A는 오는 20일 열릴 B와의 회담을 앞두고 ...'. The
date belongs to the meeting noun (planned), not to the main clause's act (pipeline/meeting_parties.awaited_by). A
subject of the counterpart's own state, or none that is a person, is no other side of it."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 15)


def meetings(article) -> list:
    return events_of(article, "CONSULT")


@pytest.mark.parametrize("text, day", [
    ("Argentine President Javier Milei on Tuesday criticised Chile ahead of talks with Chilean President Gabriel "
     "Boric due on May 20.", "2024-05-20"),
    ("하비에르 밀레이 아르헨티나 대통령은 14일 오는 20일 열릴 가브리엘 보리치 칠레 대통령과의 회담을 앞두고 칠레를 비판했다.",
     "2024-05-20"),
    ("하비에르 밀레이 아르헨티나 대통령은 14일 다음 달 3일로 예정된 가브리엘 보리치 칠레 대통령과의 회담에서 국경 문제를 "
     "제기하겠다고 밝혔다.", "2024-06-03"),
    ("Argentine President Javier Milei said on Tuesday he would raise the border dispute at talks with Chilean "
     "President Gabriel Boric slated for next Monday.", "2024-05-20"),
])
def test_awaited_meeting_is_the_subjects_on_its_own_day(extract, text, day):
    found = meetings(extract(text, published=DAY))
    assert any(names(e) == {"Javier Milei", "Gabriel Boric"} and str(e.date) == day and e.status == "planned"
               for e in found), [(names(e), e.date, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "카롤리나 토하 칠레 내무장관은 14일 오는 20일 열릴 가브리엘 보리치 칠레 대통령과의 회담을 앞두고 기자들에게 정부 입장을 "
    "설명했다.",
    "Shares in Santiago rose on Tuesday ahead of talks with Chilean President Gabriel Boric due on May 20.",
])
def test_no_other_side_no_meeting(extract, text):
    assert not meetings(extract(text, published=DAY))
