"""The date of an act's own clause (session 19, dates19), end to end on our own sentences, both languages:
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
  sentence does: the next paragraph's undated act is back on the story's day (lang/ko/dates.recalled_day,
  pipeline/events.note_recall);
- a code's digits before '에' ('M23에', 'G7에', 'MH-17에') are no day of the month (lang/ko/dates.patterns)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text
from readout.lang.ko.dates import find_dates


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
