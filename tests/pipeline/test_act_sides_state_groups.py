"""Act sides and names in both languages: states named by a group word, and the other classes listed. A number of
states named by a group word ('the four countries', '세 나라') stands for the states of the meeting just reported
(`pipeline/acts.py` state_group_items); a one-word name a headline gave before the body named the person in full
refers, later in the body, to that person (`pipeline/mentions.py` DocPeople.lookup).

Formerly tests/pipeline/test_news9_sides.py; classes first read as "news9 act-side and name rules on sentences we
wrote, in both languages" (docs/history.md)."""
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


@pytest.mark.parametrize("text", [
    "Australia's government on Tuesday criticised Indonesia's new fishing rules. Indonesia's foreign ministry on "
    "Wednesday rejected the criticism.",
    "호주 정부는 1일 인도네시아의 어업 규제를 비판했다. 인도네시아 외교부는 2일 이 같은 비판을 일축했다.",  # rejected_charge
])
def test_a_rejected_criticism_answers_its_critic(extract, text):
    (reject,) = events_of(extract(text, published=date(2025, 7, 2)), "REJECT")
    assert countries(reject.participants) == {"IDN"} and countries(reject.recipients) == {"AUS"}


@pytest.mark.parametrize("text", [
    "Argentine President Javier Milei will travel to Rome on Tuesday to meet Italian Prime Minister Giorgia Meloni.",
    "Argentine President Javier Milei is due to meet Italian Prime Minister Giorgia Meloni in Rome on Tuesday.",
    "하비에르 밀레이 아르헨티나 대통령은 10일 로마를 방문해 조르자 멜로니 이탈리아 총리를 만날 예정이다.",
])
def test_a_planned_meeting_is_no_agreement_besides_it(extract, text):
    a = extract(text, published=date(2025, 6, 9))
    (meeting,) = events_of(a, "CONSULT")
    assert meeting.status == "planned" and names(meeting) == {"Javier Milei", "Giorgia Meloni"}
    assert events_of(a, "AGREE") == []


def test_an_agreement_to_meet_is_an_agreement(extract):
    a = extract("Argentine President Javier Milei and Italian Prime Minister Giorgia Meloni agreed on Monday to meet "
                "again.", published=date(2025, 6, 10))
    assert [countries(e.participants) for e in events_of(a, "AGREE")] == [{"ARG", "ITA"}]


WARNED = "안규백 국방부 장관은 2일 피트 헤그세스 미국 국방장관과 전화 통화를 했다. "


@pytest.mark.parametrize("text", [
    WARNED + "두 장관은 북한이 도발하면 한미 동맹이 압도적으로 대응할 것이라고 경고했다.",
    "Defence Minister Ahn Gyu-back spoke by phone with U.S. Defense Secretary Pete Hegseth on Tuesday. The two "
    "ministers warned that the alliance would respond overwhelmingly to any provocation by North Korea.",
])
def test_a_response_in_a_warnings_complement_is_the_threat(extract, text):
    a = extract(text, published=date(2025, 9, 3))
    assert [(countries(e.participants), countries(e.recipients)) for e in events_of(a, "THREATEN")] == [
        ({"KOR", "USA"}, {"PRK"})]
    assert events_of(a, "AGREE") == []


def test_a_promise_coordinated_before_a_warning_stays(extract):
    """The warning's complement only: '훈련을 확대하기로 합의하고, ... 대응하겠다고 경고했다' keeps the agreement."""
    a = extract(WARNED + "두 장관은 연합훈련을 확대하기로 합의하고, 북한이 도발하면 압도적으로 대응하겠다고 경고했다.",
                published=date(2025, 9, 3))
    assert [countries(e.participants) for e in events_of(a, "AGREE")] == [{"KOR", "USA"}]
    assert len(events_of(a, "THREATEN")) == 1
