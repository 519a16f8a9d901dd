"""'the two sides', 'both countries', '양국', '양측' stand for the story's two PRINCIPAL parties (pairs49), in both
languages (pipeline/act_pairs.principal_sides, signatories, principal_pair):
1. the states only voicing a third party's condemnation, appeal or concern, or only attending, are no pair a later
   group word means; the sides of the latest conflict act or accord with exactly two sides are;
2. the signatories of an accord are what its paragraph's 'the two sides agreed' means, not its witnesses;
3. a body's session in a city ('The Council met in X and urged the two sides') names no side: the story's pair is.
Negatives: a meeting's 'the two sides' stays the meeting's parties; a side's own accusation still names the pair."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import countries, events_of

PUBLISHED = date(2025, 3, 4)


def sides(extract, text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    """(actors, recipients) of every event of `kind` extracted from `text`."""
    return [(countries(e.participants), countries(e.recipients))
            for e in events_of(extract(text, published=PUBLISHED), kind)]


@pytest.mark.parametrize("text, actor, pair", [
    ("Peruvian and Ecuadorian troops clashed on the border on Monday, killing two soldiers. Chile's foreign ministry "
     "condemned Ecuador, and Argentina's foreign minister voiced concern. Brazil on Tuesday urged both countries to "
     "return to talks.", "BRA", {"PER", "ECU"}),
    ("페루군과 에콰도르군이 3일 국경에서 충돌해 병사 2명이 숨졌다. 칠레 외교부는 에콰도르를 규탄했고, 아르헨티나 "
     "외교부도 우려를 표명했다. 브라질 정부도 이날 양국에 대화 재개를 촉구했다.", "BRA", {"PER", "ECU"}),
    ("가나와 토고는 7일 아크라에서 국경 협정에 서명했다. 이 자리에는 나이지리아 대사와 베냉 대사도 참석했다. 미국 "
     "국무장관은 성명에서 \"양국 정부가 합의를 완전히 이행하기를 기대한다\"고 밝혔다.", "USA", {"GHA", "TGO"}),
])
def test_third_party_speakers_and_attendees_are_no_pair(extract, text, actor, pair):
    assert ({actor}, pair) in sides(extract, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a border accord in Accra on Friday, with Nigeria and Benin as witnesses. Under the accord, "
    "the two sides agreed to open three crossings.",
    "가나와 토고는 7일 아크라에서 국경 협정에 서명했다. 나이지리아와 베냉 외교장관이 증인 자격으로 참석했다. "
    "협정에 따라 양측은 검문소 세 곳을 열기로 합의했다.",
])
def test_the_two_sides_agreed_are_the_signatories_not_the_witnesses(extract, text):
    agreed = sides(extract, text, "AGREE") + sides(extract, text, "CONCEDE")
    assert agreed and all(actors == {"GHA", "TGO"} for actors, _ in agreed)


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on Monday to an immediate ceasefire after talks in Abuja.\nThe fighting has displaced "
    "thousands of people.\nOfficials in Lome said schools would reopen next week.\nThe UN Security Council met in "
    "New York on Friday and urged the two sides to respect the truce.",
    "가나와 토고는 3일 아부자에서 회담을 열고 즉각 휴전에 합의했다.\n이번 충돌로 수천 명이 피란했다.\n로메의 관리들은 "
    "다음 주 학교가 다시 문을 열 것이라고 말했다.\n유엔 안전보장이사회는 7일 뉴욕에서 회의를 열고 양측에 휴전을 "
    "준수하라고 촉구했다.",
])
def test_a_bodys_session_in_a_city_names_no_side(extract, text):
    assert ({"UNO"}, {"GHA", "TGO"}) in sides(extract, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "Somali and Ethiopian troops clashed on the border last week. On Monday, the foreign ministers of Kenya and "
    "Uganda met in Nairobi. The two sides agreed to reopen their border crossings.",
    "소말리아군과 에티오피아군이 지난주 국경에서 충돌했다. 케냐와 우간다 외교장관은 3일 나이로비에서 회담했다. "
    "양측은 국경 검문소를 다시 열기로 합의했다.",
])
def test_a_meetings_two_sides_stay_its_parties(extract, text):
    """Negative: no accord in the paragraph, the meeting told since the clash is what 'the two sides' means."""
    assert ({"KEN", "UGA"}, set()) in sides(extract, text, "AGREE")


def test_a_sides_own_accusation_still_names_the_pair(extract):
    """Negative: an accusation by one of the two (no third party's voice) leaves the pair it names."""
    text = "Ecuador accused Peru of violating its airspace on Monday. Chile urged both countries to hold talks."
    assert ({"CHL"}, {"ECU", "PER"}) in sides(extract, text, "REQUEST")
