"""Korean acts: seized ships' flags, recalled acts and their dates, raids then arrests, 'our' forces.
Each row is a sentence we wrote for the test (not an article's, not the eval's, not the session's held-out family),
read through the whole pipeline: what it states (type, acting and receiving states, status; status None: no such
event). Rows per class: the act, a negated or planned form, and a sentence that states no such act.

Formerly tests/lang/test_ko_act_classes13.py; classes first read as "The Korean act classes of the thirteenth
Korean-acts session (issues 13 and 15: acts on whole held-out articles)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 9, 17)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. A seized ship's state is its flag's, its owner's or its crew's as the text names it; a state named as the
# cargo's origin ('X산 원유를 실은') is what the ship carries (act_bystander_states.cargo_origins, lexicon origin_suffixes),
# the recipient only when no other state is named.
SHIPS = [
    ("오만 해군은 사우디산 나프타를 실은 라이베리아 선적 유조선을 나포했다.", "COERCE", {"OMN"}, {"LBR"}, "occurred"),
    ("인도 해안경비대는 파나마 선적의 말레이시아산 팜유 운반선을 억류했다.", "COERCE", {"IND"}, {"PAN"}, "occurred"),
    ("이집트 당국은 카타르산 가스를 실은 그리스 선적 화물선을 억류할 방침이다.", "COERCE", {"EGY"}, {"GRC"}, "planned"),
    ("오만 해군은 사우디산 나프타를 실은 유조선을 나포했다.", "COERCE", {"OMN"}, {"SAU"}, "occurred"),
    ("오만 해군은 사우디산 나프타를 실은 라이베리아 선적 유조선을 나포하지 않았다.", "COERCE", set(), None, None),
    ("라이베리아 선적 유조선이 사우디산 나프타를 싣고 오만 항구에 입항했다.", "COERCE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", SHIPS)
def test_seized_ship_is_its_flags_not_its_cargos(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 2. 'V-ㄴ 바 있다' / 'V-았던 바 있다' (has done before): an act the story recalls (adnominal_endings._experienced, cues
# experience_noun, experience_verb): its own date if its clause gives one, else never the story's day (the window of
# days up to it, dates50); 'V-ㄴ 바
# 없다' (never did) states no act.
RECALLED_STORY = "칠레 외교장관은 12일 페루 외교장관과 회담했다. "


def _act(text: str, type_: str):
    return next((e for e in events(text) if e.type == type_), None)


def test_recalled_act_is_not_dated_on_the_storys_day():
    e = _act(RECALLED_STORY + "앞서 볼리비아 정부는 칠레에 국경 재개방을 요청한 바 있다.", "REQUEST")
    assert e is not None and {p.country for p in e.participants} == {"BOL"}
    assert e.date != date(2025, 9, 12)  # dates50: the window of days up to the story's day, kept as a month
    assert e.date_precision == "month" and e.date_window == (date(2025, 9, 5), date(2025, 9, 12))


def test_recalled_act_keeps_a_date_of_its_own():
    e = _act(RECALLED_STORY + "볼리비아 정부는 지난 3일 칠레 대사를 추방했던 바 있다.", "SANCTION")
    assert e is not None and e.date == date(2025, 9, 3)


def test_act_of_the_day_keeps_the_storys_day():
    e = _act(RECALLED_STORY + "이어 볼리비아 정부는 칠레에 국경 재개방을 요청했다.", "REQUEST")
    assert e is not None and e.date == date(2025, 9, 12)


FAR_YEAR = ("흑해에서는 2019년 초에도 밀을 가득 싣고 콘스탄차 항을 떠나 지중해 방면으로 향하던 말타 선적 대형 화물선이 "
            "불가리아 당국에 억류")


def test_recalled_act_of_an_earlier_year_is_history():
    """An earlier year anywhere before a recalled act dates it (pipeline act_dates.history, data 'recalled'); the
    same sentence told as news keeps its act (the year stands too far from the verb to date it)."""
    assert _act(FAR_YEAR + "된 바 있다.", "COERCE") is None
    assert _act(FAR_YEAR + "됐다.", "COERCE") is not None


def test_never_done_states_no_act():
    assert _act(RECALLED_STORY + "볼리비아 정부는 칠레 대사를 추방한 바 없다.", "SANCTION") is None


# 3. A raid that is the means of an arrest or seizure told next in one serial clause ('급습해 ... 체포했다') is one
# COERCE, not an ASSAULT besides (act_clauses.raid_for_arrest, cue raid_verb); a raid that kills stays an assault.
RAIDS = [
    ("우간다 경찰은 캄팔라 외곽의 무장단체 은신처를 급습해 용의자 7명을 체포했다.", "COERCE", {"UGA"}, None, "occurred"),
    ("우간다 경찰은 캄팔라 외곽의 무장단체 은신처를 급습해 용의자 7명을 체포했다.", "ASSAULT", set(), None, None),
    ("필리핀 경찰은 마닐라의 한 호텔을 덮쳐 중국인 11명을 검거했다.", "COERCE", {"PHL"}, {"CHN"}, "occurred"),
    ("필리핀 경찰은 마닐라의 한 호텔을 덮쳐 중국인 11명을 검거했다.", "ASSAULT", set(), None, None),
    ("미얀마 군은 카렌족 반군 거점을 급습해 주민 9명을 사살했다.", "ASSAULT", {"MMR"}, None, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", RAIDS)
def test_raid_then_arrest_is_one_coercion(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 4. A release whose sentence opens with the other side's act as its cause ('X 단체가 벌금을 완납함에 따라',
# '~하자'): the main clause's subject releases, and the released go back to the cause's side when they have no
# state of their own (act_conditions.cause_spans, cue cause_verb).
RELEASES = [
    ("스리랑카 해군은 인도 어선 4척의 선주들이 벌금을 납부함에 따라 선원들을 석방했다고 밝혔다.", "RETREAT", {"LKA"},
     {"IND"}, "occurred"),
    ("인도 선주들이 벌금을 납부함에 따라 스리랑카 해군은 억류했던 인도 어민 20명을 풀어줬다.", "RETREAT", {"LKA"},
     {"IND"}, "occurred"),
    ("스리랑카 해군은 인도 어선 선주들이 벌금을 내자 선원들을 풀어줬다.", "RETREAT", {"LKA"}, {"IND"}, "occurred"),
    ("인도 어선 선주들이 벌금을 납부하지 않음에 따라 스리랑카 해군은 선원들을 석방하지 않았다.", "RETREAT", set(),
     None, None),
    ("인도 어선 선주들이 벌금을 납부함에 따라 사건은 일단락됐다.", "RETREAT", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", RELEASES)
def test_release_after_the_other_sides_act(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status, mode="release" if status else None)


# 5. Noun acts that are the accused subject of an accusation's reason clause ('B의 병력 증강과 무기 이전은 ...을 드러낸다며
# 비판했다'): the sentence's event is the speaker's ACCUSE of B; the noun acts are the conduct judged, no events of
# their own (act_verdict_charges.judged_acts); an accusation verb makes its complement the wrong alleged even with no
# verdict word in it (act_verdicts._judging).
JUDGED = [
    ("리투아니아 외무부는 벨라루스의 병력 증강과 국경 배치가 지역 안보를 흔든다며 비판했다.", "ACCUSE", {"LTU"}, {"BLR"},
     "occurred"),
    ("리투아니아 외무부는 벨라루스의 병력 증강과 국경 배치가 지역 안보를 흔든다며 비판했다.", "MOBILIZE", set(), None,
     None),
    ("핀란드 총리는 러시아의 핵무기 배치는 명백한 위협이라고 규탄했다.", "MOBILIZE", set(), None, None),
    ("핀란드 총리는 러시아의 핵무기 배치는 명백한 위협이라고 규탄했다.", "ACCUSE", {"FIN"}, {"RUS"}, "occurred"),
    ("핀란드 총리는 러시아의 핵무기 배치가 지역 안보를 흔든다고 비난하지 않았다.", "ACCUSE", set(), None, None),
    ("리투아니아 국방부는 국경 지역에 병력 증강 배치를 마쳤다.", "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", JUDGED)
def test_noun_acts_in_an_accusations_reason(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 6. A dropped subject after '또', '아울러', '이어' takes the previous sentence's actor when that act was one side's
# (lang/ko/language.continued_subject; pipeline continued_side), even when the story's meeting was told before.
CONTINUED = [
    ("몰도바 총리는 18일 루마니아 총리와 회담했다. 회담에서 몰도바 총리는 루마니아에 전력 지원을 요청했다. "
     "이어 러시아의 에너지 압박을 강하게 비난했다.", "ACCUSE", {"MDA"}, {"RUS"}, "occurred"),
    ("몰도바 외무장관은 러시아의 가스 공급 중단을 비판했다. 아울러 헝가리에 중재를 요청했다.", "REQUEST", {"MDA"},
     {"HUN"}, "occurred"),
    ("몰도바 외무장관은 러시아의 가스 공급 중단을 비판했다. 또 헝가리에 중재를 요청할 계획이다.", "REQUEST", {"MDA"},
     {"HUN"}, "planned"),
    ("몰도바 외무장관은 러시아의 가스 공급 중단을 비판했다. 아울러 헝가리에 중재를 요청하지는 않았다.", "REQUEST",
     set(), None, None),
    # the sentence's first topic is a noun act, the accused of the complement: the judge was dropped
    ("몰도바 총리는 러시아의 가스 공급 중단을 비난했다. 또 러시아의 병력 증강과 무기 이전은 지역 안보가 위태로움을 "
     "드러낸다며 러시아의 군사 활동을 강하게 비판했다.", "ACCUSE", {"MDA"}, {"RUS"}, "occurred"),
    ("몰도바 총리는 러시아의 가스 공급 중단을 비난했다. 또 러시아의 병력 증강과 무기 이전은 지역 안보가 위태로움을 "
     "드러낸다며 러시아의 군사 활동을 강하게 비판했다.", "MOBILIZE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", CONTINUED)
def test_dropped_subject_goes_on_with_the_last_actor(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 7. '우리' before an agent or body noun in Korean copy ('우리 해군 X부대는', '우리 측 대표단은') is the writer's own
# state (lang/ko/countries.own_state, lexicon ko own_state_words); not inside a quotation, not alone, not before a
# noun that names no agent ('우리 경제').
OURS = [
    ("우리 해군 청해부대는 아덴만에서 예멘 어선을 나포했다.", "COERCE", {"KOR"}, {"YEM"}, "occurred"),
    ("우리 공군은 필리핀에 긴급 구호품을 수송기로 지원했다.", "AID", {"KOR"}, {"PHL"}, "occurred"),
    ("우리 해군 청해부대는 다음 주 예멘 어선을 나포할 계획이다.", "COERCE", {"KOR"}, {"YEM"}, "planned"),
    ("우리 측 대표단은 일본 측에 사과를 요구하지 않았다.", "REQUEST", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", OURS)
def test_our_forces_are_the_writers_state(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


@pytest.mark.parametrize("text,named", [
    ("우리 해군은 훈련을 마쳤다.", True),
    ("우리 측 대표단은 귀국했다.", True),
    ("우리 경제는 올해 2% 성장했다.", False),
    ("우리는 훈련을 마쳤다.", False),
    ('대변인은 "우리 해군은 훈련을 마쳤다"고 말했다.', False),
])
def test_our_agent_names_the_writers_state(text, named):
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import split

    (_span, tokens), = split(text, 0)
    found = {code for m in find_countries(text, 0, list(tokens)) for code in m.codes}
    assert ("KOR" in found) == named


def test_our_forces_in_a_foreign_quote_are_the_speakers():
    found = events('중국 국방부 대변인은 "우리 해군은 필리핀 어선을 나포하지 않았다"고 말했다.')
    assert not any("KOR" in {p.country for p in e.participants} for e in found)
