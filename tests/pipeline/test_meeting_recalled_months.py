"""(meet52) A recalled meeting dated by its own month phrase, not by the day the story stands on:
- 'the same month', 'later that month', '같은 달': the month of the last date the text told before it (readout/dating
  same_month, pipeline/story_days.same_month_of);
- '이에 앞서 3월 초 X를 찾아 B와도 회담했다': a bare month after 'earlier' (앞서) dates the sentence's own recalled act, as
  '지난 1월' does (ko lexicon earlier_own_date_re), instead of being dropped as another act's background day."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 12, 12)
OPENING_KO = "카심조마르트 토카예프 카자흐스탄 대통령은 3월 6일 개헌안에 서명했다. "
OPENING_EN = "Kazakh President Kassym-Jomart Tokayev signed a constitutional amendment on March 6. "


def dated(article, pair: set[str]) -> list[tuple[str | None, str | None]]:
    return [(str(e.date), e.date_precision) for e in events_of(article, "CONSULT") if names(e) == pair]


@pytest.mark.parametrize("text, pair", [
    (OPENING_KO + "그는 같은 달 튀르키예를 방문해 레제프 타이이프 에르도안 대통령과 회담했다.",
     {"Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"}),
    (OPENING_EN + "Later that month he visited Turkey and held talks with Turkish President Recep Tayyip Erdogan in Ankara.",
     {"Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"}),
    (OPENING_EN + "He held talks with Turkish President Recep Tayyip Erdogan in Ankara the same month.",
     {"Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"}),
    (OPENING_KO + "토카예프 대통령은 이에 앞서 3월 초 우즈베키스탄을 찾아 샵카트 미르지요예프 대통령과도 회담했다.",
     {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}),
])
def test_recalled_meeting_takes_its_month(extract, text, pair):
    found = dated(extract(text, published=DAY), pair)
    assert found == [("2024-03-01", "month")], found


@pytest.mark.parametrize("text", [
    OPENING_KO + "그는 같은 날 튀르키예를 방문해 레제프 타이이프 에르도안 대통령과 회담했다.",
    OPENING_EN + "Later that day he held talks with Turkish President Recep Tayyip Erdogan in Ankara.",
])
def test_same_day_stays_a_day(extract, text):
    found = dated(extract(text, published=DAY), {"Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"})
    assert found == [("2024-03-06", "day")], found
