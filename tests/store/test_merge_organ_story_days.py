"""Statements of a state's organs (no person speaks) dated by their reports' stories, each story the day's news of
its report (the story's day is the publication day): two reports a day apart tell two statements, as two stated days
do (store/merge_organs.own_day). A statement told again the next day with its day stated joins the first; a story
whose day is not its report's (a next-morning paper's) keeps the time zone's tolerance. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.store.merge_members import Member
from readout.store.merge_organs import organ_speaker, own_day
from tests.store.stored import stored_records

MON, TUE, WED = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)


@pytest.mark.parametrize("reports, expected", [
    ([("Polish troops began exercises near the border on Monday. The Russian foreign ministry condemned Poland over "
       "the exercises.", "a", MON),
      ("Polish troops fired artillery near the border on Tuesday. The Russian defence ministry condemned Poland over "
       "the firing.", "b", TUE),
      ("The Russian foreign ministry on Monday condemned Poland over the exercises.", "c", TUE)],
     [{"a", "c"}, {"b"}]),
    ([("필리핀 해군은 2일 남중국해에서 훈련을 시작했다. 중국 외교부는 필리핀을 강력히 규탄했다.", "a", MON),
      ("필리핀 해군은 3일 남중국해에서 포사격을 했다. 중국 국방부는 필리핀을 규탄했다.", "b", TUE),
      ("중국 외교부는 2일 필리핀의 훈련을 규탄했다.", "c", TUE)],
     [{"a", "c"}, {"b"}]),
], ids=["en-two-days-news", "ko-two-days-news"])
def test_organ_statements_of_two_days_news(tmp_path, reports, expected):
    assert stored_records(tmp_path, "ACCUSE", reports) == expected


def member(basis: str, day: date, published: date) -> Member:
    m = Member("k", "d", "ACCUSE", day, "day", basis, None, {"cty_rus"}, {"cty_pol"}, published=published)
    m.homes, m.states = {"cty_rus": "RUS"}, frozenset({"cty_rus"})
    return m


@pytest.mark.parametrize("m, own", [
    (member("text", MON, TUE), True),
    (member("narrative", TUE, TUE), True),  # the story of the report's own day
    (member("narrative", MON, TUE), False),  # a next-morning paper's story of the day before
    (member("published", TUE, TUE), False),
])
def test_own_day(m, own):
    assert own_day(m) is own and (organ_speaker(m) == "RUS") is own
