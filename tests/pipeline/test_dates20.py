"""The date of an act, second round (session 19, dates20), on our own sentences:
- two reports of one deed dated on different days by their own texts, neither outvoting the other: the earlier
  day, since a report may give the day the deed was claimed or reported, never a day before it; not a day a
  report gave ahead of its publication, a plan's (readout/records.agreed_day; before, the first report stored
  won by its document id);
- Korean: a date before a medium the claim went through ('22일 관영 통신을 통해 ...했다고 주장했다') or before two
  named sources ('5일 외교부와 국방부에 따르면') dates the report, not the deed it tells
  (lexicon ko `reporting_medium_re`, lang/ko/dates.make); that claim's day is still a day the story told ('같은 날' after it
  is that day: pipeline/events.advance_story_day);
- an act its own clause dates on one day keeps it over a closer date of the next clause ('3일 나포됐으며, 이튿날
  예인됐다': pipeline/act_dates.per_day)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.lang.ko.dates import find_dates
from readout.records import compose_event


def report(doc: str, day: str, basis: str = "text", precision: str = "day", published: str = "2026-05-14") -> dict:
    return {"type": "MOBILIZE", "mode": None, "status": "occurred", "date": day, "date_precision": precision,
            "date_basis": basis, "location": None, "actors": [], "recipients": [], "contexts": [], "topics": [],
            "sources": [{"doc": doc, "published": published, "start": 0, "end": 1}]}


@pytest.mark.parametrize("members, expected", [
    # a tie of two stated days: the earlier, whichever report was stored first
    ([report("a", "2026-05-12"), report("b", "2026-05-11")], "2026-05-11"),
    ([report("a", "2026-05-11"), report("b", "2026-05-12")], "2026-05-11"),
    ([report("a", "2026-05-12"), report("b", "2026-05-13", "narrative"), report("c", "2026-05-11")], "2026-05-11"),
    # negative: two reports of three state the later day: the count still decides
    ([report("a", "2026-05-12"), report("b", "2026-05-11"), report("c", "2026-05-12")], "2026-05-12"),
    # negative: a narrative day never outranks a stated one, however early
    ([report("a", "2026-05-12"), report("b", "2026-05-09", "narrative")], "2026-05-12"),
    # negative: a day a report states ahead of its publication ('set to meet on Thursday') is a plan, not a claim
    ([report("a", "2026-05-12"), report("b", "2026-05-11", published="2026-05-10")], "2026-05-12"),
    # negative: a tie of story days is no evidence of a claim's day: the first report keeps it
    ([report("a", "2026-05-12", "narrative"), report("b", "2026-05-11", "narrative")], "2026-05-12"),
])
def test_reports_that_disagree_on_the_day_take_the_earlier(members, expected):
    assert compose_event("ev_x", members)["date"] == expected


KO_REF = dt.date(2026, 5, 12)


@pytest.mark.parametrize("text, reporting", [
    ("이란 우주국은 12일 관영 통신을 통해 새 위성을 궤도에 올렸다고 주장했다.", True),
    ("시리아 국방부는 12일 국영 방송을 통해 반군 거점을 장악했다고 밝혔다.", True),
    ("12일 외교부와 국방부에 따르면 어선은 지난 10일 밤 나포됐다.", True),
    # negative: a statement made through a channel is the statement's own act and keeps its day
    ("이란 국방부는 12일 담화를 통해 \"어떤 공격에도 단호히 대응할 것\"이라고 위협했다.", False),
    ("케냐 정부는 12일 대사관을 통해 우간다에 항의했다.", False),
])
def test_ko_a_date_before_a_claims_medium_dates_the_claim(text, reporting):
    found = find_dates(text, 0, KO_REF, 30)
    assert found and found[0].value == KO_REF and found[0].reporting is reporting


@pytest.mark.parametrize("text, expected", [
    # '같은 날' after a claim made on the 12th is the 12th: the claim's day is a day the story told
    ("이란이 11일 밤 셈난에서 위성 발사체를 쏘아 올렸다.\n\n이란 우주국은 12일 관영 통신을 통해 새 위성을 궤도에 올렸다고 "
     "주장했다. 이란 국방부 대변인은 같은 날 담화에서 이스라엘을 강하게 비난했다.", "2026-05-12"),
    # negative: no claim in between: '같은 날' is the launch's day
    ("이란이 11일 밤 셈난에서 위성 발사체를 쏘아 올렸다. 이란 국방부 대변인은 같은 날 담화에서 이스라엘을 강하게 비난했다.",
     "2026-05-11"),
])
def test_ko_the_same_day_after_a_claim_is_the_claims_day(text, expected):
    from readout.api import extract_text
    found = [str(e.date) for e in extract_text(text, published="2026-05-13").events if e.type == "ACCUSE"]
    assert expected in found


@pytest.mark.parametrize("text, published, expected", [
    # the seizure's clause states its day; '이튿날' dates the next clause (the towing), though closer to the verb
    ("페루 어선 한 척이 지난 3일 밤 칠레 해군 초계함에 나포됐으며, 이튿날 오후 남부 항구로 예인됐다.", "2026-03-05", "2026-03-03"),
    ("토고 어선은 지난 10일 가나 해군에 나포됐으며, 이튿날 테마항으로 예인됐다.", "2026-03-12", "2026-03-10"),
    ("Chile's navy seized a Peruvian fishing boat on Monday and towed it to Arica port the next day.", "2026-03-05",
     "2026-03-02"),
    # negative: the only date is after the verb, shared by both clauses: it still dates the seizure
    ("Chile's navy seized a Peruvian fishing boat and towed it to Arica port on Tuesday.", "2026-03-05", "2026-03-03"),
])
def test_an_acts_own_clause_day_beats_the_next_clauses(text, published, expected):
    from readout.api import extract_text
    found = [str(e.date) for e in extract_text(text, published=published).events if e.type == "COERCE"]
    assert expected in found
