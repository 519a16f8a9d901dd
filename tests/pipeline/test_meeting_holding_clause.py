"""(meet52) A meeting noun held by the relative clause before it: '[A가 지난달 9일 B와 가진] 회담에서', '[B와 나눈] 전화
통화에서 비롯됐다', 'A's April 9 phone call with B'. The clause names the meeting's parties and its day, though the
sentence's own act is another (a row began, a matter was raised); read alone, the noun was a mere scene of that act
and the recalled meeting was lost (lang/ko/meeting_joint.holding_clause). A relative clause with no 'with' party
('[B가 제안한] 회담을 거부했다') holds no meeting."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 3)


def meetings(article) -> list:
    return events_of(article, "CONSULT")


@pytest.mark.parametrize("text, day, status", [
    ("논란은 하비에르 밀레이 아르헨티나 대통령이 지난달 9일 가브리엘 보리치 칠레 대통령과 나눈 전화 통화에서 비롯됐다.",
     "2024-04-09", "occurred"),
    ("하비에르 밀레이 아르헨티나 대통령은 지난달 9일 가브리엘 보리치 칠레 대통령과 가진 회담에서 국경 문제를 거론했다.",
     "2024-04-09", "occurred"),
    ("하비에르 밀레이 아르헨티나 대통령은 지난달 9일 가브리엘 보리치 칠레 대통령과 나눈 통화에서 국경 문제를 거론했다.",
     "2024-04-09", "occurred"),
    ("하비에르 밀레이 아르헨티나 대통령은 다음 달 9일 가브리엘 보리치 칠레 대통령과 가질 회담에서 국경 문제를 논의할 계획이다.",
     "2024-06-09", "planned"),
    ("The row began with Argentine President Javier Milei's April 9 phone call with Chilean President Gabriel Boric.",
     "2024-04-09", "occurred"),
    ("The row began with a phone call between Argentine President Javier Milei and Chilean President Gabriel Boric "
     "on April 9.", "2024-04-09", "occurred"),
])
def test_meeting_held_by_its_relative_clause(extract, text, day, status):
    found = meetings(extract(text, published=DAY))
    assert any(names(e) == {"Javier Milei", "Gabriel Boric"} and str(e.date) == day and e.status == status
               for e in found), [(names(e), e.date, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "하비에르 밀레이 아르헨티나 대통령은 가브리엘 보리치 칠레 대통령이 제안한 회담을 거부했다고 밝혔다.",
])
def test_relative_clause_without_counterpart_holds_no_meeting(extract, text):
    assert not meetings(extract(text, published=DAY))
