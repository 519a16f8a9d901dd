"""Merging as evidence: one rule per test, with short reports we wrote (both languages where it applies)
and, for the date and party arithmetic, reports built by hand."""
from __future__ import annotations

import json
from datetime import date

import pytest

from readout.api import extract_text
from readout.store import links, merge, merge_dates
from readout.store.db import Store
from readout.store.events import EventWriter
from readout.settings import SETTINGS
from readout.store.lean import reason_of, reason_text
from readout.store.merge import Member, party_evidence
from readout.store.merge_dates import date_evidence
from tests.store.stored import saved


def of_type(store: Store, kind: str) -> list[dict]:
    return [e for e in store.events() if e["type"] == kind]


def docs(event: dict) -> set[str]:
    return {s["doc"] for s in event["sources"]}


def reasons(store: Store, doc: str) -> list[dict]:
    return [reason_of(r[0]) for r in store.conn.execute("SELECT merge_reason FROM doc_events WHERE doc_id = ?", (doc,))]


# --- with our own articles -------------------------------------------------------------------------
def test_hangul_and_latin_reports_of_a_person_outside_the_kb_merge(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 3일 서울에서 보리스 베트렌코 러시아 외무차관과 회담했다.", "ko.txt", date(2025, 3, 4)),
               ("South Korean Foreign Minister Cho Hyun met Russian Deputy Foreign Minister Boris Vetrenko in Seoul "
                "on March 3.", "en.txt", date(2025, 3, 4))) as store:
        (meeting,) = of_type(store, "CONSULT")
    assert docs(meeting) == {"ko.txt", "en.txt"}
    ids = [set(s["actors"]) for s in meeting["sources"]]
    assert ids[0] == ids[1] and len(ids[0]) == 2


def test_an_undated_report_joins_the_dated_one(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 15일 중국 베이징에서 왕이 중국 외교부장과 회담했다.", "ko.txt", date(2025, 3, 16)),
               ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing.", "en.txt",
                date(2025, 3, 16))) as store:
        (meeting,) = of_type(store, "CONSULT")
        (reason,) = reasons(store, "en.txt")
    assert docs(meeting) == {"ko.txt", "en.txt"} and meeting["date"] == "2025-03-15"
    assert "published 1 days after" in json.dumps(reason) and reason["score"] > 1


def test_an_undated_report_published_long_after_does_not_join(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 15일 중국 베이징에서 왕이 중국 외교부장과 회담했다.", "ko.txt", date(2025, 3, 16)),
               ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing.", "en.txt",
                date(2025, 3, 24))) as store:
        assert len(of_type(store, "CONSULT")) == 2


def test_a_wrong_place_lowers_the_score_but_does_not_split(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 15일 중국 베이징에서 왕이 중국 외교부장과 회담했다.", "a.txt", date(2025, 3, 16)),
               ("조현 외교부 장관은 15일 중국 상하이에서 왕이 중국 외교부장과 회담했다.", "b.txt", date(2025, 3, 16))) as store:
        (meeting,) = of_type(store, "CONSULT")
        (reason,) = reasons(store, "b.txt")
    assert docs(meeting) == {"a.txt", "b.txt"}
    assert any(d.startswith("city Shanghai") for d in reason["disagreed"]) and reason["score"] < 1.3


TRILATERAL_KO = ("조현 외교부 장관은 14일 자카르타에서 이와야 다케시 일본 외무상, 마코 루비오 미국 국무장관과 "
                 "한미일 외교장관회의를 했다.")
SIDELINES_KO = TRILATERAL_KO + " 조 장관은 이어 같은 날 이와야 외무상과 양자 회담을 했다."
PAIR_EN = ("Japanese Foreign Minister Takeshi Iwaya met the U.S. secretary of state, Marco Rubio, in Jakarta on "
           "July 14 for a trilateral meeting.")
DAY = date(2025, 7, 15)


def test_a_report_naming_two_of_three_joins_the_trilateral(tmp_path):
    with saved(tmp_path, (TRILATERAL_KO, "ko.txt", DAY), (PAIR_EN, "en.txt", DAY)) as store:
        (meeting,) = of_type(store, "CONSULT")
    assert docs(meeting) == {"ko.txt", "en.txt"} and len(meeting["actors"]) == 3


def test_a_bilateral_beside_a_trilateral_stays_apart(tmp_path):
    with saved(tmp_path, (SIDELINES_KO, "a.txt", DAY), (SIDELINES_KO.replace("했다.", "가졌다."), "b.txt", DAY),
               (TRILATERAL_KO, "c.txt", DAY)) as store:
        meetings = sorted(of_type(store, "CONSULT"), key=lambda e: len(e["actors"]))
    assert [len(e["actors"]) for e in meetings] == [2, 3]
    assert docs(meetings[0]) == {"a.txt", "b.txt"} and docs(meetings[1]) == {"a.txt", "b.txt", "c.txt"}


def test_a_report_naming_more_does_not_join_an_explicit_bilateral(tmp_path):
    """The bilateral's own report also names the trilateral: a three-party report is the trilateral."""
    with saved(tmp_path, (SIDELINES_KO, "a.txt", DAY), (TRILATERAL_KO, "b.txt", DAY)) as store:
        trilateral = [e for e in of_type(store, "CONSULT") if len(e["actors"]) == 3]
    assert [docs(e) for e in trilateral] == [{"a.txt", "b.txt"}]


def test_two_meetings_of_one_pair_on_different_days_stay_two(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 11일 워싱턴에서 마코 루비오 미국 국무장관과 회담했다.", "a.txt", date(2025, 7, 15)),
               ("Foreign Minister Cho Hyun held talks in Washington with Secretary of State Marco Rubio on July 13.", "b.txt",
                date(2025, 7, 15))) as store:
        meetings = of_type(store, "CONSULT")
        (reason,) = reasons(store, "b.txt")
    assert sorted(e["date"] for e in meetings) == ["2025-07-11", "2025-07-13"]
    assert reason["rule"] == "new event"


def test_a_meeting_and_a_call_of_one_pair_stay_apart(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 14일 마코 루비오 미국 국무장관과 전화 통화를 했다.", "a.txt", date(2025, 7, 15)),
               ("조현 외교부 장관은 15일 워싱턴에서 마코 루비오 미국 국무장관과 회담했다.", "b.txt", date(2025, 7, 16))) as store:
        meetings = of_type(store, "CONSULT")
    assert sorted(e["mode"] or "" for e in meetings) == ["", "phone"]


def test_four_reports_of_one_launch_are_one_record(tmp_path):
    with saved(tmp_path,
               ("북한은 15일 동해 쪽으로 탄도미사일 한 발을 발사했다.", "ko1.txt", date(2025, 7, 16)),
               ("On Tuesday North Korea fired a ballistic missile off its east coast, according to the military.", "en1.txt",
                date(2025, 7, 16)),
               ("합동참모본부는 북한이 15일 오전 탄도미사일 1발을 발사했다고 밝혔다.", "ko2.txt", date(2025, 7, 15)),
               ("North Korea launched a ballistic missile, South Korea's military said.", "en2.txt",
                date(2025, 7, 16))) as store:
        (launch,) = of_type(store, "MOBILIZE")
    assert docs(launch) == {"ko1.txt", "en1.txt", "ko2.txt", "en2.txt"}


def test_four_reports_of_one_condemnation_are_one_record_with_their_own_sides(tmp_path):
    with saved(tmp_path,
               ("한국 정부는 16일 북한의 탄도미사일 발사를 강력히 규탄했다.", "ko1.txt", date(2025, 7, 16)),
               ("조현 외교부 장관은 16일 북한의 탄도미사일 발사를 규탄했다.", "ko2.txt", date(2025, 7, 16)),
               ("South Korea on Wednesday condemned North Korea's ballistic missile launch.", "en1.txt",
                date(2025, 7, 17)),
               ("South Korea and the United States on Wednesday condemned North Korea's ballistic missile launch.",
                "en2.txt", date(2025, 7, 17))) as store:
        (condemnation,) = of_type(store, "ACCUSE")
    sides = {s["doc"]: set(s["actors"]) for s in condemnation["sources"]}
    assert set(sides) == {"ko1.txt", "ko2.txt", "en1.txt", "en2.txt"}
    assert sides["ko1.txt"] < sides["en2.txt"]


DESIGNATION = [
    ("정부는 26일 북한 정보기술(IT) 인력 송출에 관여한 북한 기관 3곳과 개인 5명을 독자 제재 대상으로 지정했다.", "ko1.txt",
     date(2025, 12, 26)),
    ("South Korea on Friday designated three North Korean entities and five individuals for unilateral sanctions "
     "over illicit IT worker schemes.", "en1.txt", date(2025, 12, 27)),
    ("외교부는 26일 북한 IT 노동자 파견에 연루된 단체와 개인을 독자 제재 대상으로 지정한다고 발표했다.", "ko2.txt", date(2025, 12, 26)),
    ("Seoul imposed sanctions on North Korean entities and individuals involved in dispatching IT workers, the "
     "foreign ministry said.", "en2.txt", date(2025, 12, 27)),
]


def test_four_reports_of_one_sanctions_designation_are_one_record(tmp_path):
    with saved(tmp_path, *DESIGNATION) as store:
        (designation,) = of_type(store, "SANCTION")
    assert docs(designation) == {"ko1.txt", "en1.txt", "ko2.txt", "en2.txt"} and designation["date"] == "2025-12-26"
    assert all({"cty_kor", "cty_prk"} <= set(s["actors"]) for s in designation["sources"])


def test_two_designations_of_one_target_on_different_days_stay_two(tmp_path):
    earlier = ("정부는 12일 북한 정보기술(IT) 인력 송출에 관여한 북한 기관 2곳을 독자 제재 대상으로 지정했다.", "old.txt",
               date(2025, 12, 12))
    with saved(tmp_path, earlier, *DESIGNATION[:2]) as store:
        designations = of_type(store, "SANCTION")
    assert sorted(e["date"] for e in designations) == ["2025-12-12", "2025-12-26"]


# --- by hand: dates, parties, and the candidate a closer refusal bars --------------------------------------
def member(key, day, parties, precision="day", basis="text", city=None, mode=None, kind="CONSULT", doc=None):
    place = {"name": city, "precision": "city", "country": "XXX"} if city else None
    return Member(key, doc or f"doc-{key}", kind, day, precision, basis, place, set(parties), set(), mode,
                  place_basis=merge_dates.OWN_PLACE if city else None)  # a city of the meeting's own sentence


D = date(2025, 5, 13)


def published(m: Member, day: date = date(2025, 5, 18)) -> Member:
    m.published = day
    return m


K = merge_dates.DateKind


@pytest.mark.parametrize("a, b, kind, why", [
    (member("a", D, "AB"), member("b", D, "AB"), K.SAME_DAY, "same day"),
    (member("a", D, "AB"), member("b", date(2025, 5, 14), "AB"), K.TIME_ZONE, "time zones"),
    (member("a", D, "AB", city="X"), member("b", date(2025, 5, 14), "AB", city="X"), K.ONE_CITY, "in one city"),
    (member("a", D, "AB", city="X"), member("b", date(2025, 5, 14), "AB", city="Y"), K.TWO_CITIES, "in two cities"),
    (member("a", D, "AB", city="X"), member("b", date(2025, 5, 14), "AB"), K.TIME_ZONE, "time zones"),
    (member("a", D, "AB"), member("b", date(2025, 5, 15), "AB"), K.APART, "2 days apart"),
    (member("a", D, "AB"), member("b", date(2025, 5, 16), "AB", basis="published"), K.PUBLISHED_WINDOW,
     "published 3 days"),
    (member("a", D, "AB"), member("b", date(2025, 5, 17), "AB", basis="published"), K.PUBLISHED_OUTSIDE,
     "published 4 days"),
    (member("a", D, "AB"), member("b", date(2025, 5, 12), "AB", basis="published"), K.PUBLISHED_WINDOW,
     "published -1 days"),
    (member("a", D, "AB"), member("b", date(2025, 5, 1), "AB", precision="month"), K.SAME_PERIOD, "same month"),
    (member("a", D, "AB"), member("b", date(2025, 6, 1), "AB", precision="month"), K.OTHER_PERIOD, "other month"),
    (member("a", D, "AB"), member("b", None, "AB"), K.UNDATED, "undated"),
    (published(member("a", D, "AB", basis="narrative")),
     published(member("b", date(2025, 5, 20), "AB", basis="narrative")), K.INFERRED, "7 days apart"),
])
def test_dates_compare_within_precision_basis_and_time_zones(a, b, kind, why):
    seen = date_evidence(a, b, SETTINGS)
    assert seen.kind is kind and why in seen.why
    assert seen.ok is (kind in {K.SAME_DAY, K.TIME_ZONE, K.PUBLISHED_WINDOW, K.SAME_PERIOD, K.UNDATED, K.INFERRED})


def test_the_date_exceptions_are_decided_on_the_kind_not_the_wording(tmp_path, monkeypatch):
    """The reasons' wording may change (or be translated): the record spanning a time zone and the
    inferred-day window still hold, because `dates_agree` reads the kind."""
    monkeypatch.setattr(merge_dates.DateKind.ONE_CITY, "_value_", "zwei Tage, eine Stadt")
    monkeypatch.setattr(merge_dates.DateKind.INFERRED, "_value_", "beide erschlossen")
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        record = place(store, writer, member("local", D, "AB"))
        assert place(store, writer, member("seoul", date(2025, 5, 14), "AB", city="X")) == record
        assert place(store, writer, member("third", D, "AB", city="X")) == record
        june = date(2025, 6, 10)
        first = place(store, writer, published(member("n1", date(2025, 6, 4), "CD", basis="narrative"), june))
        assert place(store, writer, published(member("n2", date(2025, 6, 9), "CD", basis="narrative"), june)) == first


@pytest.mark.parametrize("kind, record, new, joins", [
    ("CONSULT", "ABC", "AB", True),      # two of three join the trilateral
    ("CONSULT", "AB", "ABC", True),      # one extra name: may join, unless the bilateral is explicit
    ("CONSULT", "ABCD", "ABCDE", True),
    ("CONSULT", "ABC", "ABD", False),    # two trilaterals sharing two ministers
    ("CONSULT", "AB", "AC", False),
    ("ACCUSE", "K", "KU", True),         # acts: each source names its own sides
    ("ACCUSE", "K", "U", False),
])
def test_parties_score_subsets_and_supersets(kind, record, new, joins):
    score, _why = party_evidence(kind, set(record), set(new), SETTINGS)
    assert bool(score) is joins


def place(store: Store, writer: EventWriter, m: Member) -> str:
    """File one hand-built report the way a run does; return its event."""
    event_id, reason = merge.find_event(store.conn, m, writer.members_of, set(), store.settings)
    store.conn.execute("INSERT OR IGNORE INTO documents (id, content_hash, languages, segments, text,"
                       " boilerplate, ingested_at) VALUES (?, '', '[]', '[]', '', '[]', '')", (m.doc_id,))
    if event_id is None:
        event_id = "ev_" + m.key
        store.conn.execute("INSERT INTO events (id, type, date, date_precision, record, n_sources, updated_at)"
                           " VALUES (?, ?, ?, 'day', '{}', 0, '')", (event_id, m.type, m.date.isoformat()))
    record = {"mode": m.mode, "place_basis": m.place_basis,
              "sources": [{"published": m.published.isoformat() if m.published else None}]}
    writer.insert_member(m, record, event_id, reason, 0)
    return event_id


def test_a_report_a_closer_candidate_refused_does_not_join_a_looser_one(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        bilateral = place(store, writer, member("bi", D, "AB", city="X"))
        trilateral = place(store, writer, member("tri", date(2025, 5, 14), "ABC", city="X"))
        second = place(store, writer, member("new", date(2025, 5, 14), "AB", city="X"))
        (row,) = store.conn.execute("SELECT merge_reason FROM doc_events WHERE key = 'new'").fetchall()
    assert second not in (bilateral, trilateral)
    assert "a closer candidate" in reason_text(row[0])


def test_a_month_report_joins_a_day_record_of_that_month(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        first = place(store, writer, member("day", D, "AB"))
        assert place(store, writer, member("month", date(2025, 5, 1), "AB", precision="month")) == first


def test_a_report_naming_both_sides_joins_their_separate_records_of_one_act(tmp_path):
    with saved(tmp_path,
               ("한국 정부는 16일 북한의 탄도미사일 발사를 강력히 규탄했다.", "ko.txt", date(2025, 7, 16)),
               ("The United States on Wednesday condemned North Korea's ballistic missile launch.", "us.txt",
                date(2025, 7, 17)),
               ("South Korea and the United States on Wednesday condemned North Korea's ballistic missile launch.",
                "both.txt", date(2025, 7, 17))) as store:
        (condemnation,) = of_type(store, "ACCUSE")
        (reason,) = [r for r in reasons(store, "both.txt") if "joint act" in json.dumps(r)]
    assert docs(condemnation) == {"ko.txt", "us.txt", "both.txt"} and reason["rule"] == "same event by evidence"


def test_a_trilateral_report_does_not_fuse_two_bilaterals(tmp_path):
    with saved(tmp_path,
               ("조현 외교부 장관은 14일 자카르타에서 마코 루비오 미국 국무장관과 회담했다.", "a.txt", DAY),
               ("Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Jakarta on July 14.", "b.txt",
                DAY), (TRILATERAL_KO, "c.txt", DAY)) as store:
        meetings = of_type(store, "CONSULT")
    assert sorted(len(e["actors"]) for e in meetings) == [2, 2, 3]


def test_a_larger_meeting_report_joins_a_pair_record_unless_its_document_names_a_larger_meeting(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        pair = place(store, writer, member("pair", D, "AB", doc="a"))
        assert place(store, writer, member("three", D, "ABC", doc="b")) == pair  # a name the pair report missed
        explicit = place(store, writer, member("bi", date(2025, 6, 2), "AB", doc="c"))
        place(store, writer, member("tri", date(2025, 5, 26), "ABC", doc="c"))  # the same document's trilateral
        assert place(store, writer, member("late", date(2025, 6, 2), "ABC", doc="d")) != explicit


# --- dates inferred from the story, calls without a stated mode, records spanning a time zone ----------
def test_meetings_whose_days_are_both_inferred_join_for_the_same_people(tmp_path):
    """Two outlets list the envoy's side meetings of one visit without a day; each takes the day of
    its story's previous sentence (the 4th in one, the 16th in the other)."""
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        first = place(store, writer, published(member("a", date(2025, 5, 4), "AB", basis="narrative")))
        assert place(store, writer, published(member("b", date(2025, 5, 16), "AB", basis="narrative"))) == first


@pytest.mark.parametrize("second", [
    member("stated", date(2025, 5, 16), "AB", basis="text"),              # a stated day is the meeting's own
    member("subset", date(2025, 5, 16), "AB", basis="narrative"),         # (same parties, but see record)
    member("far", date(2025, 6, 10), "AB", basis="narrative"),            # beyond the window
    member("act", date(2025, 5, 16), "AB", basis="narrative", kind="ACCUSE"),  # acts recur: no window
    member("later", date(2025, 5, 16), "AB", basis="narrative"),          # another news cycle (published later)
])
def test_an_inferred_day_does_not_stretch_further(tmp_path, second):
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        parties = "ABC" if second.key == "subset" else "AB"
        first = place(store, writer, published(member("a", date(2025, 5, 4), parties, basis="narrative",
                                                      kind=second.type)))
        second.published = date(2025, 5, 28) if second.key == "later" else date(2025, 5, 18)
        assert place(store, writer, second) != first


@pytest.mark.parametrize("second, joins", [
    (member("unsaid", date(2025, 5, 14), "AB"), True),                      # 'the two discussed': may be the call
    (member("city", date(2025, 5, 14), "AB", city="X"), False),             # met in a city: a meeting
    (member("visit", date(2025, 5, 14), "AB", mode="visit"), False),
])
def test_a_report_stating_no_mode_joins_the_call(tmp_path, second, joins):
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        call = place(store, writer, member("call", D, "AB", mode="phone"))
        assert (place(store, writer, second) == call) is joins


def test_a_record_spanning_a_time_zone_takes_its_other_day(tmp_path):
    """A Washington meeting reported on the 13th (local) and on the 14th (Seoul, with the city): a
    third report of the 13th in Washington joins, where the 14th's alone would refuse it."""
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        record = place(store, writer, member("local", D, "AB"))
        assert place(store, writer, member("seoul", date(2025, 5, 14), "AB", city="X")) == record
        assert place(store, writer, member("third", D, "AB", city="X")) == record
        alone = place(store, writer, member("other", date(2025, 6, 2), "CD", city="X"))
        assert place(store, writer, member("next", date(2025, 6, 3), "CD", city="X")) != alone


@pytest.mark.parametrize("korean", [
    "조현 외교부 장관은 3일 서울에서 베트렌코 러시아 외무차관과 회담했다.",            # the surname alone
    "조현 외교부 장관은 3일 서울에서 러시아의 보리스 베트렌코 외무차관과 회담했다.",
])
def test_an_unknown_person_written_differently_is_linked_to_the_record(tmp_path, korean):
    """The English report comes first; the Korean one names the same outsider by surname or with
    the country before the name: the record lists one person, linked by the phonetic key."""
    with saved(tmp_path,
               ("South Korean Foreign Minister Cho Hyun met Russian Deputy Foreign Minister Boris Vetrenko in Seoul "
                "on March 3.", "en.txt", date(2025, 3, 4)),
               (korean, "ko.txt", date(2025, 3, 4))) as store:
        (meeting,) = of_type(store, "CONSULT")
        (reason,) = reasons(store, "ko.txt")
    assert docs(meeting) == {"ko.txt", "en.txt"} and len(meeting["actors"]) == 2
    assert len({a for s in meeting["sources"] for a in s["actors"]}) == 2
    assert reason["rule"] == "same event by evidence"
    if "보리스" not in korean:  # the surname alone keys differently: the link is the reason
        assert "same person by phonetic key" in json.dumps(reason, ensure_ascii=False)


def test_link_persons_needs_one_match_and_agreeing_countries():
    record = member("r", D, ["per_cho", "per_p_1"])
    record.names = {"per_p_1": ("Boris Vetrenko", "RUS")}
    for name, country, linked in [("베트렌코", "RUS", True), ("보리스 베트렌코", None, True),
                                  ("베트렌코", "UKR", False), ("니콜라이 파트루셰프", "RUS", False),
                                  ("보리스 베트렌코", "USA", True)]:  # a full name outweighs a country read from a title
        new = member("n", D, ["per_cho", "per_p_2"])
        new.names = {"per_p_2": (name, country)}
        assert (merge.link_persons(record.names, new, record.parties) == {"per_p_2": "per_p_1"}) is linked


def test_a_side_meeting_dated_only_by_its_story_does_not_join_the_larger_one(tmp_path):
    """'Meanwhile, two of the ministers held talks with a third country's': the pair's day is the
    story's, not its own, so it does not join the trilateral; with its own day it would."""
    with Store(str(tmp_path / "r.db")) as store:
        writer = store.writer
        trilateral = place(store, writer, member("tri", D, "ABC", city="X"))
        assert place(store, writer, member("stated", D, "AB", city="X")) == trilateral
        assert place(store, writer, member("side", D, "AB", basis="narrative", city="X")) != trilateral


# --- learned aliases: a link merging made is written back -----------------------------------------------
VETRENKO_EN = ("South Korean Foreign Minister Cho Hyun met Russian Deputy Foreign Minister Boris Vetrenko in Seoul "
               "on March 3.")
VETRENKO_KO = "조현 외교부 장관은 3일 서울에서 베트렌코 러시아 외무차관과 회담했다."
VETRENKO_LATER_KO = "김진아 외교부 2차관은 20일 베트렌코 러시아 외무차관과 통화했다."


def person_ids(event: dict) -> set[str]:
    return {a["id"] for a in event["actors"] if a["kind"] == "person"}


def test_a_link_merging_made_is_written_back_as_an_alias_with_its_reason(tmp_path):
    """The Korean report names the outsider by surname only: merging links it to the English
    report's person; the alias row, the document's mentions and a later document in the same run
    (another event, nothing to link it by) all carry the English report's id."""
    with saved(tmp_path, (VETRENKO_EN, "en.txt", date(2025, 3, 4)), (VETRENKO_KO, "ko.txt", date(2025, 3, 4)),
               (VETRENKO_LATER_KO, "later.txt", date(2025, 3, 21))) as store:
        (meeting,) = [e for e in of_type(store, "CONSULT") if e["date"] == "2025-03-03"]
        (call,) = [e for e in of_type(store, "CONSULT") if e["date"] == "2025-03-20"]
        outsider = next(iter(person_ids(meeting) - {"per_cho-hyun"}))
        (alias,) = store.conn.execute("SELECT person_id, doc_id, reason FROM aliases WHERE form = '베트렌코'").fetchall()
        mentioned = {r[0] for r in store.conn.execute(
            "SELECT entity_id FROM mentions WHERE doc = (SELECT terms_rowid FROM documents WHERE id = 'ko.txt')"
            " AND surface LIKE '%베트렌코%'")}
        (later,) = reasons(store, "later.txt")
    assert outsider.startswith(links.UNKNOWN_PERSON)
    assert tuple(alias[:2]) == (outsider, "ko.txt") and alias[2].startswith(merge.LINK_REASON)
    assert outsider in alias[2] and "베트렌코" in alias[2]
    assert mentioned == {outsider}
    assert outsider in person_ids(call) and "learned alias" in json.dumps(later, ensure_ascii=False)


def test_the_next_run_resolves_a_linked_form_through_the_learned_alias(tmp_path):
    from readout.kb.knowledge import Knowledge
    from readout.pipeline import default_pipeline

    with saved(tmp_path, (VETRENKO_EN, "en.txt", date(2025, 3, 4)), (VETRENKO_KO, "ko.txt", date(2025, 3, 4))) as store:
        (meeting,) = of_type(store, "CONSULT")
        learned = store.learned_aliases()
    pipeline = default_pipeline(SETTINGS, Knowledge.load(learned))
    article = extract_text(VETRENKO_LATER_KO, "next.txt", date(2025, 3, 21), pipeline)
    (person,) = [m.entity for m in article.mentions if m.entity and "베트렌코" in m.surface]
    assert person.id in person_ids(meeting) and person.reason == "learned alias"


@pytest.mark.parametrize("first, second", [
    ({"per_p_a": "per_p_x"}, {"per_p_a": "per_p_y"}),  # one name linked to two persons: evidence disagrees
])
def test_a_person_linked_to_two_records_is_not_learned(tmp_path, first, second):
    with Store(str(tmp_path / "r.db")) as store:
        record = {"actors": [{"id": "per_p_a", "name": "베트렌코", "names": []}]}
        verdicts = [merge.Verdict("ev_1", True, 1.0, 1.0, linked=first), merge.Verdict("ev_2", True, 1.0, 1.0,
                                                                                        linked=second)]
        assert links.learn_links(store.conn, "d", [(record, v) for v in verdicts]) == {}
        assert store.conn.execute("SELECT count(*) FROM aliases").fetchone()[0] == 0


def test_a_city_from_elsewhere_in_the_document_is_not_compared(tmp_path):
    """A city from a visit sentence is often another meeting's: it neither lowers the score nor says
    the meeting was held in person."""
    with saved(tmp_path,
               ("Foreign Minister Cho Hyun held talks in Washington with Secretary of State Marco Rubio on Monday.", "a.txt",
                date(2025, 7, 15)),
               ("Secretary of State Marco Rubio is on a two-day visit to Tokyo. Rubio met Foreign Minister Cho Hyun "
                "on Monday.", "b.txt", date(2025, 7, 15))) as store:
        (meeting,) = of_type(store, "CONSULT")
        (reason,) = reasons(store, "b.txt")
    assert docs(meeting) == {"a.txt", "b.txt"} and not any("city" in d for d in reason["disagreed"])


@pytest.mark.parametrize("basis, compared", [(merge_dates.OWN_PLACE, True), ("document", False), (None, False)])
def test_places_compare_only_from_the_meetings_own_sentence(basis, compared):
    record = [member("a", D, "AB", city="Seoul")]
    new = member("n", D, "AB", city="Tokyo")
    new.place_basis = basis
    v = merge.judge(record, new, SETTINGS)
    assert v.ok and any(d.startswith("city Tokyo") for d in v.disagreed) is compared
    assert (merge.how_held(new) == "in person") is compared


def test_another_city_ranks_a_candidate_lower_but_never_refuses_it():
    """A report naming one more minister, dated by its publication, in another city of its own
    sentence: parties and dates suffice; the city only lowers its score below a record of that city."""
    there = [member("a", D, "AB", city="Seoul")]
    here = [member("b", D, "AB", city="Tokyo")]
    new = member("n", date(2025, 5, 15), "ABC", basis="published", city="Tokyo")  # published two days after
    far, near = merge.judge(there, new, SETTINGS, "far"), merge.judge(here, new, SETTINGS, "near")
    assert far.ok and near.ok and far.score < SETTINGS.merge_min_score < near.score
