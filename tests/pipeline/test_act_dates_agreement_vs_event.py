"""dates46: an agreement's day and the day of the event it led to are two ('agreed in September to hold border talks,
which took place on Friday'; '... agreed in April to launch X, a body that held its first meeting in July'): a relative
clause's day, after an appositive noun or closing the sentence, dates that clause's act (lang/en/reading_dates
relative_extent; lexicon en date_relative_before_re); a relative clause saying its antecedent meeting took place dates
that meeting and makes it held (date_held_relative_re; pipeline/meeting_build.pick_date); and an act of a recalled clause
dated by that clause is not made at a meeting of another day (pipeline/act_dates.own_recalled_day). Korean tells the
agreement in a noun-relative clause ('지난 9월 합의한 회담이 이날 열렸다'), which dates the meeting by its main clause."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-11-14"  # a Saturday; the story's Friday is the 13th


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(e.status, str(e.date), e.date_precision) for e in extract_text(text, published=PUB).events
            if e.type == kind]


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed in September to hold border talks, which took place on Friday in Lima.",
    "Chile and Peru agreed in September to hold border talks, which were held in Lima on Friday.",
])
def test_the_talks_held_on_their_day_the_agreement_on_its_own(text):
    assert dated(text, "CONSULT") == [("occurred", "2026-11-13", "day")]
    assert dated(text, "AGREE") == [("occurred", "2026-09-01", "month")]


def test_a_bodys_meeting_in_an_appositive_relative_clause_leaves_the_agreement_its_month():
    text = ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Lima on Monday. The summit comes "
            "about seven months after Boric and Boluarte agreed in April to launch a joint border commission, a body "
            "that held its first meeting in Arica in July.")
    assert dated(text, "AGREE") == [("occurred", "2026-04-01", "month")]


def test_korean_meeting_agreed_before_is_held_on_its_own_day():
    assert dated("칠레와 페루가 지난 9월 합의한 국경 회담이 이날 리마에서 열렸다.", "CONSULT") == [("occurred", PUB, "day")]
