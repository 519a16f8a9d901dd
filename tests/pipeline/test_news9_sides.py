"""news9 act-side and name rules on sentences we wrote, in both languages: a number of states named by a group word
('the four countries', '세 나라') stands for the states of the meeting just reported (`pipeline/acts.py`
state_group_items); a one-word name a headline gave before the body named the person in full refers, later in the
body, to that person (`pipeline/mentions.py` DocPeople.lookup)."""
from datetime import date

import pytest

from tests.conftest import countries, events_of, names

MET_EN = "The foreign ministers of Kenya, Tanzania and Uganda met in Arusha on Thursday. "
MET_KO = "케냐와 탄자니아, 우간다 외교장관은 1일 아루샤에서 만났다. "


@pytest.mark.parametrize("text, actors, recipients", [
    (MET_EN + "Rwanda on Friday accused the three countries of backing armed groups.", {"RWA"}, {"KEN", "TZA", "UGA"}),
    (MET_KO + "르완다 외교부는 2일 세 나라가 반군을 지원한다고 비난했다.", {"RWA"}, {"KEN", "TZA", "UGA"}),
    (MET_KO + "르완다 외교부는 2일 세 나라를 강하게 비난했다.", {"RWA"}, {"KEN", "TZA", "UGA"}),
])
def test_the_n_countries_are_the_states_of_the_meeting_just_reported(extract, text, actors, recipients):
    acts = events_of(extract(text, published=date(2025, 5, 2)), "ACCUSE")
    assert [(countries(e.participants), countries(e.recipients)) for e in acts] == [(actors, recipients)]


def test_a_count_that_fits_no_meeting_names_no_one(extract):
    """'the two countries' after a three-party meeting and no sentence naming two states: no receiving side guessed."""
    a = extract(MET_EN + "Rwanda on Friday accused the two countries of backing armed groups.",
                published=date(2025, 5, 2))
    assert all(countries(e.recipients) != {"KEN", "TZA"} for e in events_of(a, "ACCUSE"))


@pytest.mark.parametrize("text, published, who", [
    ("Wong, Ruto discuss trade ahead of Nairobi visit\nAustralian Foreign Minister Penny Wong spoke by phone with "
     "Kenyan President William Ruto on Monday.\nWong asked Kenya to lift tariffs on Australian wheat.",
     date(2024, 3, 19), "Penny Wong"),
    ("웡, 루토와 통화\n페니 웡 호주 외교장관은 18일 윌리엄 루토 케냐 대통령과 전화 통화를 했다.\n"
     "웡 장관은 케냐에 호주산 밀 관세를 낮춰 달라고 요청했다.", date(2024, 3, 19), "Penny Wong"),
])
def test_a_headline_surname_does_not_capture_the_body_full_name(extract, text, published, who):
    a = extract(text, published=published)
    last = [m for m in a.mentions if m.entity and m.span.start > a.text.rindex("\n")]
    assert last and last[0].entity.name == who
    (request,) = events_of(a, "REQUEST")
    assert countries(request.participants) == {"AUS"} and countries(request.recipients) == {"KEN"}


@pytest.mark.parametrize("text, published", [
    ("Chile's Boric, New Zealand's Luxon agree to open trade talks\nChilean President Gabriel Boric and New Zealand Prime Minister "
     "Christopher Luxon agreed on Friday to open talks on a trade deal, meeting in Lima.", date(2024, 11, 16)),
    ("칠레, 뉴질랜드와 무역 협상 개시 합의\n가브리엘 보리치 칠레 대통령과 크리스토퍼 럭슨 뉴질랜드 총리는 15일 리마에서 "
     "회담하고 무역 협정 협상을 시작하기로 합의했다.", date(2024, 11, 16)),
])
def test_part_of_an_agreements_states_is_that_agreement(extract, text, published):
    """A headline naming one side of an agreement the body gives with both is one AGREE, dated by the body."""
    (agree,) = events_of(extract(text, published=published), "AGREE")
    assert countries(agree.participants) == {"CHL", "NZL"} and agree.date == date(2024, 11, 15)


def test_in_the_body_part_of_an_agreements_states_is_another_agreement(extract):
    """Only a headline's: in the body, one side's own agreement is its own ('Chile also agreed to host the next round'
    beside the two leaders' pact)."""
    a = extract("Chile, New Zealand to open trade talks\nChilean President Gabriel Boric and New Zealand Prime Minister "
                "Christopher Luxon agreed on Friday to open talks on a trade deal.\nChile also agreed to host the first "
                "round of talks in Santiago.", published=date(2024, 11, 16))
    assert sorted(len(e.participants) for e in events_of(a, "AGREE")) == [1, 2]
