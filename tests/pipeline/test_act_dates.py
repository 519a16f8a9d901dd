"""The date of an act, in both languages, end to end on our own sentences: the day of its own clause, of reports that
disagree, of the earlier case an act is the first since, and of a lead's deed the next paragraph dates.

The date of an act's own clause, end to end on our own sentences, both languages:
- Korean wire copy counts '전날' back from the report's own day (the latest day its story reached), not from a day it
  went back to recall ('... 지난 11일 폐쇄했다. 이에 B는 전날 항의했다' in a report of the 14th is the 13th;
  lang/ko/dates.REPORT_ANCHORED, pipeline/act_dates.report_day); '이날' is that report's day, which includes the day
  a report was made ('지난 11일 ...했다고 12일 밝혔다'; act_dates.reached_day); '이튿날' and '같은 날' still count from
  the last day told;
- a statement whose own clause names its day with a story day word ('전날', 'the previous day') keeps that day
  and does not take the day of a meeting of the same sides told before it (pipeline/act_dates.own_day_word);
- a date in the possessive after a statement's verb ('blamed X for Sunday's strike') is the noun's, not the
  statement's (lang/en/dates.POSSESSIVE_RE, pipeline/act_dates.own_dates); Korean has no such form to read;
- '앞서' right before a date ('함정은 앞서 16일 입항했다') recalls that day for its paragraph only, as '앞서' opening the
  sentence does: the next paragraph's undated act is back on the story's day (lang/ko/date_claims.recalled_day,
  pipeline/story_days.note_recall);
- a code's digits before '에' ('M23에', 'G7에', 'MH-17에') are no day of the month (lang/ko/dates.patterns).

Formerly tests/pipeline/test_dates19.py, classes first read by session 19, dates19 (docs/history.md).

The date of an act told by reports that disagree, and the other classes listed:
- two reports of one deed dated on different days by their own texts, neither outvoting the other: the earlier
  day, since a report may give the day the deed was claimed or reported, never a day before it; not a day a
  report gave ahead of its publication, a plan's (readout/records.agreed_day; before, the first report stored
  won by its document id);
- Korean: a date before a medium the claim went through ('22일 관영 통신을 통해 ...했다고 주장했다') or before two
  named sources ('5일 외교부와 국방부에 따르면') dates the report, not the deed it tells
  (lexicon ko `reporting_medium_re`, lang/ko/dates.make); that claim's day is still a day the story told ('같은 날' after it
  is that day: pipeline/story_days.advance_story_day);
- an act its own clause dates on one day keeps it over a closer date of the next clause ('3일 나포됐으며, 이튿날
  예인됐다': pipeline/act_dates.per_day).

Formerly tests/pipeline/test_dates20.py; classes first read as "The date of an act, second round (session 19,
dates20), on our own sentences" (docs/history.md).

The date of an act: dates of the earlier case an act is the first since, and the other classes listed.
- Korean: a date before a quoted name or a noun and '이후/이래 N년 만' ("2019년 5월 '산마르코호' 이후 7년 만이다") dates the
  earlier case the story's act is the first since, not that act (lexicon ko `date_background_after_re`; English
  'the first since May 2019' already reads so);
- an act that took place is never dated by a day after the report, nor by a meeting still ahead ('agreed to hold
  talks next month', '다음 달 협상을 열기로 합의했다': the month is the planned talks'; pipeline/act_dates.after_report);
- a statement its own clause leaves undated is on the day its maker told of it ('said on Sunday it had lodged a
  protest'; act_dates.told_on);
- a noun act inside a statement whose verb follows it ('14일 논평을 내고 "A군의 공습에 깊은 우려를 표한다"'): a date
  before that verb's clause is the statement's, not the deed's (act_dates.judged_after).

Formerly tests/pipeline/test_dates21.py; classes first read as "The date of an act, session 20 (dates21), on our own
sentences" (docs/history.md).

The date of a lead's deed from the next paragraph, and the other classes listed:
- a lead's deed that only the publication dates takes the first day the next paragraph states, when that day is
  past at publication and within the lookback: the body retells the lead with its day (pipeline/lead_dates). A
  lead with a day of its own, a body whose first date is a report's, a month, a year, or a day outside the
  lookback, and a statement in the lead (whose body's first day is as often the deed it answers) leave the lead
  on the publication day.

Formerly tests/pipeline/test_dates22.py; classes first read as "The date of an act, session 21 (dates22), on our own
sentences" (docs/history.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text
from readout.lang.ko.dates import find_dates
from readout.pipeline import default_pipeline
from readout.records import compose_event


def dated(text: str, published: str, kind: str) -> list[tuple[str, str, str]]:
    """(actor, recipient, date) of every event of `kind` extracted from `text` published on `published`."""
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=published).events if e.type == kind]


@pytest.mark.parametrize("text, published, kind, expected", [
    # the story went back to the 11th; '전날' counts from the report's day, the 14th
    ("케냐 정부는 14일 우간다에 국경 검문소를 즉시 다시 열라고 촉구했다. 우간다 당국은 지난 11일 국경 검문소를 폐쇄했다. "
     "이에 케냐 외교부는 전날 우간다 대사를 불러 엄중히 항의했다.", "2026-05-14", "ACCUSE", ("KEN", "UGA", "2026-05-13")),
    ("볼리비아 정부는 2일 칠레의 국경 장벽 건설을 규탄했다. 칠레 군은 지난달 28일 국경에 병력을 배치했다. "
     "볼리비아 외교부는 전날 칠레 대사를 초치해 항의했다.", "2026-09-03", "ACCUSE", ("BOL", "CHL", "2026-09-01")),
    # a report filed the morning after its story day: '전날' is the day before that story day, not before publication
    ("가나 정부는 20일 토고에 억류한 어민을 석방하라고 요구했다. 가나 외교부는 전날 토고 대사를 불러 항의했다.",
     "2026-03-21", "ACCUSE", ("GHA", "TGO", "2026-03-19")),
    # negative: '이튿날' follows the last day told, the 11th
    ("케냐 정부는 14일 우간다에 국경 검문소를 즉시 다시 열라고 촉구했다. 우간다 당국은 지난 11일 국경 검문소를 폐쇄했다. "
     "케냐 외교부는 이튿날 우간다 대사를 불러 엄중히 항의했다.", "2026-05-14", "ACCUSE", ("KEN", "UGA", "2026-05-12")),
])
def test_ko_previous_day_counts_from_the_reports_day(text, published, kind, expected):
    assert expected in dated(text, published, kind)


@pytest.mark.parametrize("text, published, expected", [
    ("볼리비아와 칠레 외교장관이 3일 산티아고에서 회담했다. 앞서 볼리비아 외교부는 전날 칠레 대사를 불러 항의했다.",
     "2026-09-04", ("BOL", "CHL", "2026-09-02")),
    ("The foreign ministers of Bolivia and Chile met in Santiago on Thursday. The previous day, Bolivia's foreign "
     "ministry had summoned Chile's ambassador to protest the border wall.", "2026-09-04", ("BOL", "CHL", "2026-09-02")),
    ("Ghana's and Togo's foreign ministers held talks in Accra on Monday. The previous day, Ghana's foreign ministry "
     "had summoned Togo's ambassador to protest the detention of fishermen.", "2026-03-17", ("GHA", "TGO", "2026-03-15")),
])
def test_a_statement_with_its_own_day_word_keeps_it_over_the_meeting(text, published, expected):
    assert expected in dated(text, published, "ACCUSE")


@pytest.mark.parametrize("text, published, expected", [
    # negative: no day word of its own: a statement at the meeting has the meeting's day
    ("볼리비아와 칠레 외교장관이 3일 산티아고에서 회담했다. 볼리비아 외교장관은 회담에서 칠레의 국경 장벽 건설에 항의했다.",
     "2026-09-04", "2026-09-03"),
])
def test_a_statement_at_the_meeting_keeps_the_meetings_day(text, published, expected):
    found = dated(text, published, "ACCUSE")
    assert found and all(d == expected for _, _, d in found)


@pytest.mark.parametrize("text, published, kind, expected", [
    # the lead's deed is of the 11th, its report of the 12th: '이날' in a later paragraph is the 12th
    ("모로코 국왕이 지난 11일 라바트에서 알제리 특사를 접견했다고 모로코 왕실이 12일 밝혔다.\n\n"
     "알제리 외교부 대변인은 이날 정례 브리핑에서 모로코에 국경 봉쇄를 즉시 해제하라고 요구했다.",
     "2026-04-13", "REQUEST", ("DZA", "MAR", "2026-04-12")),
    ("우간다 당국이 14일 억류했던 케냐 어민들을 풀어줬다.\n\n우간다 경찰은 지난 10일 빅토리아호에서 케냐 어선을 나포했다. "
     "케냐 외교부는 나포 이튿날인 11일 우간다 대사를 불러 항의했다.\n\n"
     "케냐 어민 단체 회원들은 이날 나이로비의 우간다 대사관 앞에서 집회를 열고 우간다 당국에 항의했다.",
     "2026-05-15", "PROTEST", ("KEN", "UGA", "2026-05-14")),
    # negative: '같은 날' is the day last told, the 10th
    ("우간다 당국이 14일 억류했던 케냐 어민들을 풀어줬다. 우간다 경찰은 지난 10일 빅토리아호에서 케냐 어선을 나포했다. "
     "케냐 외교부는 같은 날 우간다 대사를 불러 항의했다.", "2026-05-15", "ACCUSE", ("KEN", "UGA", "2026-05-10")),
])
def test_ko_this_day_is_the_reports_day(text, published, kind, expected):
    assert expected in dated(text, published, kind)


@pytest.mark.parametrize("text, published, kind, expected", [
    ("Chad accused Sudan on Tuesday of shelling a border town. Sudan's envoy dismissed the claim and blamed Chadian "
     "rebels for Sunday's attack.", "2026-08-12", "ACCUSE", ("SDN", "TCD", "2026-08-11")),
    ("Kenya's foreign minister blamed Uganda for Monday's raid on a border post.", "2026-05-14", "ACCUSE",
     ("KEN", "UGA", "2026-05-14")),
    # the noun keeps its day
    ("Kenya on Wednesday condemned Monday's shelling of a border village by Ugandan troops.", "2026-05-14", "ASSAULT",
     ("UGA", "", "2026-05-11")),
    # negative: a date that is no possessive after the verb still dates the statement
    ("Kenya's foreign minister condemned Uganda over the raid on Monday.", "2026-05-14", "ACCUSE",
     ("KEN", "UGA", "2026-05-11")),
])
def test_a_possessive_date_is_the_nouns(text, published, kind, expected):
    assert expected in dated(text, published, kind)


LEAD = "나이지리아와 가나 해군이 18일 기니만에서 처음으로 연합훈련을 벌였다. "


@pytest.mark.parametrize("text, expected", [
    (LEAD + "카메룬 해군은 앞서 16일 나이지리아 어선을 나포했다.\n\n나이지리아 외교부는 카메룬을 강하게 비난했다.",
     ("NGA", "CMR", "2026-08-18")),
    (LEAD + "앞서 카메룬 해군은 16일 나이지리아 어선을 나포했다.\n\n나이지리아 외교부는 카메룬을 강하게 비난했다.",
     ("NGA", "CMR", "2026-08-18")),
    # negative: '훈련에 앞서' is 'ahead of the drill', no recall word: the story stays on the 16th it reached
    (LEAD + "카메룬 해군은 훈련에 앞서 16일 나이지리아 어선을 나포했다.\n\n나이지리아 외교부는 카메룬을 강하게 비난했다.",
     ("NGA", "CMR", "2026-08-16")),
])
def test_ko_a_recalled_day_lasts_its_paragraph(text, expected):
    assert expected in dated(text, "2026-08-19", "ACCUSE")


@pytest.mark.parametrize("text, days", [
    ("유엔은 반군 단체 M12에 공세를 멈추라고 촉구했다.", []),
    ("G7에 참석한 정상들은 공동성명을 냈다.", []),
    ("조사단은 MH-17에 대한 보고서를 냈다.", []),
    # negative: a day after a space or a bracket is still a day
    ("정부는 (현지) 12일 성명을 냈다.", ["2026-08-12"]),
    ("외교부는 지난 12일에 대사를 불렀다.", ["2026-08-12"]),
])
def test_ko_a_codes_digits_are_no_day(text, days):
    assert [str(d.value) for d in find_dates(text, 0, dt.date(2026, 8, 19), 30) if d.precision == "day"] == days


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


REF = dt.date(2026, 5, 14)


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


@pytest.mark.parametrize("lang, text, date_text, background", [
    ("ko", "리비아 해군이 이탈리아 어선을 나포한 것은 2019년 5월 '산마르코호' 이후 7년 만이다.", "2019년 5월", True),
    ("ko", "가나가 토고 어민을 억류한 것은 2021년 3월 “바다의 별” 이래 5년 만이다.", "2021년 3월", True),
    ("ko", "칠레가 볼리비아와 국경 회담을 연 것은 2020년 8월 국경 회담 이후 6년 만이다.", "2020년 8월", True),
    ("en", "It was the first seizure of an Italian trawler by Libya since May 2019.", "May 2019", True),
    # negative: a quoted name after a date with no 'since' is named by the act of its own sentence
    ("ko", "칠레 해군은 지난 3월 '남십자성' 훈련을 시작했다.", "지난 3월", False),
    ("ko", "케냐 정부는 2026년 5월 10일 '평화의 길' 협정에 서명했다.", "2026년 5월 10일", False),
])
def test_the_case_an_act_is_the_first_since_is_background(pipeline, lang, text, date_text, background):
    found = [d for d in pipeline.language(lang).find_dates(text, 0, REF) if text[d.span.start:d.span.end] == date_text]
    assert found and found[0].background is background


def dates_of(text: str, published: str, kind: str) -> list[str]:
    return [str(e.date) for e in extract_text(text, published=published).events if e.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("리비아 해군은 12일 이탈리아 어선을 나포했다. 리비아가 이탈리아 어선을 나포한 것은 2019년 5월 '산마르코호' 이후 "
     "7년 만이다.", {"2026-05-12"}),
    # negative: a quoted name after a date with no 'since' leaves the date to the act
    ("리비아 해군은 지난달 10일 '산마르코호'를 나포했다.", {"2026-04-10"}),
])
def test_ko_an_act_first_since_an_old_case_is_not_dated_by_it(text, expected):
    assert set(dates_of(text, "2026-05-14", "COERCE")) == expected


@pytest.mark.parametrize("text, published, kind, expected", [
    ("케냐와 탄자니아는 다음 달 국경 회담을 열기로 합의했다.", "2026-01-22", "AGREE", "2026-01-22"),
    ("칠레와 페루는 14일 내달 어업 협상을 재개하기로 합의했다.", "2026-05-14", "AGREE", "2026-05-14"),
    ("케냐 대통령과 탄자니아 대통령은 21일 회담하고 다음 달 국경 협상을 열기로 합의했다.", "2026-01-22", "AGREE",
     "2026-01-21"),
    ("Kenya and Tanzania agreed to hold border talks next month.", "2026-01-22", "AGREE", "2026-01-22"),
    ("Chile and Peru agreed on Tuesday to resume fishing talks next month.", "2026-05-14", "AGREE", "2026-05-12"),
    # negative: the planned talks keep the month ahead
    ("케냐와 탄자니아는 다음 달 국경 회담을 열기로 합의했다.", "2026-01-22", "CONSULT", "2026-02-01"),
    ("Kenya and Tanzania agreed to hold border talks next month.", "2026-01-22", "CONSULT", "2026-02-01"),
])
def test_an_agreement_is_not_dated_by_the_plan_it_makes(text, published, kind, expected):
    assert dates_of(text, published, kind) == [expected]


STORY = "Chile on Monday dismissed Bolivia's complaint about a navy patrol. The Chilean patrol boat sailed along the " \
    "border on Saturday. "


@pytest.mark.parametrize("text, kind, expected", [
    (STORY + "Bolivia's Foreign Ministry said on Sunday it had lodged a protest with Chile.", "ACCUSE", ["2026-09-13"]),
    # 'the same evening' after it is that day
    (STORY + "Bolivia's Foreign Ministry said on Sunday it had lodged a protest with Chile. The Bolivian Embassy issued "
     "its own statement the same evening, warning Chile against any further provocation.", "THREATEN",
     ["2026-09-13"]),
    # negative: a statement its own clause dates keeps that day
    (STORY + "Bolivia's Foreign Ministry said on Sunday it had lodged a protest with Chile on Friday.", "ACCUSE", ["2026-09-11"]),
    # negative: a material deed told in the report is not dated by the telling
    (STORY + "Bolivia's navy said on Sunday it had seized a Chilean fishing boat.", "COERCE", ["2026-09-12"]),
])
def test_en_a_statement_told_by_its_maker_is_on_the_day_told(text, kind, expected):
    assert dates_of(text, "2026-09-14", kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a noun act inside a statement whose verb follows it: the date before that verb's clause is the statement's
    ("우간다군은 12일 국경 마을을 공습했다. 케냐 외교부는 14일 논평을 내고 \"국경 마을에 대한 우간다군의 공습에 깊은 우려를 "
     "표한다\"고 밝혔다.", "ASSAULT", ["2026-05-12"]),
    ("차드군은 11일 국경 검문소를 포격했다. 수단 정부는 14일 성명을 내고 \"차드군의 포격에 강력히 항의한다\"고 밝혔다.",
     "ASSAULT", ["2026-05-11"]),
    # negative: the statement keeps its day
    ("우간다군은 12일 국경 마을을 공습했다. 케냐 외교부는 14일 논평을 내고 \"국경 마을에 대한 우간다군의 공습에 깊은 우려를 "
     "표한다\"고 밝혔다.", "ACCUSE", ["2026-05-14"]),
    # negative: English judges after its verb; the deed's own day stays
    ("Kenya on Thursday condemned Uganda's air strike on a border village on Monday.", "ASSAULT", ["2026-05-11"]),
])
def test_a_noun_act_judged_by_a_later_verb_is_not_dated_by_the_statement(text, kind, expected):
    assert dates_of(text, "2026-05-14", kind) == expected


PUB = "2026-05-14"  # a Thursday


def lead_event(text: str, etype: str):
    found = [e for e in extract_text(text, published=PUB).events if e.type == etype and e.evidence[0].start == 0]
    assert found, f"no {etype} in the lead"
    return found[0]


@pytest.mark.parametrize("lang, text, etype, day", [
    # the body retells the lead's seizure with its day
    ("en", "The Ghanaian navy seized two Togolese fishing boats inside Ghana's waters and detained their crews, "
           "officials said Thursday.\n\nThe boats were stopped on Tuesday about 40 kilometers off Accra, according "
           "to the navy.", "COERCE", dt.date(2026, 5, 12)),
    ("ko", "[방송 뉴스] 라오스 경찰이 비엔티안의 불법 도박장을 급습해 태국인 30여 명을 체포했습니다.\n\n"
           "현지 당국에 따르면 라오스 경찰은 지난 11일 비엔티안 외곽의 도박장을 단속해 여러 나라 국적자 100여 명을 "
           "붙잡았습니다.", "COERCE", dt.date(2026, 5, 11)),
    ("ko", "[방송 뉴스] 흑해를 지나던 화물선이 러시아군의 드론 공격을 받아 선원 3명이 다쳤습니다.\n\n"
           "우크라이나 해군에 따르면 어제(13일) 오전 오데사항 남쪽 해상에서 화물선 한 척이 드론에 맞아 불이 났습니다.",
     "ASSAULT", dt.date(2026, 5, 13)),
    # negatives: the body's first date is no past day of the lookback, or the lead states its own day
    ("en", "The Ghanaian navy seized two Togolese fishing boats inside Ghana's waters and detained their crews, "
           "officials said Thursday.\n\nGhana last seized Togolese boats in March 2024, according to the navy.",
     "COERCE", dt.date(2026, 5, 14)),
    ("ko", "[방송 뉴스] 라오스 경찰이 비엔티안의 불법 도박장을 급습해 태국인 30여 명을 체포했습니다.\n\n"
           "라오스 경찰은 지난 2일에도 비엔티안 외곽의 도박장을 단속해 100여 명을 붙잡았습니다.",
     "COERCE", dt.date(2026, 5, 14)),
    ("ko", "[방송 뉴스] 라오스 경찰이 14일 비엔티안의 불법 도박장을 급습해 태국인 30여 명을 체포했습니다.\n\n"
           "현지 당국에 따르면 라오스 경찰은 지난 11일 비엔티안 외곽의 도박장을 단속해 100여 명을 붙잡았습니다.",
     "COERCE", dt.date(2026, 5, 14)),
    # a statement in the lead: the body's first day is the deed it answers, not the statement's
    ("en", "Togo condemned the seizure of two of its fishing boats by the Ghanaian navy.\n\nThe boats were stopped "
           "on Tuesday about 40 kilometers off Accra, according to the navy.", "ACCUSE", dt.date(2026, 5, 14)),
    ("ko", "[방송 뉴스] 태국 정부가 라오스 경찰의 자국민 체포를 강력히 규탄했습니다.\n\n현지 당국에 따르면 라오스 경찰은 "
           "지난 11일 비엔티안 외곽의 도박장을 단속해 100여 명을 붙잡았습니다.", "ACCUSE", dt.date(2026, 5, 14)),
    ("en", "The Ghanaian navy seized two Togolese fishing boats inside Ghana's waters and detained their crews.\n\n"
           "The navy said on Tuesday that the boats had been fishing illegally for weeks.",
     "COERCE", dt.date(2026, 5, 14)),
])
def test_a_leads_deed_takes_the_day_its_body_states(lang, text, etype, day):
    assert lead_event(text, etype).date == day
