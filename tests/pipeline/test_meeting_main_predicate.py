"""Meetings in both languages: the sentence's main meeting predicate, and the other classes listed.
- the sentence's main meeting predicate with its whole table wins over a smaller group read around a meeting word in
  a modifier ('A은 [회의가 열리고 있는] 도시에서 B, C과 회담했다': `pipeline/events.py` meeting_events, `mains`);
- a group word counting three that opens the next sentence ('The three ministers condemned ...') makes 'A met B and C'
  one table; a trilateral the next sentence only names, or 'separately', leaves one meeting per counterpart
  (`pipeline/events.py` paragraph_of);
- a city-state named as the place of the sentence's meeting is no side of its acts (`pipeline/acts.py` venue_spans);
- a statement dated by a headline meeting that only had the report's date keeps that weak basis, so the body's
  telling of the same statement dates it (`pipeline/acts.py` date_act);
- a month word inside a person's name dates nothing ('Dong Jun': `pipeline/story_days.py` named_dates_dropped);
- a recalled meeting of the same pair leaves the story on the reported meeting's day (`pipeline/story_days.py`
  earlier_meeting_of_pair), read against a meeting its own words dated.

Formerly tests/pipeline/test_news10_rules.py; classes first read as "news10 rules on sentences we wrote (people,
cities and events outside the tuned sets), each rule in both languages where the class exists in both"
(docs/history.md)."""
from datetime import date

import pytest

from tests.conftest import countries, events_of, names

CHO, WONG, PETERS = "Cho Tae-yul", "Penny Wong", "Winston Peters"
PAIRS = [{CHO, WONG}, {CHO, PETERS}]
MET_EN = ("Foreign Minister Cho Tae-yul met Australian Foreign Minister Penny Wong and New Zealand Foreign Minister "
          "Winston Peters{how} in Vientiane on Friday.\n")


@pytest.mark.parametrize("text, meetings", [
    # a gathering's name in a relative clause before the venue is the setting, not this meeting
    ("조태열 외교부 장관은 26일 아세안 외교장관회의가 열리고 있는 라오스 비엔티안에서 페니 웡 호주 외교장관, 윈스턴 피터스 "
     "뉴질랜드 외교장관과 3국 외교장관회담을 했다.", [{CHO, WONG, PETERS}]),
    ("조태열 외교부 장관은 26일 라오스 비엔티안에서 페니 웡 호주 외교장관, 윈스턴 피터스 뉴질랜드 외교장관과 각각 회담했다.",
     PAIRS),
    (MET_EN.format(how="") + "The three ministers condemned North Korea's arms transfers to Russia.",
     [{CHO, WONG, PETERS}]),
    # the next sentence names another, trilateral, meeting: its group word is 'the two ministers'
    (MET_EN.format(how="") + "Ahead of a trilateral meeting planned for next month, the two ministers stressed "
     "cooperation.", PAIRS),
    (MET_EN.format(how=" separately") + "The three ministers condemned North Korea's arms transfers to Russia.", PAIRS),
])
def test_one_table_or_one_meeting_per_counterpart(extract, text, meetings):
    found = [names(e) for e in events_of(extract(text, published=date(2024, 7, 27)), "CONSULT")]
    assert sorted(found, key=sorted) == sorted(meetings, key=sorted)


@pytest.mark.parametrize("text", [
    MET_EN.format(how="") + "The three ministers condemned North Korea's arms transfers to Russia.",
    "조태열 외교부 장관은 26일 아세안 외교장관회의가 열리고 있는 라오스 비엔티안에서 페니 웡 호주 외교장관, 윈스턴 피터스 "
    "뉴질랜드 외교장관과 3국 외교장관회담을 했다.\n세 장관은 북한의 대러 무기 이전을 규탄했다.",
])
def test_the_group_word_after_a_three_way_meeting_acts_for_all_three(extract, text):
    (act,) = events_of(extract(text, published=date(2024, 7, 27)), "ACCUSE")
    assert countries(act.participants) == {"KOR", "AUS", "NZL"} and countries(act.recipients) == {"PRK"}


@pytest.mark.parametrize("text", [
    '한·호주 외교장관, 싱가포르서 회담…"북한 미사일 도발 규탄"\n2024-06-01 10:00\n조태열 외교부 장관과 페니 웡 호주 '
    '외교장관은 31일 싱가포르에서 회담했다.',
    '한미일 외교장관, 싱가포르서 회담…"북한 미사일 도발 규탄"\n2024-06-01 10:00\n조태열 외교부 장관은 31일 싱가포르에서 '
    '토니 블링컨 미국 국무장관, 가미카와 요코 일본 외무상과 회담했다.',
    "South Korean Foreign Minister Cho Tae-yul and Australian Foreign Minister Penny Wong met in Singapore on Friday "
    "and condemned North Korea's missile launches.",
    "조태열 외교부 장관은 31일 싱가포르에서 페니 웡 호주 외교장관과 회담하고 북한의 미사일 발사를 규탄했다.",
])
def test_a_city_state_where_the_meeting_is_held_is_no_side(extract, text):
    acts = [e for e in extract(text, published=date(2024, 6, 1)).events if e.type != "CONSULT"]
    assert not [a for a in acts if "SGP" in countries(a.participants) | countries(a.recipients)]
    assert all(countries(a.recipients) == {"PRK"} for a in acts if a.type == "ACCUSE")


@pytest.mark.parametrize("text, kind, recipients", [
    ("South Korean Foreign Minister Cho Tae-yul, speaking in Seoul on Friday, condemned Russia's attacks in Ukraine.",
     "ASSAULT", {"UKR"}),
    ("South Korean Foreign Minister Cho Tae-yul on Friday condemned the public executions in North Korea.",
     "ACCUSE", {"PRK"}),
])
def test_a_country_in_a_locative_still_names_a_side(extract, text, kind, recipients):
    (act,) = events_of(extract(text, published=date(2024, 6, 1)), kind)
    assert countries(act.recipients) == recipients


@pytest.mark.parametrize("text, published, day", [
    ("Australia, New Zealand foreign ministers condemn North Korean missile launch in phone call\nNovember 1, 2024\n"
     "Australian Foreign Minister Penny Wong and New Zealand Foreign Minister Winston Peters condemned North Korea's "
     "missile launch in a phone call on Thursday.", date(2024, 11, 1), date(2024, 10, 31)),
    ("호주·뉴질랜드 외교장관 통화…北 미사일 발사 규탄\n2024-11-01 09:00\n페니 웡 호주 외교장관은 전날 윈스턴 피터스 "
     "뉴질랜드 외교장관과 전화 통화를 하고 북한의 미사일 발사를 규탄했다.", date(2024, 11, 1), date(2024, 10, 31)),
])
def test_a_headline_statement_takes_the_body_meetings_day(extract, text, published, day):
    art = extract(text, published=published)
    assert [e.date for e in events_of(art, "ACCUSE")] == [day]
    assert [e.date for e in events_of(art, "CONSULT")] == [day]


@pytest.mark.parametrize("text, day, precision", [
    ("Chinese Defence Minister Dong Jun held talks with Australian Defence Minister Richard Marles on Friday.",
     date(2024, 5, 31), "day"),
    ("Australian Defence Minister Richard Marles met Chinese Defence Minister Dong Jun in Canberra.",
     date(2024, 6, 3), "day"),
    ("둥쥔 중국 국방부장은 지난달 31일 리처드 말스 호주 국방장관과 회담했다.", date(2024, 5, 31), "day"),
    # a date a title chain reaches over is no part of a name: it still dates the meeting
    ("호주 국방장관은 지난달 31일 중국 국방부장과 회담했다.", date(2024, 5, 31), "day"),
])
def test_a_month_word_in_a_name_dates_nothing(extract, text, day, precision):
    (e,) = events_of(extract(text, published=date(2024, 6, 3)), "CONSULT")
    assert (e.date, e.date_precision) == (day, precision)


@pytest.mark.parametrize("text", [
    "조태열 외교부 장관은 19일 캔버라에서 페니 웡 호주 외교장관과 회담했다.\n두 장관은 지난 12일 라오스에서 회담한 데 이어 "
    "일주일 만에 다시 만났다.\n양 장관은 이날 회담에서 북한의 핵 개발을 규탄했다.",
    "South Korean Foreign Minister Cho Tae-yul met Australian Foreign Minister Penny Wong in Canberra on Thursday.\n"
    "The two ministers had met in Vientiane on September 12.\nAt Thursday's talks, they condemned North Korea's "
    "nuclear program.",
])
def test_a_recalled_meeting_of_the_same_pair_leaves_the_story_on_its_day(extract, text):
    """The same pair's earlier meeting is its own event, but '이날' after it is still the reported meeting's day
    (`pipeline/story_days.py` earlier_meeting_of_pair): a statement at today's talks is not dated by the recalled ones,
    and so is not merged with another outlet's statement of that earlier week."""
    art = extract(text, published=date(2024, 9, 20))
    assert sorted(e.date for e in events_of(art, "CONSULT")) == [date(2024, 9, 12), date(2024, 9, 19)]
    assert [e.date for e in events_of(art, "ACCUSE")] == [date(2024, 9, 19)]


def test_a_headline_meeting_dated_by_the_report_is_no_anchor_for_recalled_days(extract):
    """The same pair's meeting in the headline (the report's day) and in the body (Friday) is one meeting: the body's
    Friday is the story's day, not a recall of an earlier meeting, and what follows it happened that Friday."""
    art = extract("Wong holds talks with Wang in Beijing visit\nNovember 9, 2024\nAustralian Foreign Minister Penny "
                  "Wong met Chinese Foreign Minister Wang Yi in Beijing on Friday.\nThe two sides agreed to hold a "
                  "dialogue next year.\nWong also met Chinese Vice President Han Zheng later in the day.",
                  published=date(2024, 11, 9))
    assert {e.date for e in art.events} == {date(2024, 11, 8)}, [(e.type, e.date) for e in art.events]
