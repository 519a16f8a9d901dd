"""Whole articles: names keeping their particles, Arabic honorifics, and the other classes listed.
- a name keeps its particles, however many ('Caspar van der Veldt', 'Mario Lubetkin da Costa'), and an Arabic
  honorific before it is no part of it ('Emir Sheikh X' is X): `lang/en/mentions.py` name_pattern, HONOR;
- a described onward destination ('later headed to the southeastern port city of X') is no venue of the meeting
  (en lexicon onward_journey_before_re; Korean '회담 뒤 ... 부산으로 이동해' was already read so);
- 'the two ministers ..., after their talks in X' with no meeting reported yet is the meeting of the people the
  group word counts (`pipeline/meeting_referred.py` counted_meeting);
- a negated side meeting ('did not meet X separately', '따로 만나지는 않았다') is no event, neither held nor cancelled,
  while a plain negated meeting stays cancelled (`lang/base/meetings.py` side_meeting_denied);
- a setting word ('visiting X') does not take the parties of another meeting predicate of its sentence
  (`pipeline/events.py` unclaimed);
- 'a day after their foreign ministers, A and B, met': the recalled clause runs past the apposition's commas, so
  that meeting is dated the day before (`lang/en/language.py` background_extent, recalled_clause_after_re), and
  the story goes on with the reported meeting, not the recalled one (`pipeline/story_focus.py` update_meeting);
- a wire dateline with a year ('CITY, Oct. 7, 2026 (AFP) -') is a dateline: its day never dates an act;
- an undated rejection is no earlier than the act it answers (`pipeline/answer_dates.py` not_before_answered);
- a deed with no date that follows a dated deed of its sentence ("~한 뒤", "after ...,") has that deed's day, not the
  report's (`pipeline/act_dates.py` sequence_dates);
- a decision taken at talks that are the scene of its clause ("회담에서 ~하기로 했다") is no plan of the talks
  (ko lexicon planned_after_setting_re);
- a bare office that travels on ("The minister is set to travel to X") is the first holder the document named, the
  visitor, not the host named last (`pipeline/mentions.py` first_holder; English: Korean names the minister).

Formerly tests/pipeline/test_news12_meetings.py; classes first read as "news12 rules for whole articles, on
sentences we wrote (each class in both languages where it exists in both)" (docs/history.md)."""
from datetime import date

import pytest

from tests.conftest import countries, events_of, names


@pytest.mark.parametrize("text, person", [
    ("Chilean President Gabriel Boric met Dutch Foreign Minister Caspar van der Veldt in Santiago on Tuesday.",
     "Caspar van der Veldt"),
    ("Prime Minister Kim Min-seok met Uruguayan Foreign Minister Mario Lubetkin da Costa in Seoul on Tuesday.",
     "Mario Lubetkin da Costa"),
    ("Japanese Prime Minister Sanae Takaichi held talks with Kuwait's Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
     "in Tokyo on Tuesday.", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
])
def test_a_name_keeps_its_particles_and_drops_an_honorific(extract, text, person):
    (meeting,) = events_of(extract(text, published=date(2026, 4, 8)), "CONSULT")
    assert person in names(meeting)


@pytest.mark.parametrize("text", [
    "SEOUL, April 8 (Yonhap) -- President Lee Jae-myung held a summit with visiting Kenyan President William Ruto on "
    "Tuesday, the presidential office said.\nThe two leaders signed an agreement on critical minerals.\nRuto later "
    "headed to the southeastern port city of Busan to tour a shipyard before wrapping up his visit.",
    "이재명 대통령은 7일 방한 중인 윌리엄 루토 케냐 대통령과 정상회담을 했다.\n두 정상은 핵심광물 협력 협정에 서명했다.\n"
    "루토 대통령은 회담 뒤 남동부 항구도시인 부산으로 이동해 조선소를 둘러봤다.",
])
def test_a_described_onward_destination_is_no_venue(extract, text):
    (meeting,) = events_of(extract(text, published=date(2026, 4, 8)), "CONSULT")
    assert names(meeting) == {"Lee Jae-myung", "William Ruto"}
    assert meeting.location is None or meeting.location.name != "Busan"


@pytest.mark.parametrize("text", [
    "BANGKOK, May 13 (Reuters) - Thai Foreign Minister Maris Sangiampongsa rejected Cambodian complaints over the "
    "border on Tuesday.\nCambodian Foreign Minister Prak Sokhonn had asked Bangkok to reopen the crossings.\nThe two "
    "ministers agreed to set up a border committee, the ministry said after their talks in Bangkok.",
    "BANGKOK, May 13 (Reuters) - Thailand's top diplomat Maris Sangiampongsa brushed aside Cambodian concerns over the "
    "border on Tuesday, telling Phnom Penh's foreign minister the troops were on routine duty.\nForeign Minister Prak "
    "Sokhonn had asked Bangkok to pull the troops back, according to his ministry.\nDespite the dispute, the two "
    "ministers agreed to set up a border committee, the ministry said after their talks in Bangkok.",
])
def test_their_talks_after_counted_subjects_is_their_meeting(extract, text):
    (meeting,) = events_of(extract(text, published=date(2026, 5, 13)), "CONSULT")
    assert names(meeting) == {"Maris Sangiampongsa", "Prak Sokhonn"}
    assert meeting.status == "occurred" and meeting.date == date(2026, 5, 12)


@pytest.mark.parametrize("text, held, cancelled", [
    ("The foreign ministers of Japan, China and South Korea met in Tokyo on Friday.\nChina's Foreign Minister Wang Yi "
     "did not meet Japanese Foreign Minister Toshimitsu Motegi separately, officials said.", 1, 0),
    ("한중일 외교장관은 18일 도쿄에서 만났다.\n왕이 중국 외교부장은 모테기 도시미쓰 일본 외무상과 따로 만나지는 않았다.", 1, 0),
    ("한중일 외교장관은 18일 도쿄에서 만났다.\n왕이 중국 외교부장과 모테기 도시미쓰 일본 외무상의 별도 회담은 열리지 않았다.", 1, 0),
    ("Chinese Foreign Minister Wang Yi did not hold separate talks with Japanese Foreign Minister Toshimitsu Motegi.",
     0, 0),
    # not denied: a plain negated meeting stays cancelled, a separate meeting held stays held
    ("Chinese Foreign Minister Wang Yi did not meet Japanese Foreign Minister Toshimitsu Motegi on Friday as planned.",
     0, 1),
    ("왕이 중국 외교부장은 18일 모테기 도시미쓰 일본 외무상과 만나지 못했다.", 0, 1),
    ("Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Toshimitsu Motegi separately on Friday.", 1, 0),
    ("왕이 중국 외교부장은 18일 모테기 도시미쓰 일본 외무상과 따로 회담했다.", 1, 0),
])
def test_a_negated_side_meeting_is_no_event(extract, text, held, cancelled):
    found = events_of(extract(text, published=date(2026, 9, 18)), "CONSULT")
    assert sum(e.status == "occurred" for e in found) == held
    assert sum(e.status == "cancelled" for e in found) == cancelled


@pytest.mark.parametrize("text, place", [
    ("Lee and Ruto held talks at the presidential office in Seoul on Tuesday, a day after their foreign ministers, "
     "Cho Hyun and Musalia Mudavadi, met to prepare the summit.", "Seoul"),
    ("Kenyan President William Ruto and visiting South Korean President Lee Jae-myung held talks in Nairobi on "
     "Tuesday, a day after their foreign ministers, Cho Hyun and Musalia Mudavadi, met to prepare the summit.",
     "Nairobi"),
])
def test_the_summit_and_the_ministers_meeting_of_the_day_before(extract, text, place):
    found = {frozenset(names(e)): e for e in events_of(extract(text, published=date(2026, 10, 6)), "CONSULT")}
    assert set(found) == {frozenset({"Lee Jae-myung", "William Ruto"}), frozenset({"Cho Hyun", "Musalia Mudavadi"})}
    summit, ministers = found[frozenset({"Lee Jae-myung", "William Ruto"})], found[frozenset({"Cho Hyun", "Musalia Mudavadi"})]
    assert summit.date == date(2026, 10, 6) and ministers.date == date(2026, 10, 5)
    assert summit.location.name == place


@pytest.mark.parametrize("text", [
    "NAIROBI, Oct. 7, 2026 (AFP) - Kenya and South Korea signed five agreements on energy and infrastructure on "
    "Tuesday as President Lee Jae-myung held talks with President William Ruto.",
    "NAIROBI, 7 October 2026 (AFP) - Kenya and South Korea signed five agreements on energy and infrastructure on "
    "Tuesday as President Lee Jae-myung held talks with President William Ruto.",
])
def test_a_datelines_day_never_dates_an_act(extract, text):
    article = extract(text, published=date(2026, 10, 7))
    (agree,) = events_of(article, "AGREE")
    assert agree.date == date(2026, 10, 6) and countries(agree.participants) == {"KEN", "KOR"}
    assert article.text[article.datelines[0].start:article.datelines[0].end].startswith("NAIROBI")


@pytest.mark.parametrize("text", [
    "Peru on Tuesday accused Ecuador of massing troops along the border.\nShells struck a border village on Monday, "
    "officials said.\nEcuador's foreign ministry dismissed the accusations as groundless.",
    "페루 정부는 7일 에콰도르가 국경에 병력을 집결시키고 있다고 비난했다.\n앞서 6일에는 국경 마을에 포탄이 떨어졌다.\n"
    "에콰도르 외교부는 페루의 주장을 일축했다.",
])
def test_an_undated_rejection_is_no_earlier_than_what_it_answers(extract, text):
    (reject,) = events_of(extract(text, published=date(2026, 7, 8)), "REJECT")
    assert countries(reject.participants) == {"ECU"} and countries(reject.recipients) == {"PER"}
    assert reject.date == date(2026, 7, 7)


@pytest.mark.parametrize("text, day", [
    ("The Philippine coast guard said on Wednesday that after Chinese coast guard ships fired water cannon at Filipino "
     "boats on Monday, they seized two boats and arrested five Filipino fishermen.", date(2026, 7, 20)),
    ("필리핀 해안경비대는 중국 해경선이 지난 20일 스카버러 암초 인근에서 필리핀 어선에 물대포를 쏜 뒤 필리핀 어민 5명을 "
     "체포했다고 22일 밝혔다.", date(2026, 7, 20)),
    ("베트남 해경은 중국 해경선이 21일 베트남 어선을 들이받은 뒤 베트남 어민 8명을 억류했다고 23일 밝혔다.", date(2026, 7, 21)),
])
def test_a_deed_that_follows_a_dated_deed_keeps_its_day(extract, text, day):
    (seizure,) = events_of(extract(text, published=date(2026, 7, 23)), "COERCE")
    assert seizure.date == day and countries(seizure.participants) == {"CHN"}


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto and visiting South Korean President Lee Jae-myung held talks in Nairobi on Tuesday, "
    "a day after their foreign ministers, Cho Hyun and Musalia Mudavadi, met to prepare the summit.\nRuto urged South "
    "Korean firms to invest in Kenyan ports.",
])
def test_a_meeting_recalled_beside_the_reported_one_does_not_date_the_next_acts(extract, text):
    (request,) = events_of(extract(text, published=date(2026, 10, 6)), "REQUEST")
    assert request.date == date(2026, 10, 6) and countries(request.participants) == {"KEN"}


@pytest.mark.parametrize("text, status", [
    ("조현 외교부 장관과 왕이 중국 외교부장은 20일 서울에서 열린 회담에서 해양 협의체를 출범하기로 합의했다.", "occurred"),
    ("조현 외교부 장관과 왕이 중국 외교부장은 20일 회담에서 해양 협의체를 출범하기로 했다.", "occurred"),
    ("At their talks in Seoul on Tuesday, Cho Hyun and Wang Yi agreed to launch a maritime consultation body.",
     "occurred"),
    # a plan word after the scene still makes the meeting planned; so does a decision to hold it
    ("조현 외교부 장관과 왕이 중국 외교부장은 22일 회담에서 해양 협의체 문제를 논의할 예정이다.", "planned"),
    ("조현 외교부 장관은 다음 달 왕이 중국 외교부장과 회담을 갖기로 했다.", "planned"),
    ("Cho Hyun and Wang Yi will discuss a maritime consultation body at their talks in Seoul on Thursday.", "planned"),
])
def test_a_decision_taken_at_the_talks_leaves_them_held(extract, text, status):
    (meeting,) = events_of(extract(text, published=date(2026, 10, 21)), "CONSULT")
    assert names(meeting) == {"Cho Hyun", "Wang Yi"} and meeting.status == status


@pytest.mark.parametrize("text, traveller", [
    ("Foreign Minister Cho Hyun, on a visit to Chile, held talks with his Chilean counterpart Alberto van Klaveren in "
     "Santiago on Tuesday.\nVan Klaveren praised the free trade agreement at a joint news conference.\nThe minister is "
     "set to travel to Lima on Thursday for talks with Peruvian Foreign Minister Elmer Schialer.", "Cho Hyun"),
    ("Defence Minister Ahn Gyu-back held talks with his Polish counterpart Wladyslaw Kosiniak-Kamysz in Warsaw on "
     "Monday.\nKosiniak-Kamysz thanked Seoul for the swift tank deliveries.\nThe minister later flew to Prague for "
     "talks with Czech Defence Minister Jana Cernochova.", "Ahn Gyu-back"),
])
def test_the_bare_office_that_travels_on_is_the_visitor(extract, text, traveller):
    found = events_of(extract(text, published=date(2026, 11, 4)), "CONSULT")
    onward = [e for e in found if e.location and e.location.name in ("Lima", "Prague")]
    assert len(onward) == 1 and traveller in names(onward[0])


def test_a_bare_office_that_acts_is_still_the_last_holder(extract):
    text = ("Foreign Minister Cho Hyun held talks with his Chilean counterpart Alberto van Klaveren in Santiago on "
            "Tuesday.\nVan Klaveren urged North Korea to return to talks at a joint news conference.\nThe minister also "
            "urged Russia to end the war.")
    requests = events_of(extract(text, published=date(2026, 11, 4)), "REQUEST")
    assert {frozenset(countries(e.participants)) for e in requests} == {frozenset({"CHL"})}
