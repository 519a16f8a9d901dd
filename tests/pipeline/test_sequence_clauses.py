"""Classes found on the lead's held-out articles (session 12), end to end on our own sentences, both languages:
- a date inside an object complement ('[북한이 지난 3일 발사한] 것을 규탄했다') dates that complement's act, not
  the statement about it; the date right after the statement's topic stays the statement's;
- a journey after the meeting ('met X before flying to Y', 'X와 회담한 뒤 Y로 향했다') does not place the meeting;
- a meeting verb in an after-clause ('B와 회담한 뒤 ...') is a meeting held, with states as parties too;
- a judged act's gerund ('condemned X for firing', 'accused X of seizing') is X's act, not the judge's;
- people acting ('thousands of farmers protested') carry their own sector, not the government's;
- a rejection of "the measures" answers the measures just reported."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text


def events(text: str, published: str = "2026-03-12"):
    return extract_text(text, published=published).events


def dated(text: str, kind: str) -> list[dt.date]:
    return sorted(e.date for e in events(text) if e.type == kind)


@pytest.mark.parametrize("text, kind, day", [
    ("외교부는 5일 북한이 지난 3일 탄도미사일을 발사한 것을 강력히 규탄했다.", "ACCUSE", 5),
    ("외교부는 5일 북한이 지난 3일 탄도미사일을 발사한 것을 강력히 규탄했다.", "MOBILIZE", 3),
    ("통일부는 12일 북한 무인기가 전날 경기 북부 상공을 침범한 데 대해 깊은 유감을 표했다.", "ACCUSE", 12),
    ("일본 정부는 9일 중국 해경선이 지난 8일 센카쿠 주변 영해를 침범한 것에 대해 항의했다.", "ACCUSE", 9),
    ("정부는 북한이 3일 미사일을 발사한 것을 5일 규탄했다.", "ACCUSE", 5),
    ("Seoul on Thursday condemned Pyongyang for launching a missile on Tuesday.", "ACCUSE", 12),
    ("Seoul on Thursday condemned Pyongyang for launching a missile on Tuesday.", "MOBILIZE", 10),
    ("On Wednesday, Manila accused Beijing of ramming a supply boat.", "ACCUSE", 11),
])
def test_a_complements_date_is_its_own_acts(text, kind, day):
    assert dated(text, kind) == [dt.date(2026, 3, day)]


def test_an_evidential_complement_is_the_news_itself():
    """'~한 것으로 알려졌다': the complement is what is reported, dated by its own day."""
    found = [e for e in events("케냐 대통령은 3일 나이로비에서 에티오피아 총리와 회담한 것으로 알려졌다.")
             if e.type == "CONSULT"]
    assert [e.date for e in found] == [dt.date(2026, 3, 3)]


def place(text: str) -> list[str | None]:
    return [e.location and e.location.name for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, where", [
    ("Kenya's president met Ethiopia's prime minister before traveling to Kampala.", [None]),
    ("Kenya's president met Ethiopia's prime minister in Nairobi and then flew to Kampala.", ["Nairobi"]),
    ("After arriving in Kampala, Kenya's president met Ethiopia's prime minister.", ["Kampala"]),
    ("Kenya's president met Ethiopia's prime minister after arriving in Kampala.", ["Kampala"]),
    ("케냐 대통령은 5일 중국 총리와 회담한 뒤 상하이로 향할 예정이다.", [None]),
    ("케냐 대통령은 베이징에 도착한 뒤 중국 총리와 회담했다.", ["Beijing"]),
])
def test_a_later_journeys_destination_does_not_place_the_meeting(text, where):
    assert place(text) == where


@pytest.mark.parametrize("text", [
    "케냐 대통령은 5일 나이로비에서 에티오피아 총리와 회담한 뒤 캄팔라로 향했다.",
    "칠레 외교장관은 페루 외교장관과 회담한 뒤 공동 기자회견을 열었다.",
])
def test_a_meeting_in_an_after_clause_is_held(text):
    found = [sorted(p.country for p in e.participants) for e in events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and len(found[0]) == 2


@pytest.mark.parametrize("text, kind, actors", [
    ("South Korea condemned North Korea for firing a ballistic missile.", "MOBILIZE", ["PRK"]),
    ("The European Union imposed sanctions on six North Korean entities for supplying weapons to Russia.", "AID",
     ["PRK"]),
    ("Ghana condemned Togo for shelling a border village.", "ASSAULT", ["TGO"]),
])
def test_a_judged_gerund_is_the_judged_sides_act(text, kind, actors):
    assert [sorted(p.country for p in e.participants) for e in events(text) if e.type == kind] == [actors]


@pytest.mark.parametrize("text, kinds", [
    # a place before "for": Kenya did not spy (its detention of the tourist is Kenya's own act: test_lead15_classes)
    ("A Danish tourist was detained in Kenya for spying on an army base.", ("COOPERATE", "ASSAULT", "ACCUSE")),
    ("Chile shut its border with Bolivia and Peru because of clashes among smuggling gangs.",
     ("COOPERATE", "ASSAULT", "ACCUSE", "COERCE")),
])
def test_no_judged_side_where_for_or_of_judges_no_one(text, kinds):
    judged = {"KEN", "PER", "BOL"}
    assert not any(judged & {p.country for p in e.participants} for e in events(text) if e.type in kinds)


@pytest.mark.parametrize("text, sector", [
    ("Thousands of farmers protested in Paris against the trade deal.", "AGR"),
    ("Hundreds of people blocked roads in Lima to protest the reform.", "CVL"),
    ("대학생 수백 명이 서울 일본대사관 앞에서 시위를 벌였다.", "EDU"),  # kopar53b: the students counted, as 'students'
    ("수백 명이 서울 일본대사관 앞에서 시위를 벌였다.", "CVL"),
])
def test_people_acting_carry_their_own_sector(text, sector):
    assert [p.sector for e in events(text) if e.type == "PROTEST" for p in e.participants] == [sector]


def test_a_rejection_of_the_measures_answers_them():
    text = "Canada announced sanctions on five Iranian officials on Monday. Iran's foreign ministry rejected the measures."
    assert [(sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text) if e.type == "REJECT"] == [(["IRN"], ["CAN"])]


MEETING_KO = "앤서니 앨버니지 호주 총리는 4일 캔버라에서 크리스토퍼 럭슨 뉴질랜드 총리와 정상회담을 했다. "
MEETING_EN = ("Australian Prime Minister Anthony Albanese held talks with New Zealand Prime Minister Christopher Luxon "
              "in Canberra on Wednesday. ")


@pytest.mark.parametrize("text, kind, recipients", [
    (MEETING_KO + "앨버니지 총리는 회담에서 피지의 기후 기금 참여를 지지해 달라고 요청했다.", "REQUEST", ["NZL"]),
    (MEETING_KO + "럭슨 총리는 지지 입장을 밝혔다.", "SUPPORT", ["AUS"]),
    (MEETING_EN + "During the talks, Albanese asked for support for Fiji's role in a regional climate fund.", "REQUEST",
     ["NZL"]),
    (MEETING_EN + "Albanese urged China to restore the trade ties.", "REQUEST", ["CHN"]),
])
def test_a_request_for_help_at_a_meeting_asks_the_one_met(text, kind, recipients):
    assert [sorted(p.country for p in e.recipients) for e in events(text) if e.type == kind] == [recipients]


@pytest.mark.parametrize("text, kind, recipients", [
    ("Japan's foreign ministry on Wednesday protested that Chinese coast guard ships had entered its waters.",
     "ACCUSE", ["CHN"]),
    ("Seoul on Monday protested to Tokyo over the textbook.", "ACCUSE", ["JPN"]),
])
def test_a_states_protest_after_a_day_is_diplomatic(text, kind, recipients):
    assert [sorted(p.country for p in e.recipients) for e in events(text) if e.type == kind] == [recipients]
    assert not [e for e in events(text) if e.type == "PROTEST"]


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Russian drones struck an energy facility in Kharkiv overnight.", "ASSAULT", ["RUS"], ["UKR"]),
    ("Israeli jets struck targets in Gaza after talks in Cairo failed.", "ASSAULT", ["ISR"], ["PSE"]),
    ("Russian forces shelled villages in the Kharkiv region.", "ASSAULT", ["RUS"], ["UKR"]),
    ("이스라엘군은 가자지구 남부에 공습을 가했다.", "ASSAULT", ["ISR"], ["PSE"]),
    ("Iran freed two French tourists on Monday.", "RETREAT", ["IRN"], ["FRA"]),
    ("North Korea freed a detained South Korean missionary on Tuesday.", "RETREAT", ["PRK"], ["KOR"]),
])
def test_a_strike_lands_on_the_state_where_it_lands(text, kind, actors, recipients):
    assert [(sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text) if e.type == kind] == [(actors, recipients)]


def test_fighting_on_the_ground_does_not_make_the_place_a_target():
    """Troops fighting in an ally's region: a ground combat word names no struck state."""
    text = "Belarusian troops engaged in heavy combat in Kursk."
    assert not [e for e in events(text) if e.type == "ASSAULT" and e.recipients]


@pytest.mark.parametrize("text, kind", [("한미 양국 군은 10일부터 연합훈련을 시작했다.", "COOPERATE"),  # plans56
                                        ("북한은 10일 포사격 훈련을 시작했다.", "MOBILIZE")])
def test_beginning_an_exercise_is_the_exercise(text, kind):
    assert [e.type for e in events(text)] == [kind]


@pytest.mark.parametrize("text, kind, actors", [
    ("한미 연합훈련이 8일 시작됐다.", "COOPERATE", ["KOR", "USA"]),  # plans56
    ("한미 연합훈련이 8일 실시됐다.", "COOPERATE", ["KOR", "USA"]),
    ("북한의 포격이 재개됐다.", "ASSAULT", ["PRK"]),
])
def test_an_act_said_to_take_place_is_its_owners(text, kind, actors):
    assert [sorted(p.country for p in e.participants) for e in events(text) if e.type == kind] == [actors]
