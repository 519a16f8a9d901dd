"""Meetings in both languages: the classes our own articles (tests/lang/data/news8) showed, each a general rule, each
row our own sentence.

The classes our own articles (tests/lang/data/news8) showed in meetings, each a general rule, each row our own
sentence: foreign names written by sound (a hyphenated name, a one-syllable surname, a Korean name kiwi reads as a
common noun), a hyphenated short form, a meeting recalled by 'the two leaders' / '두 총리', a capital the city index
lacks, a journey's origin that is no venue, a stop-over ('에 들러'), a coordinated later meeting phrase, a short name
opening its sentence as the topic a pronoun refers to, an object pronoun in a clause of its own subject, ', and with
B' after an appositive, a plan's date, and 'spoke' during a visit.

Formerly tests/lang/test_news8_meetings.py; classes first read as "news8" (docs/history.md).

Meetings in both languages: names kiwi splits, days told 'earlier', and the other classes listed. A name kiwi splits
into a particle and a coda, a day told 'earlier' ('이에 앞서 9일') that dates its own clause, a call that is only the
topic of a sentence recalling an in-person meeting, a meeting held 'instead' of a cancelled one, and where a trip's
meetings with no place of their own were held (the same day's city before a later visit's; a host's official met the
day before).

Formerly tests/lang/test_news8_trips.py; classes first read as "news8, second round (classes the second batch of our
own articles showed, each a general rule; our own sentences in both languages)" (docs/history.md)."""
from datetime import date

import pytest

from tests.conftest import events_of


PUB = date(2024, 5, 11)  # a Saturday: 'on Friday' is 10 May


def meetings(extract, text: str, published: date = PUB) -> list[tuple]:
    """(participant names, date, place, country, status, mode) of every meeting found."""
    out = []
    for e in events_of(extract(text, published=published), "CONSULT"):
        loc = e.location
        out.append((frozenset(p.name for p in e.participants), e.date.isoformat() if e.date else None,
                    loc.name if loc else None, loc.country if loc else None, e.status, e.mode))
    return out


def has(found: list[tuple], names: set[str], when: str | None = "", place: str | None = "", status: str = "occurred") -> bool:
    """A meeting of exactly `names` (a name may be matched by a part), with that date and place ('' = any)."""
    def same(row: tuple) -> bool:
        parts = row[0]
        return len(parts) == len(names) and all(any(n in p for p in parts) for n in names) \
            and (when == "" or row[1] == when) and (place == "" or row[2] == place) and row[4] == status
    return any(map(same, found))


@pytest.mark.parametrize("text, names, when, place", [
    # a foreign double surname written with a hyphen is one name word
    ("신원식 국방부 장관은 10일 서울에서 세바스티앵 르코르뉘-베르트랑 프랑스 국방장관과 회담했다.",
     {"Shin Won-sik", "르코르뉘-베르트랑"}, "2024-05-10", "Seoul"),
    # a one-syllable surname right after a proper given name closes the name
    ("안덕근 산업통상자원부 장관은 3일 서울에서 케빈 우 싱가포르 통상장관과 회담했다.",
     {"Ahn Duk-geun", "케빈 우"}, "2024-05-03", "Seoul"),
    # a three-syllable Korean name kiwi reads as a common noun, right before its ministry
    ("안덕근 산업통상자원부 장관은 7일 오타와에서 캐나다 통상장관과 회담했다.\n"
     "안덕근 산업통상자원부 장관은 8일 서울에서 빌 블레어 캐나다 국방장관과도 만났다.",
     {"Ahn Duk-geun", "Bill Blair"}, "2024-05-08", "Seoul"),
    # a stop-over ('에 들러') is where the meeting is; the city the traveller came from is not
    ("신원식 국방부 장관은 10일 도쿄에서 돌아오는 길에 마닐라에 들러 길베르토 테오도로 필리핀 국방장관과 회담했다.",
     {"Shin Won-sik", "Teodoro"}, "2024-05-10", "Manila"),
    ("기시다 후미오 일본 총리는 9일 베이징을 방문하고 귀국하는 길에 서울에 들러 한덕수 국무총리와 회담했다.",
     {"Fumio Kishida", "Han Duck-soo"}, "2024-05-09", "Seoul"),
    # '두 총리': the pair of the meeting just named, meeting again on another day
    ("앤서니 앨버니지 호주 총리는 10일 웰링턴에서 크리스토퍼 럭슨 뉴질랜드 총리와 회담했다.\n"
     "두 총리는 지난해 11월 샌프란시스코에서 처음 만났다.",
     {"Anthony Albanese", "Christopher Luxon"}, "2023-11-01", "San Francisco"),
])
def test_korean_meeting_classes(extract, text, names, when, place):
    found = meetings(extract, text)
    assert has(found, names, when, place), found


@pytest.mark.parametrize("text, names, when, place", [
    # a capital the city index knows under another form or not at all
    ("Australian Prime Minister Anthony Albanese met Maltese Prime Minister Robert Abela in Valletta on Thursday.",
     {"Anthony Albanese", "Robert Abela"}, "2024-05-09", "Valletta"),
    ("Prime Minister Han Duck-soo met Mongolian Prime Minister Luvsannamsrai Oyun-Erdene in Ulaanbaatar on Friday.",
     {"Han Duck-soo", "Oyun-Erdene"}, "2024-05-10", "Ulaanbaatar"),
    # where the traveller came from is no venue
    ("Anthony Albanese flew in from Tokyo and met New Zealand Prime Minister Christopher Luxon in Wellington on Friday.",
     {"Anthony Albanese", "Christopher Luxon"}, "2024-05-10", "Wellington"),
    ("Narendra Modi stopped in Canberra on Friday on his way back from Tokyo and met Anthony Albanese.",
     {"Narendra Modi", "Anthony Albanese"}, "2024-05-10", "Canberra"),
    # a hyphenated last word is a short form of its own; a month counted in years dates the recalled meeting
    ("Prime Minister Han Duck-soo held talks with Mongolian Prime Minister Luvsannamsrai Oyun-Erdene in Seoul on Friday.\n"
     "Han and Oyun-Erdene last met in Ulaanbaatar in June last year.",
     {"Han Duck-soo", "Oyun-Erdene"}, "2023-06-01", "Ulaanbaatar"),
    ("Anthony Albanese met Christopher Luxon in Wellington on Friday.\nThe two leaders met in Tokyo in March last year.",
     {"Anthony Albanese", "Christopher Luxon"}, "2023-03-01", "Tokyo"),
    # ', and with B' after an appositive: a second meeting, with B alone
    ("Anthony Albanese met Christopher Luxon in Suva on Friday.\n"
     "Albanese also held talks with Fijian Prime Minister Sitiveni Rabuka, the forum's host, and with "
     "Cook Islands Prime Minister Mark Brown later in the day.",
     {"Anthony Albanese", "Mark Brown"}, "2024-05-10", ""),
    # an object pronoun in a clause whose own subject opens it stands for the main clause's subject
    ("New Zealand Prime Minister Christopher Luxon will visit India next month.\n"
     "Luxon last met an Indian leader in 2023, when Narendra Modi stopped in Auckland on his way back from Sydney "
     "and held talks with him.",
     {"Christopher Luxon", "Narendra Modi"}, "", "Auckland"),
])
def test_english_meeting_classes(extract, text, names, when, place):
    found = meetings(extract, text)
    assert has(found, names, when, place), found


def test_appositive_does_not_merge_the_two_with_parties(extract):
    found = meetings(extract, "Anthony Albanese met Christopher Luxon in Suva on Friday.\n"
                              "Albanese also held talks with Fijian Prime Minister Sitiveni Rabuka, the forum's host, "
                              "and with Cook Islands Prime Minister Mark Brown later in the day.")
    assert has(found, {"Anthony Albanese", "Sitiveni Rabuka"}, "2024-05-10"), found
    assert not any(len(row[0]) > 2 for row in found), found


def test_short_name_opening_a_sentence_is_the_topic_of_the_next_pronoun(extract):
    """'After the talks, Luxon toured a port. He will meet X': he is Luxon (the last subject), not the first
    sentence's subject; and the later phrase 'and visit Mumbai' keeps its city and takes no party of 'meet'."""
    found = meetings(extract, "Anthony Albanese met Christopher Luxon in Wellington on Friday.\n"
                              "After the talks, Luxon toured a port.\n"
                              "He will meet Indian Prime Minister Narendra Modi on Monday and visit Mumbai on Tuesday.")
    assert has(found, {"Christopher Luxon", "Narendra Modi"}, "2024-05-13", status="planned"), found
    assert not any(row[2] == "Mumbai" for row in found), found
    assert not any("Anthony Albanese" in row[0] and "Narendra Modi" in row[0] for row in found), found


@pytest.mark.parametrize("text", [
    "Albanese to hold summit with Luxon\nAlbanese will hold a summit with Luxon in Wellington next month.",
    "앨버니지 총리, 럭슨 총리와 정상회담 예정\n앤서니 앨버니지 호주 총리는 다음 달 웰링턴에서 크리스토퍼 럭슨 뉴질랜드 총리와 정상회담을 할 예정이다.",
])
def test_a_plan_is_never_dated_by_the_report(extract, text):
    """A planned meeting with no day of its own (a headline) is not dated the report's day: it is one record
    with the body's plan, dated next month."""
    found = [row for row in meetings(extract, text) if row[4] == "planned"]
    assert found and all(row[1] != PUB.isoformat() for row in found), found
    assert len(found) == 1 and found[0][1] == "2024-06-01", found


@pytest.mark.parametrize("text, mode", [
    ("During his visit to Wellington on Friday, Albanese spoke about trade with Christopher Luxon.", None),
    ("Albanese spoke by phone with Christopher Luxon on Friday.", "phone"),
    ("Albanese spoke with Christopher Luxon on Friday during his visit, in a phone call.", "phone"),
])
def test_spoke_during_a_visit_is_no_call(extract, text, mode):
    found = meetings(extract, text)
    assert found and found[0][5] in ((mode,) if mode else (None, "visit")), found


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
