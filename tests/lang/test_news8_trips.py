"""news8, second round (classes the second batch of our own articles showed, each a general rule; our own
sentences in both languages): a name kiwi splits into a particle and a coda, a day told 'earlier' ('이에 앞서
9일') that dates its own clause, a call that is only the topic of a sentence recalling an in-person meeting, a
meeting held 'instead' of a cancelled one, and where a trip's meetings with no place of their own were held (the
same day's city before a later visit's; a host's official met the day before)."""
from datetime import date

import pytest

from tests.lang.test_news8_meetings import has, meetings


@pytest.mark.parametrize("text, published, names, when, place", [
    # a foreign name whose last syllable kiwi reads as the particle 와 plus a coda ('바르트왈')
    ("강인선 외교부 2차관은 4일 뉴델리에서 수닐 바르트왈 인도 상공부 차관과 면담했다.", date(2024, 9, 5),
     {"Kang In-seon", "수닐 바르트왈"}, "2024-09-04", "New Delhi"),
    # '이에 앞서 9일': the day of the sentence's own act, told before the story's; the host's official met the day
    # before the visitor's meeting in Seoul was met in Seoul too
    ("누만 쿠르트무시 튀르키예 국회의장이 10일 서울에서 우원식 국회의장과 회담했다.\n"
     "쿠르트무시 의장은 이에 앞서 9일 한덕수 국무총리를 예방했다.", date(2024, 7, 11),
     {"Han Duck-soo", "쿠르트무시"}, "2024-07-09", "Seoul"),
    ("Turkish parliament speaker Numan Kurtulmus met National Assembly Speaker Woo Won-shik in Seoul on Wednesday.\n"
     "Earlier, on Tuesday, Kurtulmus called on Prime Minister Han Duck-soo.", date(2024, 7, 11),
     {"Han Duck-soo", "Numan Kurtulmus"}, "2024-07-09", "Seoul"),
    # a call as the topic ('이번 통화는') does not make the in-person meeting its sentence recalls a call
    ("안덕근 산업통상자원부 장관은 19일 압둘아지즈 빈 살만 사우디아라비아 에너지부 장관과 전화 통화를 했다.\n"
     "이번 통화는 두 장관이 지난 2월 리야드에서 회담한 지 한 달 만에 이뤄졌다.", date(2024, 3, 20),
     {"Ahn Duk-geun", "압둘아지즈 빈 살만"}, "2024-02-01", "Riyadh"),
    ("Energy Minister Ahn Duk-geun held phone talks with Saudi Energy Minister Abdulaziz bin Salman on Tuesday.\n"
     "The call came a month after the two ministers met in Riyadh in February.", date(2024, 3, 20),
     {"Ahn Duk-geun", "Abdulaziz"}, "2024-02-01", "Riyadh"),
    # the same day's city comes before the city of a visit planned for later
    ("강인선 외교부 2차관은 4일 뉴델리에서 자이딥 마줌다르 인도 외교부 차관과 회담했다.\n"
     "강 차관은 같은 날 오후 수닐 바르트왈 인도 상공부 차관과도 면담했다.\n강 차관은 6일 뭄바이를 방문할 예정이다.",
     date(2024, 9, 5), {"Kang In-seon", "수닐 바르트왈"}, "2024-09-04", "New Delhi"),
    ("Philippine Foreign Secretary Enrique Manalo met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Wednesday.\n"
     "Later that day, Manalo also met Defense Minister Minoru Kihara.\nManalo will visit Osaka on Friday.",
     date(2024, 9, 5), {"Enrique Manalo", "Minoru Kihara"}, "2024-09-04", "Tokyo"),
])
def test_trip_classes(extract, text, published, names, when, place):
    found = meetings(extract, text, published)
    assert has(found, names, when, place), found


@pytest.mark.parametrize("text", [
    "Philippine President Ferdinand Marcos Jr. called off his visit to Seoul because of a typhoon and instead held "
    "a video call with South Korean Prime Minister Han Duck-soo on Wednesday.",
    "페르디난드 마르코스 필리핀 대통령은 방한을 취소하고 대신 27일 한덕수 국무총리와 화상 회담을 했다.",
])
def test_a_meeting_held_instead_of_a_cancelled_one_took_place(extract, text):
    found = meetings(extract, text, date(2024, 11, 28))
    held = [row for row in found if row[5] == "phone"]
    assert held and held[0][4] == "occurred" and held[0][1] == "2024-11-27", found


@pytest.mark.parametrize("text, published, names, place", [
    # a seat of government right after another city's name is that city's building ('도쿄 국회의사당'), not ours
    ("일본을 방문 중인 우원식 국회의장은 10일 도쿄 국회의사당에서 누카가 후쿠시로 중의원 의장과 회담했다.", date(2025, 9, 11),
     {"Woo Won-sik", "Fukushiro Nukaga"}, "Tokyo"),  # the kana table's one reading
    ("우원식 국회의장은 10일 국회의사당에서 누카가 후쿠시로 일본 중의원 의장과 회담했다.", date(2025, 9, 11),
     {"Woo Won-sik", "Fukushiro Nukaga"}, "Seoul"),
])
def test_a_seat_after_a_city_is_that_citys(extract, text, published, names, place):
    found = meetings(extract, text, published)
    assert has(found, names, "2025-09-10", place), found


@pytest.mark.parametrize("text, published", [
    ("In a phone call on Monday, Prime Minister Han Duck-soo and Japanese Prime Minister Fumio Kishida agreed to meet soon.",
     date(2023, 6, 20)),
    ("한덕수 국무총리와 기시다 후미오 일본 총리는 19일 전화 통화를 하고 조만간 만나기로 했다.", date(2023, 6, 20)),
])
def test_an_undated_plan_is_not_the_held_call(extract, text, published):
    """The call was held on the 19th; the plan to meet has no day and never turns the call into a plan."""
    found = meetings(extract, text, published)
    assert has(found, {"Han Duck-soo", "Fumio Kishida"}, "2023-06-19"), found
