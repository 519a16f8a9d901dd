"""Meeting events from sentences we wrote, one behaviour each, in both languages."""
from datetime import date

import pytest

from tests.conftest import events_of, names


@pytest.fixture(scope="module")
def english():
    from readout.api import library_pipeline

    return library_pipeline().language("en")


def test_korean_meeting_with_date_and_place(extract):
    a = extract("박진 외교부 장관은 13일(현지시간) 미국 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다.",
                published=date(2022, 6, 14))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Park Jin", "Antony Blinken"}
    assert (e.date, e.location.name, e.location.country, e.status) == (date(2022, 6, 13), "Washington", "USA", "occurred")


def test_one_meeting_per_counterpart(extract):
    a = extract("조태열 장관은 지난 14일 페루 리마에서 블링컨 미국 국무장관, 이와야 일본 외무상과 잇달아 회담했다.")
    assert sorted(sorted(names(e)) for e in events_of(a, "CONSULT")) == [
        ["Antony Blinken", "Cho Tae-yul"], ["Cho Tae-yul", "Takeshi Iwaya"]]


def test_a_trilateral_is_one_meeting(extract):
    a = extract("U.S. President Joe Biden hosted South Korean President Yoon Suk Yeol and Japanese Prime Minister "
                "Fumio Kishida for a trilateral summit on Friday.", published=date(2023, 8, 19))
    (e,) = events_of(a, "CONSULT")
    assert len(e.participants) == 3 and e.mode == "multilateral" and e.date == date(2023, 8, 18)


def test_a_phone_call(extract):
    a = extract("Japanese Foreign Minister Yoko Kamikawa spoke on December 4 with her Republic of Korea "
                "counterpart Park Jin.", published=date(2023, 12, 5))
    (e,) = events_of(a, "CONSULT")
    assert e.mode == "phone" and e.date == date(2023, 12, 4)


def test_a_planned_meeting(extract):
    a = extract("박진 외교부 장관은 오는 20일 블링컨 국무장관과 회담할 예정이다.", published=date(2022, 6, 14))
    (e,) = events_of(a, "CONSULT")
    assert e.status == "planned" and e.date == date(2022, 6, 20)


def test_short_references_resolve_to_people_named_before(extract):
    a = extract("박진 외교부 장관은 14일 블링컨 국무장관과 만났다.\n박 장관은 이날 블링컨 장관과 다시 회담했다.",
                published=date(2022, 6, 15))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Park Jin", "Antony Blinken"} and len(e.evidence) == 2


def test_the_dateline_city_is_not_the_meeting_place(extract):
    a = extract("[서울=가상통신] 홍길동 기자 = 박진 외교부 장관은 13일 토니 블링컨 국무장관과 통화했다.",
                published=date(2022, 6, 14))
    (e,) = events_of(a, "CONSULT")
    assert e.location is None and e.mode == "phone"


def test_a_visit_gives_the_country(extract):
    a = extract("홍길순 외교부 국장은 6일 방한 중인 존 스미스 미국 국무부 부차관보와 협의를 가졌다.",
                published=date(2023, 2, 6))
    (e,) = events_of(a, "CONSULT")
    assert e.location.country == "KOR" and len(e.participants) == 2


def test_english_weekday_and_reporting_date(extract):
    a = extract("Japanese nuclear envoy Takehiro Funakoshi sat down with his South Korean counterpart, "
                "Noh Kyu-duk, on Wednesday, the ministry in Tokyo said Saturday.", published=date(2021, 10, 17))
    (e,) = events_of(a, "CONSULT")
    assert e.date == date(2021, 10, 13) and names(e) == {"Takehiro Funakoshi", "Noh Kyu-duk"}


def test_leaders_named_by_their_countries_resolve_by_date(extract):
    a = extract("한미 정상은 21일(현지시간) 워싱턴 백악관에서 정상회담을 가졌다.", published=date(2021, 5, 22))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Moon Jae-in", "Joe Biden"} and e.location.name == "Washington"


def test_a_summit_word_is_not_a_group_of_leaders(extract):
    a = extract("두 외교장관은 한일중 정상회의를 앞두고 긴밀히 소통하기로 했다.", published=date(2024, 11, 15))
    assert not events_of(a, "CONSULT")


@pytest.mark.parametrize("text", [
    ("The foreign ministers of Chile and Peru met in Lima on Tuesday. Their last talks, on March 2, ended without "
     "a deal, and the talks that followed on May 9 went no further. Chile accused Peru of violating "
     "the border."),
    ("칠레와 페루 외교장관은 10일 리마에서 회담했다. 두 장관의 지난 3월 2일 회담은 합의 없이 끝났고 5월 9일 협의도 "
     "진전이 없었다. 칠레 정부는 페루의 국경 침범을 규탄했다."),
])
def test_a_day_weeks_before_the_story_does_not_date_what_follows(extract, text):
    """A report steps back months only to recall: the sentence after a recalled day is about the
    story's own day again."""
    a = extract(text, published=date(2023, 10, 11))
    condemned = [e for e in a.events if e.type == "ACCUSE"]
    assert condemned and all(e.date == date(2023, 10, 10) for e in condemned)


def test_the_country_a_visitor_came_to_places_the_meeting(extract):
    """'한국을 찾은 A, B 등도 만났으며': the object of the visit verb hosts the meetings with them."""
    a = extract("김철수 외교부 차관은 학술회의 참석차 한국을 찾은 존 스미스 미국 조지타운대 교수, 마리 뒤퐁 프랑스 "
                "파리정치대학 교수 등도 만났다.", published=date(2023, 10, 11))
    meetings = events_of(a, "CONSULT")
    assert meetings and all(e.location and e.location.country == "KOR" for e in meetings)


@pytest.mark.parametrize("text, people", [
    ("The foreign ministers of the United States, Japan and South Korea held a meeting in Jakarta on Friday.",
     {"Yoshimasa Hayashi", "Antony Blinken", "Park Jin"}),
    ("The Japanese, U.S. and South Korean foreign ministers held talks in Jakarta on Friday.",
     {"Yoshimasa Hayashi", "Antony Blinken", "Park Jin"}),
    ("The leaders of China and Russia met in Moscow on Tuesday.", {"Xi Jinping", "Vladimir Putin"}),
    ("한미일 외교장관은 14일 자카르타에서 회담했다.", {"Yoshimasa Hayashi", "Antony Blinken", "Park Jin"}),
])
def test_an_office_group_names_each_state_s_holder(extract, text, people):
    """'the foreign ministers of A, B and C': the holders of that office on the day, one per state."""
    a = extract(text, published=date(2023, 7, 15))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == people


def test_an_office_group_needs_two_listed_states(extract):
    a = extract("The foreign ministers of Japan and of several other countries talked in Jakarta on Friday.",
                published=date(2023, 7, 15))
    assert not events_of(a, "CONSULT")


@pytest.mark.parametrize("text, people", [
    ("스미스 장관은 회담에 앞서 김철수 국무총리를 예방했다.", {"스미스", "Kim Cheol-su"}),  # a courtesy call
    ("스미스 장관은 김철수 대통령 권한대행 부총리 겸 재무장관을 예방했다.", {"스미스", "Kim Cheol-su"}),
    ("정부는 감염병 확산을 예방하기 위해 김철수 장관과 노력했다.", None),  # prevention, not a call
])
def test_a_courtesy_call_is_a_meeting_and_an_acting_title_goes_on(extract, text, people):
    """'예방했다' with a person as object is a courtesy call; '대통령 권한대행 부총리 겸 장관을': the
    chain of titles and qualifiers takes its last word's particle."""
    a = extract(text, published=date(2025, 1, 7))
    found = [names(e) for e in events_of(a, "CONSULT")]
    assert found == ([people] if people else [])


@pytest.mark.parametrize("text, status", [
    ("김철수 장관은 마이클 브라운 장관과 회담을 연 것으로 알려졌다.", "occurred"),  # reported as done
    ("김철수 장관은 마이클 브라운 장관과 회담을 열 것으로 알려졌다.", "planned"),
    ("김철수 장관은 마이클 브라운 장관과 만난 것으로 보인다.", "occurred"),
    ("김철수 장관은 마이클 브라운 장관과 만날 것으로 보인다.", "planned"),
])
def test_a_reported_meeting_is_planned_only_in_the_future_form(extract, text, status):
    (e,) = events_of(extract(text, published=date(2025, 1, 7)), "CONSULT")
    assert e.status == status


def test_meetings_with_two_counterparts_split_unless_a_multilateral_meeting_is_named(extract):
    """'한미일 3국 협력' names cooperation, not a meeting: 'A는 B과 C과 회담' stays two bilaterals."""
    a = extract("한미일 3국 협력이 중요하다. 김철수 장관은 마이클 브라운 상무장관과 메리 존스 에너지장관과 "
                "회담을 진행했다.", published=date(2025, 1, 7))
    assert sorted(len(e.participants) for e in events_of(a, "CONSULT")) == [2, 2]


def test_the_country_a_visitor_entered_places_the_meeting(extract):
    a = extract("미국에 입국한 김철수 장관은 마이클 브라운 상무장관과 회담했다.", published=date(2025, 1, 7))
    (e,) = events_of(a, "CONSULT")
    assert e.location and e.location.country == "USA"


@pytest.mark.parametrize("text", [
    "Two days after North Korea launched a missile on July 12, Park Jin met Antony Blinken in Jakarta.",
    "북한이 지난 12일 미사일을 발사한 후 이틀 만에 박진 장관은 블링컨 장관과 회담했다.",
])
def test_a_date_in_an_after_clause_dates_that_clause_s_act(extract, text):
    """'after X fired a missile on July 12, A met B': the 12th dates the launch, not the meeting."""
    a = extract(text, published=date(2023, 7, 15))
    (launch,) = events_of(a, "MOBILIZE")
    (meeting,) = events_of(a, "CONSULT")
    assert launch.date == date(2023, 7, 12) and meeting.date != date(2023, 7, 12)


@pytest.mark.parametrize("text, people", [
    ("US envoy Sung Kim flew into Seoul on Saturday. The trip followed a speech by North Korean leader Kim "
     "Jong-un a week earlier. On Monday, Kim met Noh Kyu-duk in Seoul.", {"Sung Kim", "Noh Kyu-duk"}),
    ("Park Jin arrived in Tokyo on Saturday. He met Yoshimasa Hayashi there, a week after former president Park "
     "Geun-hye spoke. On Monday, Park met Antony Blinken.", None),
])
def test_a_bare_surname_keeps_to_the_story_s_person(extract, text, people):
    """A second Kim named in full later does not take over the story's 'Kim'."""
    a = extract(text, published=date(2021, 6, 19))
    if people is None:  # a short form refers back to someone the document named before it
        assert {"Park Jin", "Antony Blinken"} in [names(e) for e in events_of(a, "CONSULT")]
    else:
        assert [names(e) for e in events_of(a, "CONSULT")] == [people]


def test_an_honorific_opens_a_coordinated_name_not_a_pronoun(extract):
    """'..., and His Excellency Mr. X': 'His' is an honorific, and X is the third party of the meeting."""
    a = extract("Foreign Minister Cho Tae-yul hosted talks in Seoul on Monday with U.S. Secretary of State "
                "Antony Blinken and His Excellency Mr. Takeshi Iwaya, the Japanese foreign minister, in a "
                "Korea-U.S.-Japan meeting.", published=date(2024, 11, 19))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Cho Tae-yul", "Antony Blinken", "Takeshi Iwaya"} and e.mode == "multilateral"


@pytest.mark.parametrize("compound, multilateral", [
    ("a Korea-U.S.-Japan Foreign Ministers' Meeting", True),
    ("a U.S.-Japan-Republic of Korea (ROK) Vice Ministers' Talks", True),
    ("a Korea-U.S. Foreign Ministers' Meeting", False),
])
def test_a_compound_of_three_states_marks_a_multilateral_meeting(english, compound, multilateral):
    assert english.meeting_is_multilateral(f"Cho Tae-yul held {compound} with Blinken and Iwaya.") == multilateral


@pytest.mark.parametrize("text", [
    "The foreign ministers of Japan, South Korea and the United States on Monday pledged closer cooperation. "
    "Their meeting was arranged quickly after North Korea's launch of a missile on Saturday.",
    "Cho Tae-yul, Antony Blinken and Takeshi Iwaya on Monday vowed to deepen cooperation. "
    "The talks were arranged quickly after North Korea's launch of a missile on Saturday.",
])
def test_their_meeting_refers_back_to_officials_named_together(extract, text):
    """'Their meeting', 'The talks': the parties are the officials the previous sentence named as one
    subject, and the day is the one that sentence gives (not the launch's Saturday)."""
    a = extract(text, published=date(2024, 11, 19))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Cho Tae-yul", "Antony Blinken", "Takeshi Iwaya"}
    assert e.date == date(2024, 11, 18) and e.location is None


def test_a_meeting_referred_back_to_gets_its_place_from_its_own_phrase(extract):
    a = extract("Cho Tae-yul and Antony Blinken on Monday pledged close coordination. In the meeting, held on the "
                "sidelines of a regional forum in Lima, Cho thanked Blinken. Their talks followed a meeting of "
                "their deputies in Tokyo in June.", published=date(2024, 11, 19))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Cho Tae-yul", "Antony Blinken"} and e.location.name == "Lima"


def test_a_meeting_noun_with_its_own_parties_does_not_refer_back(extract):
    a = extract("Cho Tae-yul, Antony Blinken and Takeshi Iwaya on Monday pledged close coordination. The first "
                "meeting of the new task force is planned for next month.", published=date(2024, 11, 19))
    assert events_of(a, "CONSULT") == []


@pytest.mark.parametrize("text, place", [
    ("Cho Tae-yul, visiting Peru (Lima) for a regional forum, met Antony Blinken on Friday.", "Lima"),
    ("Cho Tae-yul met Antony Blinken on Friday in response to North Korea's launch of a missile.", None),
])
def test_english_place_rules(extract, text, place):
    """A bracketed city after a visited country is the place; 'to North Korea's' names an owner."""
    a = extract(text, published=date(2024, 11, 16))
    (e,) = events_of(a, "CONSULT")
    assert (e.location.name if e.location else None) == place


@pytest.mark.parametrize("text, people, place", [
    ("Foreign Minister Takeshi Iwaya paid a courtesy call on President Yoon Suk Yeol in Seoul on Monday.",
     {"Takeshi Iwaya", "Yoon Suk Yeol"}, "Seoul"),
    ("On Monday, Takeshi Iwaya called on Prime Minister Han Duck-soo in Seoul.", {"Takeshi Iwaya", "Han Duck-soo"},
     "Seoul"),
    ("Kim Hong-kyun paid a courtesy visit to Foreign Minister Wang Yi in Beijing on Monday.",
     {"Kim Hong-kyun", "Wang Yi"}, "Beijing"),
])
def test_the_one_called_on_is_the_counterpart(extract, text, people, place):
    """'paid a courtesy call on X', 'called on X', 'a visit to Minister X': X is the counterpart, and a
    courtesy call is made in person (it keeps its place)."""
    a = extract(text, published=date(2024, 11, 19))
    (e,) = events_of(a, "CONSULT")
    assert names(e) == people and e.mode != "phone" and e.location.name == place


def test_calling_on_someone_to_act_is_no_meeting(extract):
    a = extract("Cho Tae-yul called on Wang Yi to play a constructive role.", published=date(2024, 11, 19))
    assert events_of(a, "CONSULT") == []


@pytest.mark.parametrize("text, pairs", [
    ("Cho Tae-yul, who met Wang Yi in Beijing on Monday, flew home on Tuesday.", [["Cho Tae-yul", "Wang Yi"]]),
    ("조태열 장관이 13일 국제회의가 개최되고 있는 리마에서 블링컨 국무장관, 이와야 외무상과 잇달아 만났다고 외교부가 밝혔다.",
     [["Antony Blinken", "Cho Tae-yul"], ["Cho Tae-yul", "Takeshi Iwaya"]]),
])
def test_a_clause_without_its_own_subject_takes_the_sentence_s(extract, text, pairs):
    """A relative clause between the subject and the meeting verb does not leave the meeting without it."""
    a = extract(text, published=date(2024, 11, 19))
    assert sorted(sorted(names(e)) for e in events_of(a, "CONSULT")) == pairs


@pytest.mark.parametrize("text, place", [
    ("Cho Tae-yul met Antony Blinken on Monday and called for calm in the Taiwan Strait.", None),
    ("Cho Tae-yul met Antony Blinken on Monday, as reported in the Korea Herald.", None),
    ("Cho Tae-yul met Antony Blinken in Jeju Island on Monday.", "Jeju"),
])
def test_a_place_name_inside_a_longer_name_is_no_place(extract, text, place):
    a = extract(text, published=date(2024, 11, 19))
    (e,) = events_of(a, "CONSULT")
    assert (e.location.name if e.location else None) == place


def test_a_title_fragment_does_not_make_officials_named_together(extract):
    """'Furthermore, Secretary' misread as a name must not join the next name into a group."""
    a = extract("Secretary Rubio met Minister Cho Hyun in Washington on Thursday. Furthermore, Secretary Rubio and "
                "Minister Cho discussed trade. Both officials welcomed President Lee Jae-myung's upcoming visit.",
                published=date(2025, 8, 1))
    assert all(len(e.participants) == 2 for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text, people", [
    ("Cho Hyun and Marco Rubio on Thursday welcomed President Lee Jae-myung's upcoming visit.", []),
    ("Cho Hyun on Thursday welcomed Marco Rubio's visit with President Lee Jae-myung.",
     [{"Marco Rubio", "Lee Jae-myung"}]),
])
def test_a_meeting_noun_s_owner_is_its_subject_not_the_main_clause_s(extract, text, people):
    a = extract(text, published=date(2025, 8, 1))
    assert [names(e) for e in events_of(a, "CONSULT") if not e.implied] == people


@pytest.mark.parametrize("text, day, place", [
    ("Cho Tae-yul met Wang Yi on Monday, a week after Wang returned from Tokyo.", date(2024, 11, 18), None),
    ("Kim Hong-kyun held talks with Kurt Campbell on Tuesday, after North Korea fired missiles in Pyongyang.",
     date(2024, 11, 19), None),
    # a relative clause's day is its own act's; the place of an arrival there is where the visitor is
    ("Cho Tae-yul, who arrived in Lima on Thursday, met Antony Blinken on Friday.", date(2024, 11, 15), "Lima"),
])
def test_a_subordinate_clause_gives_the_meeting_no_date_or_place(extract, text, day, place):
    a = extract(text, published=date(2024, 11, 20))
    (e,) = events_of(a, "CONSULT")
    assert e.date == day and (e.location.name if e.location else None) == place


@pytest.mark.parametrize("text", [
    "Cho Tae-yul asked Wang Yi to attend the summit in Gyeongju.",
    "Cho Tae-yul invited Wang Yi to visit Seoul.",
    "Cho Tae-yul urged Wang Yi to hold talks soon.",
])
def test_who_asks_and_who_is_asked_to_meet_did_not_meet(extract, text):
    """'A asked B to attend the summit': a request, not a meeting of A and B."""
    a = extract(text, published=date(2025, 9, 18))
    assert events_of(a, "CONSULT") == []


@pytest.mark.parametrize("text, place", [
    ("Officials greeted the minister upon arrival at Soekarno-Hatta airport in Tangerang on Monday. "
     "Australian Foreign Minister Penny Wong arrived in Jakarta on Monday for talks with Indonesian Foreign "
     "Minister Sugiono.", "Jakarta"),
    ("일본 외무상은 20일 나리타 공항을 통해 출국했다. 필리핀 외무장관은 20일 마닐라에 도착해 베트남 외교장관과 회담했다.", "Manila"),
])
def test_talks_a_traveller_arrived_for_are_where_he_arrived(extract, text, place):
    """'arrived in X for talks with Y': the talks' own clause names no place; the arrival's does (not another
    sentence's airport town)."""
    (e,) = events_of(extract(text, published=date(2024, 5, 20)), "CONSULT")
    assert e.location.name == place
