"""merge14: a planned meeting of a pair, dated by its own words to a day after their held meeting ('On Wednesday, A
and B are set to co-host ...', '11일 ... 다시 만날 예정이다'), is their next meeting: one document keeps the held
meeting on its own day and the plan apart (pipeline/consolidate.plan_after_held)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2026, 3, 10)
PAIR = {"Friedrich Merz", "Emmanuel Macron"}


def extract_text(text):
    from readout.api import extract_text as run
    return run(text, "fixture.txt", DAY)


@pytest.mark.parametrize("text", [
    "BERLIN, March 10 -- German Chancellor Friedrich Merz and French President Emmanuel Macron held talks at the "
    "chancellery in Berlin, officials said. The two leaders discussed defence spending. On Wednesday, Merz and Macron "
    "are set to co-host a conference of European defence ministers in Berlin.",
    "프리드리히 메르츠 독일 총리와 에마뉘엘 마크롱 프랑스 대통령은 베를린 총리실에서 정상회담을 했다. 두 정상은 국방비 문제를 "
    "논의했다. 메르츠 총리와 마크롱 대통령은 11일 베를린에서 다시 만날 예정이다.",
    "프리드리히 메르츠 독일 총리와 에마뉘엘 마크롱 프랑스 대통령은 베를린 총리실에서 회담했다. 메르츠 총리와 마크롱 대통령은 "
    "11일에는 베를린에서 유럽 국방장관회의를 공동 주재한다.",
])
def test_plan_for_a_later_day_stays_apart(text):
    found = [e for e in events_of(extract_text(text), "CONSULT") if names(e) == PAIR]
    held = [e for e in found if e.status == "occurred"]
    planned = [e for e in found if e.status == "planned"]
    assert len(held) == 1 and len(planned) == 1, [(e.status, e.date, e.date_basis) for e in found]
    assert held[0].date == DAY and planned[0].date == date(2026, 3, 11)
