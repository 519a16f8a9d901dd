"""Acts other than meetings: each type in each language, with negated and planned forms."""
from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

PUB = date(2022, 11, 3)


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("한미 양국은 북한의 탄도미사일 발사를 강력히 규탄했다.", "ACCUSE", {"KOR", "USA"}, {"PRK"}),
    ("South Korea and the United States condemned North Korea's missile launch on Tuesday.", "ACCUSE",
     {"KOR", "USA"}, {"PRK"}),
    ("정부는 북한에 도발 중단을 촉구했다.", "REQUEST", {"KOR"}, {"PRK"}),
    ("Japan urged North Korea to halt its missile tests.", "REQUEST", {"JPN"}, {"PRK"}),
    ("북한은 한국의 대화 제의를 거부했다.", "REJECT", {"PRK"}, {"KOR"}),
    ("China rejected the proposal from Japan.", "REJECT", {"CHN"}, {"JPN"}),
    ("미국은 북한의 추가 도발에는 대가가 따를 것이라고 밝혔다.", "THREATEN", {"USA"}, {"PRK"}),
    ("The United States warned North Korea against further provocations.", "THREATEN", {"USA"}, {"PRK"}),
    ("미국은 북한에 독자 제재를 부과했다고 밝혔다.", "SANCTION", {"USA"}, {"PRK"}),
    ("The United States sanctioned North Korea over its weapons programs.", "SANCTION", {"USA"}, {"PRK"}),
    ("북한이 2일 서해 쪽으로 순항미사일 여러 발을 발사했다.", "MOBILIZE", {"PRK"}, set()),
    ("North Korea fired two ballistic missiles on Wednesday.", "MOBILIZE", {"PRK"}, set()),
    ("러시아군은 우크라이나를 공격했다.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("North Korean soldiers engaged in combat against Ukrainian forces.", "ASSAULT", {"PRK"}, {"UKR"}),
    ("북한과 러시아는 19일 포괄적 전략 동반자 협정에 서명했다.", "AGREE", {"PRK", "RUS"}, set()),
    ("Russia and North Korea signed a partnership treaty on Wednesday.", "AGREE", {"PRK", "RUS"}, set()),
])
def test_act_types_and_sides(extract, text, kind, actors, recipients):
    found = events_of(extract(text, published=PUB), kind)
    assert found, text
    assert countries(found[0].participants) == actors and countries(found[0].recipients) == recipients


@pytest.mark.parametrize("text, kind", [
    ("The United States did not condemn North Korea's launch.", "ACCUSE"),
    ("북한은 미사일을 발사하지 않았다.", "MOBILIZE"),
])
def test_negated_acts_are_not_events(extract, text, kind):
    assert not events_of(extract(text, published=PUB), kind)


@pytest.mark.parametrize("text, kind", [
    ("The United States may impose sanctions on North Korea.", "SANCTION"),
    ("미국은 북한에 대한 독자 제재를 부과할 방침이다.", "SANCTION"),  # enmodes70: weighed ('검토할') it is a THREATEN
])
def test_possible_acts_are_planned(extract, text, kind):
    (e,) = events_of(extract(text, published=PUB), kind)
    assert e.status == "planned"


def test_generic_pledge_is_flagged(extract):
    a = extract("박진 외교부 장관과 블링컨 국무장관은 13일 회담하고 긴밀히 소통해 나가기로 했다.", published=date(2022, 6, 14))
    (e,) = events_of(a, "AGREE")
    assert e.generic


def test_statement_at_a_meeting_has_the_meeting_date(extract):
    a = extract("박진 외교부 장관은 13일 블링컨 국무장관과 회담했다.\n양측은 북한의 도발을 규탄했다.",
                published=date(2022, 6, 15))
    (e,) = events_of(a, "ACCUSE")
    assert e.date == date(2022, 6, 13) and countries(e.participants) == {"KOR", "USA"}


@pytest.mark.parametrize("text", [
    "Chile and Peru condemned the attack on a border post.",
    "Chile and Peru strongly denounced the bombing of the embassy.",
    "칠레 정부는 국경 초소에 대한 공격을 강력히 규탄했다.",
])
def test_a_judged_noun_act_is_not_done_by_the_judge(extract, text):
    """'condemned the attack': the subject of the statement judges the attack and did not carry it out."""
    a = extract(text, published=date(2023, 10, 11))
    judges = {"CHL", "PER", "FRA"}
    assert not [e for e in a.events if e.type == "ASSAULT" and {p.country for p in e.participants} & judges]


@pytest.mark.parametrize("text, kind, day", [
    # a date after a statement's verb, in its clause, dates the statement
    ("Chile condemned Norway on Monday over the detention of two fishermen.", "ACCUSE", date(2024, 4, 29)),
    ("Chile imposed sanctions on three Norwegian firms on Tuesday.", "SANCTION", date(2024, 4, 30)),
    ("Chile and Peru signed a fisheries agreement on Friday.", "AGREE", date(2024, 4, 26)),  # the act's own noun
    ("칠레 외교부는 29일 노르웨이를 강하게 규탄했다.", "ACCUSE", date(2024, 4, 29)),
])
def test_a_date_in_the_statements_own_clause_dates_it(text, kind, day):
    events = [e for e in extract_text(text, published=date(2024, 5, 1)).events if e.type == kind]
    assert [(e.date, e.date_basis) for e in events] == [(day, "text")]


def test_a_date_after_another_act_word_in_the_clause_is_that_acts():
    text = "Chile condemned Norway's missile launch on Sunday."
    accuse = [e for e in extract_text(text, published=date(2024, 5, 1)).events if e.type == "ACCUSE"]
    assert accuse and date(2024, 4, 28) not in [e.date for e in accuse]
