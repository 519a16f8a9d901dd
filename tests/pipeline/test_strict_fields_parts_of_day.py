"""Strict fields of matched events: parts of the day before a weekday and the other classes listed.

Dates
- a part of the day before a weekday ('Late Saturday, A accused B', 'before dawn Saturday') is the day of the verb's
  act: 'Late' opens the sentence's own adverbial (lang/en/dates.OPENING_RE) and 'before dawn' opens no subordinate
  clause (en.yaml date_subordinate_before_re), so the act is not put on a meeting's or the story's earlier day;
  a Korean date right after the topic ('A 장관은 16일 밤') is its act's own likewise (lang/ko/dates: adverbial mark);
- a relative day in a speaker's quoted words ('"오늘 아침 B국이 ..."', '"Today B raised ..."') counts from the day the
  words were spoken, the story's, not from the report's date (lang/*/dates: a narrative day);
- 'N일 안에/이내에' is a deadline, not a day of the month (ko.yaml not_date_after_re);
- a day told as another occasion of a like act ('전날인 N일에도 ... 요청했다', 'had also urged B on Monday') never fuses
  with the story day's act (pipeline/consolidate.another_occasion);
- an abbreviation's period before a word that opens sentences ('from 6 p.m. They will speak again on Tuesday') ends
  the sentence, so a plan told next does not make the call before it planned (lang/en/sentences.ends_sentence);
modes (lang/base.act_mode, lexicons request_restore_re / request_yield_re / threat_violence_re)
- a request to lift, withdraw or suspend a measure, or to release people, is 'yield'; to restore an ousted leader
  is 'change' even when a release is asked too; to retract remarks is 'change';
- a threat of force ('would strike back', '반격할 것') is 'violence';
- a headline's act fused with the body's telling takes the body's mode (pipeline/consolidate.body_mode).

Formerly tests/pipeline/test_dates9_fields.py; classes first read as "Strict fields of matched events, session
dates9, on our own sentences (names, places and days invented)" (docs/history.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text
from readout.lang.en.sentences import split as en_split
from readout.lang.ko.dates import find_dates as ko_find_dates

PUB = "2026-05-16"  # a Saturday


def acts(text: str, etype: str) -> list:
    found = [e for e in extract_text(text, published=PUB).events if e.type == etype]
    assert found, f"no {etype}"
    return found


DAY_OF_ITS_OWN = [
    ("en", "Chile's foreign minister held talks by phone with Peru's foreign minister on Friday.\n\n"
           "Late Saturday, Chile's foreign minister accused Bolivia of repeated incursions.", "ACCUSE"),
    ("ko", "칠레 외교장관은 15일 페루 외교장관과 통화했다.\n\n"
           "칠레 외교장관은 16일 밤 볼리비아가 국경을 반복적으로 침범했다고 비난했다.", "ACCUSE"),
    ("en", "Rubio spoke with Bolivia's army chief on Friday, U.S. officials said.\n\n"
           "Chile said it fired missiles at three Bolivian bases before dawn Saturday, including one near the capital.",
     "ASSAULT"),
]


@pytest.mark.parametrize("lang, text, etype", DAY_OF_ITS_OWN)
def test_part_of_day_dates_the_act(lang, text, etype):
    assert {e.date for e in acts(text, etype)} == {dt.date(2026, 5, 16)}


QUOTED_TODAY = [
    ("ko", "필리핀 외교장관은 15일 회의 발언에서 \"오늘 아침 베트남이 일방적으로 필리핀산 쌀에 관세를 올린 데 대해 "
           "깊은 유감을 표한다\"고 말했다."),
    ("en", "Chile's foreign minister criticized Peru in Lima on Friday. \"Today Peru unilaterally raised tariffs on "
           "our copper,\" she said. She urged Peru to rescind the tariffs."),
]


@pytest.mark.parametrize("lang, text", QUOTED_TODAY)
def test_quoted_today_is_the_speakers_day(lang, text):
    assert {e.date for e in extract_text(text, published=PUB).events} == {dt.date(2026, 5, 15)}


@pytest.mark.parametrize("text, day", [
    ("라오스 외교장관은 지난 11일 캄보디아 정부에 5일 안에 국경 검문소를 다시 열라고 요구했다.", 5),
    ("미얀마 외교부는 지난 12일 태국 정부에 7일 이내에 난민을 송환하라고 요구했다.", 7),
    ("미얀마 외교부는 지난 12일 태국 정부에 10일 내로 답하라고 요구했다.", 10),
])
def test_deadline_is_no_date(text, day):
    values = {d.value for d in ko_find_dates(text, 0, dt.date(2026, 5, 16), 30)}
    assert dt.date(2026, 5, day) not in values


ANOTHER_OCCASION = [
    ("ko", "필리핀 외교장관은 15일 하노이에서 열린 회의에서 베트남에 관세 조치를 철회하라고 촉구했다. 필리핀 외교장관은 "
           "전날인 14일에도 하노이에서 베트남 외교장관과 회담하고 관세 부과 결정을 보류해 달라고 요청했다."),
    ("en", "Chile's foreign minister urged Peru on Saturday to rescind the copper tariffs. She had also urged Peru on "
           "Friday to suspend the tariffs."),
]


@pytest.mark.parametrize("lang, text", ANOTHER_OCCASION)
def test_another_occasion_stays_apart(lang, text):
    days = {"ko": {dt.date(2026, 5, 15), dt.date(2026, 5, 14)}, "en": {dt.date(2026, 5, 16), dt.date(2026, 5, 15)}}
    assert {e.date for e in acts(text, "REQUEST")} == days[lang]


def test_abbreviation_before_a_sentence_opener_ends_the_sentence():
    text = ("Peru's army chief called his counterpart at 4:10 p.m. and the two agreed to halt firing from 6 p.m. "
            "They will speak again on Tuesday. The U.S. President said so. He met U.S. officials.")
    assert [text[s.start:s.end] for s, _ in en_split(text, 0)] == [
        "Peru's army chief called his counterpart at 4:10 p.m. and the two agreed to halt firing from 6 p.m.",
        "They will speak again on Tuesday.", "The U.S. President said so.", "He met U.S. officials."]


MODES = [
    ("ko", "필리핀 외교장관은 15일 베트남 외교장관과 회담하고 관세 부과 결정을 보류해 달라고 요청했다.", "REQUEST", "yield"),
    ("en", "Chile urged Peru on Friday to rescind the tariffs on copper.", "REQUEST", "yield"),
    ("ko", "인도네시아 대통령은 성명을 통해 \"태국 군부는 폭력을 멈추고 구금된 인사들을 즉각 석방해야 한다\"고 촉구했다.",
     "REQUEST", "yield"),
    ("en", "Indonesia's president urged Thailand's military to halt the violence and to free all detained politicians.",
     "REQUEST", "yield"),
    ("ko", "아프리카연합은 가봉 군부에 대통령의 석방과 복권을 요구했다.", "REQUEST", "change"),
    ("en", "The African Union demanded the immediate release and reinstatement of Gabon's ousted president.",
     "REQUEST", "change"),
    ("ko", "중국 외교부는 15일 필리핀 대사를 불러 \"잘못된 발언을 즉각 철회하라\"고 요구했다.", "REQUEST", "change"),
    ("en", "China summoned the Philippine ambassador and demanded that Manila retract the remarks.", "REQUEST", "change"),
    ("ko", "베트남 국방차관은 \"필리핀이 무력 개입한다면 베트남은 반드시 반격할 것\"이라고 경고했다.", "THREATEN", "violence"),
    ("en", "Ghana's president warned Togo on Friday that Ghana would strike back at any incursion.", "THREATEN",
     "violence"),
    ("ko", "필리핀, 자국민에 \"베트남 방문 자제\" 권고\n\n필리핀 외교부는 15일 베트남 대사를 불러 \"잘못된 발언을 즉각 "
           "철회하라\"고 요구했다.", "REQUEST", "change"),
]


@pytest.mark.parametrize("lang, text, etype, mode", MODES)
def test_mode_from_what_is_asked_or_threatened(lang, text, etype, mode):
    assert {e.mode for e in acts(text, etype)} == {mode}


@pytest.mark.parametrize("text, status", [
    ("Brazil's President Rodrigo Vale, who attended the summit, flew to Asuncion afterward to try to mediate and met "
     "Gen. Tomas Ferro, Brazil's presidency said.", "occurred"),
    ("Brazil's President Rodrigo Vale flew to Asuncion and met Paraguay's President Tomas Ferro.", "occurred"),
    ("Brazil's President Rodrigo Vale is expected to meet Paraguay's President Tomas Ferro.", "planned"),
])
def test_past_meeting_verb_after_to_is_held(text, status):
    """English only: a 'to' before a past meeting verb is a preposition's ('flew to X and met') or another verb's
    ('to try to mediate and met'); an infinitive takes no 'met' (lang/en/language.meeting_status)."""
    assert {e.status for e in acts(text, "CONSULT")} == {status}



@pytest.mark.parametrize("text", [
    "The shelling began Wednesday, when Chile shelled what it called rebel depots in Peru in reprisal for the "
    "March 9 ambush of a patrol near Arica.",
    "Chile shelled border posts in Peru on Wednesday over the March 9 ambush."
])
def test_a_date_between_determiner_and_noun_is_the_nouns(text):
    """English only (Korean puts an adverbial day before nouns too, '13일 페루 내 기지를', with no determiner to tell
    them apart): 'the March 9 ambush' names the ambush's day; the strike is Wednesday's, one event
    (lang/en/dates ATTRIBUTIVE_*; pipeline/act_dates.names_another_noun)."""
    struck = [e for e in acts(text, "ASSAULT") if e.trigger.startswith("shelled")]
    assert [e.date for e in struck] == [dt.date(2026, 5, 13)]
