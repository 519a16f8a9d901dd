"""consult8 (issue 13): who a meeting is between when the meeting word's own clause does not say it plainly.
- several subjects of different states at talks the text calls bilateral or separate ('during bilateral talks',
  '양자 회담에서', 'each held separate talks with', '각각 ... 회담했다') met the one host each, not one another
  (`pipeline/meeting_parties.py` hosted_pairs; ko lexicon split_pairs_re: 양자/개별 회담); with no host named beside
  them, their own meeting stands;
- a meeting its clause names no principal of ('the bloc's leaders held a video summit, chaired by A and attended by
  B and C', '회의에는 A, B가 참석했다') is between the people chairing and attending it (of two states at least), while
  an entourage ('accompanied by', '배석했다') is no party, nor are those attending a meeting told before ('The
  meeting was also attended by') (`pipeline/meeting_parties.py` attended; the languages' role 'participant': en
  lexicon participant_before_re, ko participant_verbs; `pipeline/roles.py` spreads it over 'A and B');
- 'A, accompanied by X, met B': the one met past the meeting word is no attendee (`lang/en/clauses.py`
  attendee_phrase);
- one who co-hosts or co-chairs a meeting with several others sits at one table with them, not one meeting each
  (en lexicon multilateral_re; Korean '정상회의' was already one);
- '만나 회담할 예정이다': a meeting verb chained to a planned meeting verb is planned too, where the clause reader takes
  the plan noun into the second clause (`lang/ko/meeting_moments.py` chained_plan);
- a body's session told through its speakers ('At the Security Council meeting, A said ... B replied ...', '열린 안보리
  회의에서 A는 ...라며 ... 이에 B는 ...고 맞섰다') is a meeting of those who spoke at it in the sentences just after
  (`pipeline/meeting_sessions.py`)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


def pairs(article) -> set[frozenset[str]]:
    return {frozenset(p.country for p in e.participants) for e in events_of(article, "CONSULT")}


@pytest.mark.parametrize("text", [
    "Among the visiting leaders, Chilean Prime Minister Tomas Arce and Bolivian Prime Minister Rosa Quispe "
    "expressed support for Peruvian President Lucia Moreno's trade plan during bilateral talks on Sunday.",
    "Chilean Prime Minister Tomas Arce and Bolivian Prime Minister Rosa Quispe each held separate talks with "
    "Peruvian President Lucia Moreno on Sunday.",
    "토마스 아르세 칠레 총리와 로사 키스페 볼리비아 총리는 5일 양자 회담에서 루시아 모레노 페루 대통령의 무역 구상에 "
    "지지를 표명했다.",
    "토마스 아르세 칠레 총리와 로사 키스페 볼리비아 총리는 5일 루시아 모레노 페루 대통령과 각각 회담했다.",
])
def test_guests_at_bilateral_talks_each_meet_the_host(extract, text):
    assert pairs(extract(text, published=DAY)) == {frozenset({"PER", "CHL"}), frozenset({"PER", "BOL"})}


@pytest.mark.parametrize("text", [
    "Chilean Prime Minister Tomas Arce and Bolivian Prime Minister Rosa Quispe agreed to expand trade during "
    "bilateral talks on Sunday.",
    "토마스 아르세 칠레 총리와 로사 키스페 볼리비아 총리는 5일 양자 회담을 갖고 무역 확대에 합의했다.",
])
def test_bilateral_talks_with_no_host_are_the_subjects_own(extract, text):
    assert pairs(extract(text, published=DAY)) == {frozenset({"CHL", "BOL"})}


@pytest.mark.parametrize("text", [
    "Leaders of the Andean bloc held an emergency summit by video conference on Thursday, chaired by Peruvian "
    "President Lucia Moreno and attended by, among others, Chilean President Tomas Arce and Bolivian President "
    "Rosa Quispe.",
    "루시아 모레노 페루 대통령이 주재한 9일 화상 정상회의에는 토마스 아르세 칠레 대통령과 로사 키스페 볼리비아 대통령이 "
    "참석했다.",
])
def test_a_summit_held_by_a_body_is_between_its_chair_and_attendees(extract, text):
    assert pairs(extract(text, published=DAY)) == {frozenset({"PER", "CHL", "BOL"})}


@pytest.mark.parametrize("text", [
    "Peruvian President Lucia Moreno attended the summit in Lima on Thursday, accompanied by Peruvian Foreign "
    "Minister Rafael Soto.",
    "이날 회의에는 라파엘 소토 페루 차관과 마르타 로하스 칠레 차관이 배석했다.",
])
def test_an_entourage_is_no_party(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Lucia Moreno met Chilean Foreign Minister Tomas Arce in Lima on Thursday. The meeting "
    "was also attended by Peruvian Vice Minister Rafael Soto and Chilean Vice Minister Marta Rojas.",
    "루시아 모레노 페루 외교장관은 9일 리마에서 토마스 아르세 칠레 외교장관과 회담했다. 이날 회담에는 라파엘 소토 페루 "
    "차관과 마르타 로하스 칠레 차관도 참석했다.",
])
def test_those_attending_a_meeting_told_before_hold_none_of_their_own(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert len(meeting.participants) == 2 and {p.country for p in meeting.participants} == {"PER", "CHL"}


@pytest.mark.parametrize("text", [
    "Peruvian President Lucia Moreno, accompanied by Foreign Minister Rafael Soto, met Chilean President Tomas Arce "
    "in Lima on Monday.",
    "루시아 모레노 페루 대통령은 라파엘 소토 외교장관을 대동하고 6일 리마에서 토마스 아르세 칠레 대통령과 회담했다.",
])
def test_the_one_met_after_an_entourage_is_a_party(extract, text):
    assert pairs(extract(text, published=DAY)) == {frozenset({"PER", "CHL"})}


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Arce arrived in Lima on Monday. On Wednesday, he will co-host the first Andes-Chile "
    "summit with the leaders of Peru, Bolivia, Ecuador and Colombia.",
    "토마스 아르세 칠레 대통령은 13일 리마에 도착했다. 아르세 대통령은 15일 페루, 볼리비아, 에콰도르, 콜롬비아 정상과 "
    "첫 안데스-칠레 정상회의를 공동 주재할 예정이다.",
])
def test_a_cohosted_summit_is_one_table(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == {"CHL", "PER", "BOL", "ECU", "COL"}
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 외교장관과 토마스 아르세 칠레 외교장관은 이달 하순 산티아고에서 다시 만나 회담할 예정이다.",
    "Peruvian Foreign Minister Lucia Moreno and Chilean Foreign Minister Tomas Arce will meet again in Santiago later "
    "this month.",
])
def test_a_meeting_verb_chained_to_a_planned_meeting_is_planned(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "At the Security Council meeting in New York on Saturday, Peruvian Foreign Minister Lucia Moreno said all members "
    "must act. Chile's ambassador Marta Rojas replied that the council was divided. Bolivian Foreign Minister Rosa "
    "Quispe also attended the meeting and accused Peru of interference.",
    "지난 4일 뉴욕 유엔본부에서 열린 안전보장이사회 회의에서 루시아 모레노 페루 외교장관은 \"모든 이사국이 행동해야 한다\"며 "
    "결의를 촉구했다. 이에 마르타 로하스 주유엔 칠레대사는 \"이사회가 분열돼 있다\"고 맞섰고, 로사 키스페 볼리비아 "
    "외교장관도 회의에 참석해 페루를 비난했다.",
])
def test_a_bodys_session_is_between_the_people_who_spoke_at_it(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == {"PER", "CHL", "BOL"}
    assert str(meeting.date) == "2024-05-04" and meeting.location and meeting.location.name == "New York"


@pytest.mark.parametrize("text", [
    "At the Security Council meeting in New York on Saturday, Peruvian Foreign Minister Lucia Moreno said all members "
    "must act. The council adjourned without a vote. Investors in Lima were cautious. Chilean President Tomas Arce "
    "said on Monday that his government would wait.",
])
def test_a_speaker_long_after_the_session_is_no_party(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")
