"""Strict fields of matched events: dates inside relative clauses and the other classes listed.

Dates
- a date inside a relative clause on the subject ('A, who spoke with B by phone on Friday, welcomed the deal', '지난 10일
  B와 통화한 A 대통령은 ... 환영했다') dates the relative clause's act (the call), not the main clause's statement, which
  is not made at that call (lang/en/language.relative_extent, lang/ko/date_relatives, pipeline/act_dates.in_other_clause);
  a year there ('which has fired 20 missiles this year') dates no act; a date after the topic stays the topic's;
- a day marked past ('지난 9일') or a sentence opened by 'Earlier,' goes back for its paragraph only
  (ko.yaml past_day_marker_re, en.yaml recall_opening_re);
- a sentence that tells what the story's event followed ('The rejection followed B's launch on Thursday ...') goes back
  for its paragraph only: statements of the next paragraph are of the story's day (en.yaml recall_opening_re);
- a meeting told in a recalled paragraph is no scene of a statement after it: the statement is of the story's day
  (pipeline/story_days.return_from_recall); '같은 날' in the next paragraph goes on with the recalled day;
- a lead under a headline takes the day its body's first sentence retells it with, as a lead with no headline does
  (pipeline/lead_dates, Language.is_headline);
- a statement whose named speaker was not at the story's meeting (another person spoke for his state there) is of the
  story's day, not the meeting's (pipeline/act_dates.absent_speaker);
modes
- a building or a work of infrastructure blown up ('blew up a bridge', '건물을 폭파했다') is ASSAULT 'destroy' (the
  manual: destruction as the intention, demolition), a bomb among people stays 'explosives';
- a request or refusal to agree to a truce ('urged B to agree to the truce') is 'yield' (the manual's REQUEST/REJECT
  modes: "ceasefires"), a request to agree to talks stays 'meet' (lang/en/act_modes.truce_mode);
- a formal designation of conduct as a crime ('declared the killings a genocide', '제노사이드로 규정했다') is ACCUSE
  'allege' (a charge); a description as a crime ('described X as ethnic cleansing') or
  a verdict of mere wrong ('a provocation') is 'disapprove'; a mass killing ('학살을 저질렀다') is ASSAULT 'targeted'.

Formerly tests/pipeline/test_fields10.py; classes first read as "Strict fields of matched events, session fields10,
on our own sentences (names, places and days invented)" (docs/history.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text

PUB = "2025-10-12"  # a Sunday


def events(text: str, etype: str) -> list:
    found = [e for e in extract_text(text, published=PUB).events if e.type == etype]
    assert found, f"no {etype}"
    return found


RELATIVE_CLAUSE_DATE = [
    ("en", "OTTAWA (Reuters) - Canada and Mexico signed a trade pact on Saturday. Chilean President Gabriel Boric, "
           "who spoke with Sheinbaum by phone on Friday, welcomed the agreement.", dt.date(2025, 10, 11)),
    ("ko", "(서울=연합뉴스) 캐나다와 멕시코는 11일 무역협정에 서명했다. 지난 10일 셰인바움 대통령과 통화한 보리치 칠레 "
           "대통령은 이 협정을 환영했다.", dt.date(2025, 10, 11)),
]


@pytest.mark.parametrize("lang,text,day", RELATIVE_CLAUSE_DATE)
def test_relative_clause_date_is_the_clause_acts(lang: str, text: str, day: dt.date) -> None:
    support = events(text, "SUPPORT")
    assert [e.date for e in support] == [day]
    call = events(text, "CONSULT")
    assert [e.date for e in call] == [dt.date(2025, 10, 10)]  # the call keeps its own day


MAIN_CLAUSE_DATE = [
    ("en", "LIMA (Reuters) - Chile's foreign minister, who arrived in Lima on Saturday, criticized Bolivia on Sunday.",
     dt.date(2025, 10, 12)),
    ("ko", "(서울=연합뉴스) 지난 10일 일본 총리는 중국을 비판했다.", dt.date(2025, 10, 10)),  # no relative clause
    ("ko", "(서울=연합뉴스) 지난 10일 열린 회의에서 칠레 외교장관은 페루를 비판했다.", dt.date(2025, 10, 10)),  # a place
]


@pytest.mark.parametrize("lang,text,day", MAIN_CLAUSE_DATE)
def test_main_clause_keeps_its_date(lang: str, text: str, day: dt.date) -> None:
    assert [e.date for e in events(text, "ACCUSE")] == [day]


HABIT_IN_RELATIVE = [
    ("en", "WASHINGTON (AP) - Bolivia, which has conducted more than 20 rounds of missile launches this year, did not "
           "immediately comment."),
    ("ko", "(서울=연합뉴스) 올해 20차례 미사일을 발사한 볼리비아는 아무런 반응을 보이지 않았다."),
]


@pytest.mark.parametrize("lang,text", HABIT_IN_RELATIVE)
def test_year_in_relative_clause_dates_no_act(lang: str, text: str) -> None:
    found = [e for e in extract_text(text, published=PUB).events if e.type == "MOBILIZE"]
    assert all(e.date_precision != "year" for e in found)


def test_followed_deed_is_recalled_for_its_paragraph() -> None:
    text = ("GENEVA (AP) — Chile and Peru on Friday rejected a Bolivian proposal for a border commission.\n\n"
            "The rejection followed Bolivia's launch on Thursday of two ballistic missiles.\n\n"
            "Chile's ambassador criticized Bolivia, saying the move was dangerous.")
    found = [e for e in extract_text(text, published="2025-10-10").events if e.type == "ACCUSE"]
    assert [e.date for e in found] == [dt.date(2025, 10, 10)]


BLOWN_UP_STRUCTURE = [
    ("en", "HAVANA (AP) - Cuba blew up a border checkpoint building on Saturday, the government said.", "destroy"),
    ("en", "LIMA (Reuters) - Peru blew up a bridge on the border on Sunday.", "destroy"),
    ("ko", "(서울=연합뉴스) 쿠바가 11일 국경 검문소 건물을 폭파했다.", "destroy"),
    ("ko", "(서울=연합뉴스) 페루군이 11일 국경 교량을 폭파했다.", "destroy"),
]


@pytest.mark.parametrize("lang,text,mode", BLOWN_UP_STRUCTURE)
def test_blown_up_structure_is_destroy(lang: str, text: str, mode: str) -> None:
    assert [e.mode for e in events(text, "ASSAULT")] == [mode]


TRUCE_REQUESTS = [
    ("The Chilean foreign minister urged Bolivia to agree to the truce without conditions.", "REQUEST", "yield"),
    ("The Chilean foreign minister urged Bolivia to accept a ceasefire.", "REQUEST", "yield"),
    ("The Chilean foreign minister urged Bolivia to agree to talks.", "REQUEST", "meet"),
    ("Bolivia refused to accept the ceasefire proposed by Chile.", "REJECT", "yield"),
]


@pytest.mark.parametrize("sentence,etype,mode", TRUCE_REQUESTS)
def test_truce_request_is_yield(sentence: str, etype: str, mode: str) -> None:
    assert [e.mode for e in events("LIMA (Reuters) - " + sentence, etype)] == [mode]


def test_truce_request_is_yield_ko() -> None:
    text = "(서울=연합뉴스) 칠레 외교장관은 12일 볼리비아에 조건 없이 휴전에 합의하라고 촉구했다."
    assert [e.mode for e in events(text, "REQUEST")] == ["yield"]


PAST_DAY_PARAGRAPH = [
    ("ko", "(서울=연합뉴스) 볼리비아가 16일 오후 국경 검문소 건물을 폭파했다.\n\n"
           "볼리비아는 지난 9일 칠레와의 모든 통신선을 완전히 차단했다.\n\n"
           "칠레 국방부는 폭파 직후 국경 지역 부대의 경계태세를 강화했다고 밝혔다.", "2025-10-16"),
    ("en", "SANTIAGO (Reuters) - Bolivia blew up a border checkpoint building on Thursday.\n\n"
           "Earlier, on October 9, Bolivia cut all communication lines with Chile.\n\n"
           "Chile's defense ministry said it had raised the alert level of its border units.", "2025-10-16"),
]


@pytest.mark.parametrize("lang,text,pub", PAST_DAY_PARAGRAPH)
def test_past_day_is_recalled_for_its_paragraph(lang: str, text: str, pub: str) -> None:
    """'지난 9일 ...' (a day marked past) or 'Earlier, ...' after the story's day: the next paragraph's undated act is of
    the story's day again (ko.yaml past_day_marker_re, en.yaml recall_opening_re)."""
    found = [e for e in extract_text(text, published=pub).events if e.type == "MOBILIZE"]
    assert [e.date for e in found] == [dt.date(2025, 10, 16)]


RECALLED_MEETING = [
    ("ko", "(서울=연합뉴스) 볼리비아가 16일 칠레와 페루의 정상회의를 두고 \"침략적 동맹\"이라고 비난했다.\n\n"
           "앞서 보리치 칠레 대통령과 볼루아르테 페루 대통령은 12일(현지시간) 리마에서 정상회의를 열고 안보 협력 공약을 "
           "채택했다.\n\n"
           "칠레 외교부 당국자는 이날 기자들과 만났다. 칠레 정부는 볼리비아에 미사일 발사 계획을 즉각 철회하라고 촉구했다."),
    ("en", "LA PAZ (Reuters) - Bolivia on Thursday denounced the summit of Chile and Peru as an aggressive alliance.\n\n"
           "Earlier, Chilean President Gabriel Boric held a summit with Peruvian President Dina Boluarte in Lima on "
           "Sunday and adopted a security pledge.\n\n"
           "Boric urged Bolivia to withdraw its missile launch plan immediately."),
]


@pytest.mark.parametrize("lang,text", RECALLED_MEETING)
def test_recalled_meeting_is_no_scene_after_the_recall(lang: str, text: str) -> None:
    """A meeting told in a recalled paragraph ('앞서 ...', 'Earlier, ...') is not where a statement of a later paragraph
    is made: the statement is of the story's day (pipeline/story_days.return_from_recall)."""
    found = [e for e in extract_text(text, published="2025-10-16").events if e.type == "REQUEST"]
    assert [e.date for e in found] == [dt.date(2025, 10, 16)]


def test_same_day_goes_on_with_the_recall() -> None:
    """'같은 날' counts from the day told last: the sentence of a new paragraph goes on with the recalled day, and the
    paragraph after it returns to the story's (pipeline/story_days.return_from_recall)."""
    text = ("(서울=연합뉴스) 칠레 외교부는 16일 볼리비아의 미사일 발사를 규탄했다.\n\n"
            "국방부에 따르면 볼리비아는 지난 14일 오전 탄도미사일 2발을 발사했다.\n\n"
            "칠레군은 같은 날 오후 지대지미사일 1발을 쏘는 대응 사격을 했다.\n\n"
            "칠레 국방부는 국경 지역 부대의 경계태세를 강화했다고 밝혔다.")
    found = [e for e in extract_text(text, published="2025-10-16").events if e.type == "MOBILIZE"]
    days = {e.mode: sorted({x.date for x in found if x.mode == e.mode and x.participants[0].country == "CHL"})
            for e in found if e.participants[0].country == "CHL"}
    assert days == {"weapons": [dt.date(2025, 10, 14)], "troops": [dt.date(2025, 10, 16)]}


HEADLINE_LEAD_BODY = [
    ("ko", "칠레 대통령 \"국경, 벼랑 끝에 섰다\"…리마서 페루·볼리비아 정면충돌\n\n"
           "볼리비아의 국경 검문소 폭파 하루 만에 열린 리마 회의에서 페루와 볼리비아가 정면으로 맞섰다. 보리치 칠레 대통령은 "
           "\"국경이 벼랑 끝에 서 있다\"며 모든 당사자에게 최대한의 자제를 촉구했다.\n\n"
           "보리치 대통령은 15일(현지시각) 리마에서 열린 회의에서 \"지금은 자제해야 할 때\"라고 말했다."),
    ("en", "Chile's Boric says border is on the brink as Peru, Bolivia clash in Lima\n\n"
           "A day after Bolivia blew up a border checkpoint building, Peru and Bolivia clashed at a meeting in Lima. "
           "Chilean President Gabriel Boric urged all parties to exercise maximum restraint.\n\n"
           "Boric told the meeting in Lima on Wednesday that it was time for restraint."),
]


@pytest.mark.parametrize("lang,text", HEADLINE_LEAD_BODY)
def test_lead_under_a_headline_takes_the_bodys_day(lang: str, text: str) -> None:
    """A headline (no sentence's final mark), a lead with no day, a body that retells the lead's statement with its day:
    the lead's statement is of that day, not the publication's (pipeline/lead_dates, Language.is_headline)."""
    found = [e for e in extract_text(text, published="2025-10-16").events if e.type == "REQUEST"]
    assert [e.date for e in found] == [dt.date(2025, 10, 15)]


ABSENT_SPEAKER = [
    ("en", "LIMA (AP) — Tuesday's talks in Lima between Chilean Foreign Minister Alberto van Klaveren and Peruvian "
           "Foreign Minister Elmer Schialer ended with a joint statement.\n\n"
           "Weapons deliveries to Lima restarted on Wednesday, Peru's defense ministry said.\n\n"
           "Speaking in Santiago, Chilean President Gabriel Boric warned that Bolivia would pay a heavy price if it "
           "rejected the truce."),
    ("ko", "(서울=연합뉴스) 반클라베렌 칠레 외교장관과 시알레르 페루 외교장관은 14일 리마에서 회담했다.\n\n"
           "페루 국방부는 15일 무기 인도가 재개됐다고 밝혔다.\n\n"
           "보리치 칠레 대통령은 산티아고에서 볼리비아가 휴전을 거부하면 큰 대가를 치를 것이라고 경고했다."),
]


@pytest.mark.parametrize("lang,text", ABSENT_SPEAKER)
def test_speaker_absent_from_the_meeting_is_not_dated_by_it(lang: str, text: str) -> None:
    """A statement whose named speaker was not at the story's meeting, where another person spoke for his state, is
    of the story's day, not the meeting's (pipeline/act_dates.absent_speaker)."""
    found = [e for e in extract_text(text, published="2025-10-16").events if e.type == "THREATEN"]
    assert [e.date for e in found] == [dt.date(2025, 10, 15)]


CRIME_VERDICTS = [
    ("en", "SANTIAGO (Reuters) - Chile on Sunday formally declared the Peruvian army's killings a genocide.", "allege"),
    ("en", "SANTIAGO (Reuters) - Chile on Sunday described the Peruvian raids as ethnic cleansing.", "disapprove"),
    ("en", "SANTIAGO (Reuters) - Chile on Sunday called the Peruvian drills a provocation.", "disapprove"),
    ("ko", "(서울=연합뉴스) 칠레 외교부는 12일 페루군의 국경 마을 공격을 제노사이드로 규정했다.", "allege"),
    ("ko", "(서울=연합뉴스) 칠레 외교부는 12일 페루군이 국경 마을에서 학살을 저질렀다며 이를 전쟁범죄로 공식 규정했다.",
     "allege"),
    ("ko", "(서울=연합뉴스) 칠레 외교부는 12일 페루의 국경 훈련을 명백한 도발이라고 비난했다.", "disapprove"),
]


@pytest.mark.parametrize("lang,text,mode", CRIME_VERDICTS)
def test_crime_verdict_alleges(lang: str, text: str, mode: str) -> None:
    """A crime a verdict formally designates ('declared ... a genocide', '제노사이드로 규정') charges the conduct's owner:
    ACCUSE 'allege'; a description as a crime or a
    verdict of mere wrong ('a provocation', '도발') disapproves (lang/en/act_characterize, lang/ko/act_verdicts)."""
    assert [e.mode for e in events(text, "ACCUSE")] == [mode]


def test_mass_killing_is_targeted() -> None:
    """'학살을 저질렀다': deliberate mass killings are the manual's ASSAULT 'targeted', not 'unconventional' (CBRN)."""
    text = "(서울=연합뉴스) 칠레 외교부는 12일 페루군이 국경 마을에서 학살을 저질렀다고 밝혔다."
    assert {e.mode for e in events(text, "ASSAULT")} == {"targeted"}
