"""A bare office word stands for its holder on the article's day, in both languages:
- a bare office word ('The president met ...', '대통령은 ... 회담했다') stands for the office's holder on the article's
  day: a former holder the document named before ('Former President X', 'X 전 대통령') is not it; the holder of that
  state on the day is (`pipeline/office_day.py`, `pipeline/mentions.py` current_holder). A holder in office on the
  day still is what the bare office refers back to.

Formerly tests/pipeline/test_kb15_offices.py; classes first read as "kb15 rules, on sentences we wrote, in both
languages" (docs/history.md)."""
from datetime import date

import pytest

from tests.conftest import events_of, names


@pytest.mark.parametrize("text, day, holder, former", [
    ("Former U.S. President Joe Biden gave a speech in Boston on Monday. The president met British Prime Minister "
     "Keir Starmer in Washington on Wednesday, the White House said.", date(2025, 9, 17), "Donald Trump", "Joe Biden"),
    ("박근혜 전 대통령은 3일 대구에서 지지자들을 만났다. 대통령은 5일 서울에서 기시다 후미오 일본 총리와 정상회담을 했다.",
     date(2023, 5, 5), "Yoon Suk Yeol", "Park Geun-hye"),
])
def test_a_bare_office_is_its_holder_on_the_day_not_a_former_one(extract, text, day, holder, former):
    meetings = [e for e in events_of(extract(text, published=day), "CONSULT") if len(e.participants) > 1]
    assert meetings
    assert holder in names(meetings[0]) and former not in names(meetings[0])


@pytest.mark.parametrize("text, day, holder", [
    ("U.S. President Joe Biden spoke in Boston on Monday. The president met British Prime Minister Rishi Sunak in "
     "Washington on Wednesday, the White House said.", date(2023, 6, 7), "Joe Biden"),
    ("윤석열 대통령은 3일 대구를 찾았다. 대통령은 5일 서울에서 기시다 후미오 일본 총리와 정상회담을 했다.",
     date(2023, 5, 5), "Yoon Suk Yeol"),
])
def test_a_bare_office_still_refers_back_to_a_holder_in_office(extract, text, day, holder):
    meetings = [e for e in events_of(extract(text, published=day), "CONSULT") if len(e.participants) > 1]
    assert meetings and holder in names(meetings[0])


# - a regional leader with no bloc (a governor, a mayor, a state premier) acts for the state of the region the text
#   names: English 'the governor of X', 'X Mayor Y' (lang/en/towns.py); Korean also when the head's title is joined to
#   the region ('경기도지사는', '부산시장은', '텍사스주지사는': lang/ko/regional_heads.py), 지사 and 시장 only after the
#   peninsula's own divisions (after another name they are a branch office or a market).
@pytest.mark.parametrize("text, state", [
    ("The governor of Ohio condemned Canada on Tuesday.", "USA"),
    ("Ulsan Mayor Kim spoke on Thursday and denounced China.", "KOR"),
    ("The premier of Quebec criticized France on Thursday.", "CAN"),
    ("전라남도지사는 6일 중국 어선의 불법 조업을 강하게 비난했다.", "KOR"),
    ("인천시장은 6일 북한의 도발을 강하게 비난했다.", "KOR"),
    ("캘리포니아주지사는 6일 중국을 강하게 비난했다.", "USA"),
    ("가나가와현지사는 6일 북한의 미사일 발사를 비난했다.", "JPN"),
])
def test_a_regional_head_acts_for_the_regions_state(extract, text, state):
    acts = events_of(extract(text, published=date(2025, 11, 6)), "ACCUSE")
    assert acts and state in {p.country for p in acts[0].participants}


@pytest.mark.parametrize("text", [
    "현대상사 런던지사는 6일 북한의 도발을 강하게 비난했다.",
    "동대문시장은 6일 북한의 도발을 강하게 비난했다.",
])
def test_a_branch_office_or_a_market_is_no_regional_head(extract, text):
    acts = events_of(extract(text, published=date(2025, 11, 6)), "ACCUSE")
    assert not any(p.country == "GBR" for a in acts for p in a.participants)
    assert not any(p.sector == "GOV" and p.country == "KOR" for a in acts for p in a.participants)


# - a capital whose Hangul form is an ordinary word (빈, 방기: countries.yaml capitals_word_ko) is a meeting's place only
#   right before a locative ending with its own state named in the sentence (lang/ko/places.py word_capitals); never
#   with another state named instead. Korean only: the English names are no words.
@pytest.mark.parametrize("text, city", [
    ("박윤주 외교부 1차관은 12일 빈에서 오스트리아 외무차관과 회담했다.", "Vienna"),
    ("중앙아프리카공화국 외교장관은 12일 방기에서 프랑스 외교장관과 회담했다.", "Bangui"),
    ("박윤주 외교부 1차관은 12일 빈에서 일본 외무차관과 회담했다.", None),
])
def test_a_capital_that_is_a_word_is_a_place_only_beside_its_state(extract, text, city):
    meetings = events_of(extract(text, published=date(2025, 11, 13)), "CONSULT")
    assert meetings
    got = meetings[0].location.name if meetings[0].location else None
    assert got == city or (city is None and got not in ("Vienna", "Bangui"))
