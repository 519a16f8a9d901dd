"""One office holder per document, and the other classes listed:
- one office holder per document: a headline's office only ('X국 외교장관', the knowledge base's holder that day) and
  the body's name of that office in a form the base lacks are one person, so one meeting
  (`pipeline/holders.py` one_holder_per_office);
- across outlets, two renderings of an unknown official whose given names key apart (Bakhtiyor / Baxtiyor,
  바흐티요르 / 박티요르) are one person when office, country and a surname's key agree (`store/links.py`
  same_office_holder), and a deputy or a namesake of another office is not;
- a leaders' summit recalled by two ministers ('정상회담', 'summit') is not theirs: it is their states' meeting, its
  leaders unnamed (`pipeline/state_office_holders.py` states_instead), in both languages (`lang/en` meeting_office).

Formerly tests/pipeline/test_news11_rules.py; classes first read as "news11 rules on sentences we wrote (officials
and places outside the tuned sets and outside news11's articles)" (docs/history.md)."""
from datetime import date

import pytest

from readout.store import merge
from tests.conftest import events_of, names

D = date(2025, 3, 4)


@pytest.mark.parametrize("text, published", [
    ("조현 외교장관, 인도네시아 외교장관과 회담…해양협력 논의\n2025-12-10 08:05\n조현 외교부 장관은 9일 인도네시아 자카르타에서 "
     "수기오노 인도네시아 외교장관과 회담했다.\n두 장관은 해양안보 협력을 강화하기로 했다.", date(2025, 12, 10)),
    ("조현 외교장관, 인도네시아 외교장관과 통화\n2025-10-02 17:00\n조현 외교부 장관은 이날 수기오노 인도네시아 외교장관과 "
     "전화 통화를 했다.", date(2025, 10, 2)),
])
def test_a_headline_office_and_the_bodys_unknown_name_of_it_are_one_meeting(extract, text, published):
    meetings = events_of(extract(text, published=published), "CONSULT")
    assert len(meetings) == 1, [names(e) for e in meetings]
    assert names(meetings[0]) == {"Cho Hyun", "Sugiono"}


def test_the_holder_is_not_taken_for_an_unknown_person_of_another_office(extract):
    """A vice-minister in the body is no foreign minister: the headline's holder and the body's deputy stay two."""
    text = ("조현 외교장관, 인도네시아 외교장관과 회담\n2025-12-10 08:05\n조현 외교부 장관은 9일 자카르타에서 "
            "인도네시아 외교장관과 회담했다.\n아리프 하바스 인도네시아 외교차관은 이날 박윤주 외교부 1차관과 만났다.")
    people = {p.name for e in events_of(extract(text, published=date(2025, 12, 10)), "CONSULT") for p in e.participants}
    assert "Sugiono" in people and any("하바스" in n or "Havas" in n for n in people), people


def member(key: str, parties: list[str], names_: dict) -> merge.Member:
    return merge.Member(key, key, "CONSULT", D, "day", "text", None, set(parties), set(), names=names_)


@pytest.mark.parametrize("theirs, mine, linked", [
    # one Uzbek-style minister written three ways (given name keyed apart, surname alike), same office and state
    (("알리셰르 카리모프", "UZB", "Minister of Foreign Affairs"), ("Alisher Qarimov", "UZB", "Minister of Foreign Affairs"),
     True),
    (("바흐롬 유수포프", "TJK", "Minister of Defense"), ("바크롬 유수포브", "TJK", "Minister of Defense"), True),
    # another office of the same state, or the same office of another state, or no office: no link by office
    (("바흐롬 유수포프", "TJK", "Minister of Defense"), ("바크롬 유수포브", "TJK", "Vice Minister of Defense"), False),
    (("바흐롬 유수포프", "TJK", "Minister of Defense"), ("바크롬 유수포브", "KGZ", "Minister of Defense"), False),
    (("바흐롬 유수포프", "TJK", None), ("바크롬 유수포브", "TJK", None), False),
    # the office alone is not enough: a surname that keys apart is another person
    (("알리셰르 카리모프", "UZB", "Minister of Foreign Affairs"), ("Jamshid Tashev", "UZB", "Minister of Foreign Affairs"),
     False),
])
def test_an_unknown_official_spelled_two_ways_links_by_office_and_surname(theirs, mine, linked):
    record = member("r", ["per_cho", "per_p_1"], {"per_p_1": theirs})
    new = member("n", ["per_cho", "per_p_2"], {"per_p_2": mine})
    assert (merge.link_persons(record.names, new, record.parties) == {"per_p_2": "per_p_1"}) is linked


def test_two_outlets_spellings_of_one_minister_are_one_record(tmp_path):
    """The office link in a store: two Korean outlets and an English one, one minister spelled three ways."""
    from readout.api import extract_text
    from readout.store.db import Store

    texts = [("a.txt", date(2025, 3, 5), "[두샨베=가상뉴스] 조현 외교부 장관은 4일(현지시간) 타지키스탄 두샨베에서 "
              "시로지딘 무흐리디노프 타지키스탄 외교장관과 회담했다."),
             ("b.txt", date(2025, 3, 4), "가상통신 = 조현 외교부 장관과 시로주딘 무크리디노브 타지키스탄 외교장관이 이날 "
              "두샨베에서 회담했다."),
             ("c.txt", date(2025, 3, 4), "DUSHANBE -- Tajik Foreign Minister Sirojiddin Mukhriddinov hosted South "
              "Korean Foreign Minister Cho Hyun in Dushanbe on Tuesday.")]
    store = Store(str(tmp_path / "r.db"))
    for doc_id, day, text in texts:
        store.save(extract_text(text, doc_id, day))
    meetings = [e for e in store.events() if e["type"] == "CONSULT"]
    assert len(meetings) == 1, [[a["name"] for a in e["actors"]] for e in meetings]
    assert {s["doc"] for s in meetings[0]["sources"]} == {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize("text", [
    "조현 외교부 장관은 9일 자카르타에서 수기오노 인도네시아 외교장관과 회담했다.\n두 장관은 지난달 서울에서 열린 양국 정상회담의 "
    "후속 조치를 논의했다.",
    "Indonesian Foreign Minister Sugiono met South Korean Foreign Minister Cho Hyun in Jakarta on Tuesday.\nThe two "
    "ministers reviewed the results of the summit of their leaders in Seoul last month.",
])
def test_a_summit_two_ministers_recall_is_their_states_not_theirs(extract, text):
    """Not the ministers' meeting: the leaders', unnamed, so one of the two states (no guessed person)."""
    meetings = events_of(extract(text, published=date(2025, 12, 10)), "CONSULT")
    assert any("Cho Hyun" in names(e) and len(e.participants) == 2 and e.date.month == 12 for e in meetings)
    summit = [e for e in meetings if e.date.month == 11]
    assert len(summit) == 1 and summit[0].date_precision == "month", [(names(e), e.date) for e in meetings]
    assert {(p.kind, p.country) for p in summit[0].participants} == {("country", "KOR"), ("country", "IDN")}


@pytest.mark.parametrize("text", [
    "이재명 대통령은 9일 자카르타에서 프라보워 수비안토 인도네시아 대통령과 회담했다.\n두 정상은 지난달 서울에서 열린 정상회담의 "
    "합의 이행을 점검했다.",
    "South Korean President Lee Jae-myung met Indonesian President Prabowo Subianto in Jakarta on Tuesday.\nThe two "
    "leaders reviewed the results of their summit in Seoul last month.",
])
def test_a_summit_the_leaders_themselves_recall_stays_theirs(extract, text):
    meetings = events_of(extract(text, published=date(2025, 12, 10)), "CONSULT")
    summit = [e for e in meetings if e.date.month == 11]
    assert summit and names(summit[0]) == {"Lee Jae-myung", "Prabowo Subianto"}, [(names(e), e.date) for e in meetings]


# --- a planned report and a held one: one record, held, on the held day --------------------------------------------
PLANNED = ("p.txt", date(2025, 5, 16), "안규백 국방장관, 다음 주 말레이시아 방문\n2025-05-16 10:00\n[서울=가상뉴스] 안규백 국방부 "
           "장관이 다음 주 말레이시아를 방문해 모하메드 칼레드 노르딘 말레이시아 국방장관과 회담한다고 국방부가 16일 밝혔다.")
HELD = ("h.txt", date(2025, 5, 21), "Malaysia, South Korea defence ministers meet\nMay 21, 2025\nKUALA LUMPUR -- Malaysian "
        "Defence Minister Mohamed Khaled Nordin hosted South Korean Defence Minister Ahn Gyu-back in Putrajaya on Tuesday.")


@pytest.mark.parametrize("order", [[PLANNED, HELD], [HELD, PLANNED]])
def test_a_planned_and_a_held_report_are_two_records(tmp_path, order):
    """plans55 (store/merge_dates.plan_beside_held): formerly one record, held on the held day; the plan's report
    now keeps its own record, planned, and the merge reason names the refusal."""
    from readout.api import extract_text
    from readout.store.db import Store
    from readout.store.lean import reason_of

    store = Store(str(tmp_path / "r.db"))
    for doc_id, day, text in order:
        store.save(extract_text(text, doc_id, day))
    found = sorted((e["status"], e["date"], tuple(s["doc"] for s in e["sources"]))
                   for e in store.events() if e["type"] == "CONSULT")
    assert [(status, docs) for status, _d, docs in found] == [("occurred", ("h.txt",)), ("planned", ("p.txt",))], found
    assert found[0][1] == "2025-05-20", found
    second = order[1][0]
    (reason,) = [reason_of(r[0]) for r in store.conn.execute(
        "SELECT merge_reason FROM doc_events WHERE doc_id = ? AND type = 'CONSULT'", (second,))]
    assert reason["rule"] == "new event" and any(
        "a plan still ahead of its report" in d for c in reason["refused"] for d in c["disagreed"]), reason


@pytest.mark.parametrize("text, published, status, month", [
    # a week word before a country word that opens with 말 (말레이시아, 말리, 말라위): the week, not a weekend ('주말')
    ("안규백 국방부 장관이 다음 주 말레이시아를 방문해 칼레드 노르딘 말레이시아 국방장관과 회담한다고 국방부가 16일 밝혔다.",
     date(2025, 5, 16), "planned", 5),
    ("조현 외교부 장관은 다음 주 말라위를 방문해 낸시 템보 말라위 외교장관과 회담할 예정이다.", date(2025, 5, 30), "planned", 6),
    ("조현 외교부 장관은 지난주 말리에서 압둘라예 디오프 말리 외교장관과 회담했다.", date(2025, 6, 3), "occurred", 5),
])
def test_a_korean_week_word_before_a_word_in_mal_dates_the_meeting(extract, text, published, status, month):
    (meeting,) = events_of(extract(text, published=published), "CONSULT")
    assert (meeting.status, meeting.date_precision, meeting.date.month) == (status, "month", month), \
        (meeting.status, meeting.date, meeting.date_precision)


@pytest.mark.parametrize("dateline, home", [("SEOUL -- ", "KOR"), ("AMMAN — ", "JOR")])
def test_a_bare_ministry_after_a_meeting_is_the_datelines_state(extract, dateline, home):
    """'The foreign ministry condemned ...' after a meeting of two ministers is one state's ministry, the state the story
    is filed from (a capital in capitals and a dash, no day nor agency, is a dateline), never both parties."""
    text = (f"Jordan, South Korea ministers meet\nJune 10, 2025\n{dateline}South Korean Foreign Minister Cho Hyun met "
            "Jordanian Foreign Minister Ayman Safadi on Tuesday.\nThe foreign ministry condemned North Korea's ballistic "
            "missile launch in a separate statement.")
    (act,) = events_of(extract(text, published=date(2025, 6, 10)), "ACCUSE")
    assert {p.country for p in act.participants} == {home} and {p.country for p in act.recipients} == {"PRK"}
