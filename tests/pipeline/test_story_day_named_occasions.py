"""dates46: a day naming an earlier occasion recalled by 당시/때 ('반군의 지난해 10월 7일 공격 당시 납치된 인질') is that
occasion's day: it is a background date, which dates no statement of the story, and the story's day does not go back to
it (lexicon ko date_background_after_re). (English "the rebels' Oct. 7 attack", a date after an owner's possessive, is
the same class; reading it as the noun's date made an undated retelling of the attack an act of the story's day, so
it is left for a rule that joins the retelling to the named occasion.)"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 11, 14)  # a Saturday; the story's Friday is the 13th


@pytest.mark.parametrize("text", [
    "칠레와 페루는 13일 반군의 지난해 10월 7일 공격 당시 납치된 인질에 관한 결의안에 거부권을 행사했다. 칠레 대사는 페루를 "
    "비난했다.",
])
def test_the_next_statement_stays_on_the_storys_day(extract, text):
    found = events_of(extract(text, published=DAY), "ACCUSE")
    assert [e.date for e in found] == [date(2026, 11, 13)], [(e.date, e.date_basis) for e in found]


@pytest.mark.parametrize("text, background", [
    ("칠레는 반군의 지난해 10월 7일 공격 당시 납치된 인질의 석방을 요구했다.", True),
    ("칠레는 지난 7일 회담 때 합의한 결의안을 지지했다.", True),
    ("칠레는 7일 페루를 비난했다.", False),
])
def test_a_day_recalled_by_dangsi_is_background(extract, text, background):
    article = extract(text, published=DAY)
    assert [d.background for d in article.dates if d.precision == "day"] == [background]
