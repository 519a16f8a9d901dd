"""A state-level report of a meeting ("China and Japan held talks", parties that are countries) and the
named report of the same meeting (persons of those countries) are one record that keeps the persons;
two meetings of the same two countries on different days stay two. Reports are our own sentences."""
from __future__ import annotations

import json
from datetime import date

import pytest

from readout.store.blocks import PERSON_OF_KEY, STATE_KEY, block_keys, search_keys
from readout.store.merge import Member, as_states, report_facts
from tests.store.test_merge_rules import docs, of_type, reasons, saved

STATES_EN = ("China and Japan held talks in Beijing on Tuesday on maritime security.", "state.txt", date(2025, 3, 12))
NAMED_EN = ("Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing on Tuesday.",
            "named_en.txt", date(2025, 3, 12))
NAMED_KO = ("왕이 중국 외교부장은 11일 베이징에서 이와야 다케시 일본 외무상과 회담했다.", "named_ko.txt", date(2025, 3, 12))
STATES_WEEK_LATER = ("China and Japan held talks in Beijing on Tuesday on fisheries.", "later.txt", date(2025, 3, 19))
STATES_DAYS_LATER = ("China and Japan held talks in Beijing on Friday on fisheries.", "later.txt", date(2025, 3, 15))


def kinds(event: dict) -> set[str]:
    return {a["kind"] for a in event["actors"]}


@pytest.mark.parametrize("first, second", [
    (NAMED_EN, STATES_EN), (STATES_EN, NAMED_EN),  # either order
    (NAMED_KO, STATES_EN), (STATES_EN, NAMED_KO),  # across languages
])
def test_a_state_level_report_joins_the_named_report_of_the_meeting(tmp_path, first, second):
    with saved(tmp_path, first, second) as store:
        (meeting,) = of_type(store, "CONSULT")
        (reason,) = reasons(store, second[1])
    assert docs(meeting) == {first[1], second[1]} and meeting["date"] == "2025-03-11"
    assert kinds(meeting) == {"person"} and len(meeting["actors"]) == 2  # the persons, never the countries
    assert reason["rule"] == "same event by evidence"
    assert any("stands for a named person" in a for a in reason["agreed"])


@pytest.mark.parametrize("named", [NAMED_EN, NAMED_KO])
@pytest.mark.parametrize("later, day, candidates", [
    (STATES_WEEK_LATER, "2025-03-18", 0),  # beyond the date window: not even a candidate
    (STATES_DAYS_LATER, "2025-03-14", 1),  # found through its states, refused by the stated days
])
def test_two_meetings_of_the_same_states_days_apart_stay_two(tmp_path, named, later, day, candidates):
    """The later meeting stored first: the named report's window (forward to its publication's
    lookback) reaches it."""
    with saved(tmp_path, later, named) as store:
        meetings = sorted(of_type(store, "CONSULT"), key=lambda e: e["date"])
        (reason,) = reasons(store, named[1])
    assert [e["date"] for e in meetings] == ["2025-03-11", day]
    assert [kinds(e) for e in meetings] == [{"person"}, {"country"}]
    assert reason["rule"] == "new event" and reason["candidates"] == candidates


def test_other_persons_of_the_same_states_do_not_join_a_merged_record(tmp_path):
    """Once a state-level report joined Wang Yi's meeting, the record is that meeting: a meeting of
    two other ministers of China and Japan that day stays apart."""
    others = ("Chinese Commerce Minister Wang Wentao met Japanese Trade Minister Yoji Muto in Beijing on Tuesday.",
              "others.txt", date(2025, 3, 12))
    with saved(tmp_path, NAMED_EN, STATES_EN, others) as store:
        meetings = of_type(store, "CONSULT")
    assert sorted(len(docs(e)) for e in meetings) == [1, 2]


def test_a_state_level_report_does_not_join_a_meeting_of_other_states(tmp_path):
    korea_japan = ("South Korea and Japan held talks in Beijing on Tuesday.", "kj.txt", date(2025, 3, 12))
    with saved(tmp_path, NAMED_EN, korea_japan) as store:
        assert len(of_type(store, "CONSULT")) == 2


def member(parties: list[tuple[str, str, str]], kind: str = "CONSULT") -> Member:
    """A report of `parties` (id, entity kind, country)."""
    record = {"actors": [{"id": i, "kind": k, "country": c} for i, k, c in parties]}
    m = Member("k", "d", kind, date(2025, 3, 11), "day", "text", None, {p[0] for p in parties}, set())
    m.homes, m.states, _basis, _status = report_facts(record)
    return m


WANG, IWAYA, CHO = ("per_wang", "person", "CHN"), ("per_iwaya", "person", "JPN"), ("per_cho", "person", "KOR")
CHINA, JAPAN = ("cty_chn", "country", "CHN"), ("cty_jpn", "country", "JPN")
LI, KISHIDA = ("per_li", "person", "CHN"), ("per_kishida", "person", "JPN")


@pytest.mark.parametrize("theirs, mine, same, matched", [
    ([WANG, IWAYA], [CHINA, JAPAN], True, ["CHN", "JPN"]),  # a state stands for its named person
    ([WANG, JAPAN], [WANG, IWAYA], True, ["JPN"]),  # one side named, the other a state
    ([WANG, IWAYA], [WANG, IWAYA], True, []),  # no state: the sides unchanged
    ([CHO, IWAYA], [CHINA, JAPAN], False, ["JPN"]),  # Korea's person is no Chinese state
    ([WANG, IWAYA, CHINA, JAPAN], [LI, KISHIDA], False, []),  # a merged record is its named persons' meeting
    ([WANG, IWAYA, CHINA, JAPAN], [CHINA, JAPAN], True, ["CHN", "JPN"]),  # ... which a state report still joins
])
def test_a_country_party_is_shared_with_a_person_of_that_country(theirs, mine, same, matched):
    a, b = member(theirs), member(mine)
    lifted_a, lifted_b, codes = as_states(a.parties, b.parties, {**a.homes, **b.homes}, a.states | b.states)
    assert (lifted_a == lifted_b) is same and codes == matched


def test_meetings_are_filed_and_searched_under_their_countries_acts_are_not():
    named, states = member([WANG, IWAYA]), member([CHINA, JAPAN])
    assert set(block_keys(named)) == {"per_wang", "per_iwaya", PERSON_OF_KEY + "CHN", PERSON_OF_KEY + "JPN"}
    assert set(search_keys(named)) == {"per_wang", "per_iwaya", STATE_KEY + "CHN", STATE_KEY + "JPN"}
    assert set(block_keys(states)) & set(search_keys(named)) == {STATE_KEY + "CHN", STATE_KEY + "JPN"}
    assert set(search_keys(states)) & set(block_keys(named)) == {PERSON_OF_KEY + "CHN", PERSON_OF_KEY + "JPN"}
    assert block_keys(member([WANG, IWAYA], "ACCUSE")) == ["per_iwaya", "per_wang"]


def test_a_database_stored_before_files_its_meetings_under_their_countries(tmp_path):
    """Migration 0011: meetings stored before meetings were filed under their countries get those
    blocks, so a later state-level report finds them."""
    from readout.api import extract_text
    from readout.store.migrations import migrate

    with saved(tmp_path, NAMED_EN) as store:
        conn = store.conn
        filed = conn.execute("SELECT * FROM event_blocks ORDER BY party").fetchall()
        assert sum(r[1].startswith(PERSON_OF_KEY) for r in filed) == 2
        conn.execute("DELETE FROM event_blocks WHERE party LIKE 'person of:%'")  # as an older store holds them
        conn.execute("DELETE FROM migrations WHERE name = '0011_meeting_blocks_by_country'")
        conn.commit()
        assert migrate(conn) == ["0011_meeting_blocks_by_country"]
        assert [tuple(r) for r in conn.execute("SELECT * FROM event_blocks ORDER BY party")] == [tuple(r) for r in filed]
        store.save(extract_text(*STATES_EN))
        (meeting,) = of_type(store, "CONSULT")
    assert docs(meeting) == {NAMED_EN[1], STATES_EN[1]}


# --- one visit's two meetings with two persons of one state (store/merge_states.py) --------------------------
VISIT_DAY = date(2025, 3, 4)
VISITS = {  # per language: the state-level report of the visit, and the two named meetings of that day
    "en": ("South Korean Trade Minister Cheong In-kyo visited the United States on Monday and held talks with U.S. "
           "officials in Washington.",
           "South Korean Trade Minister Cheong In-kyo met U.S. Treasury Secretary Scott Bessent in Washington on "
           "Monday.",
           "South Korean Trade Minister Cheong In-kyo met U.S. Interior Secretary Doug Burgum in Washington on Monday."),
    "ko": ("정인교 통상교섭본부장은 3일 워싱턴에서 미국과 통상 협의를 가졌다.",
           "정인교 통상교섭본부장은 3일 워싱턴에서 스콧 베선트 미국 재무장관과 회담했다.",
           "정인교 통상교섭본부장은 3일 워싱턴에서 더그 버검 미국 내무장관과 면담했다."),
}


def counterparts(store) -> list[set[str]]:
    return sorted(({a["id"] for a in e["actors"] + e["recipients"]} - {a["id"] for a in e["actors"][:1]}
                   for e in of_type(store, "CONSULT")), key=sorted)


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("copies", [1, 3])  # 3: the state-level copies fill the record's earliest members
@pytest.mark.parametrize("reread", [False, True])  # the record's members cached, or read back from the database
def test_two_persons_of_one_state_met_on_one_visit_stay_two_records(tmp_path, lang, copies, reread):
    """A wire story's state-level copies found the record; the treasury secretary's meeting joins it; the
    interior secretary's meeting of the same day is another meeting, however many copies came first."""
    from readout.api import extract_text
    from readout.settings import Settings
    from readout.store.db import Store

    state, first, second = VISITS[lang]
    with Store(str(tmp_path / "r.db"), settings=Settings(merge_members_checked=2)) as store:
        for i in range(copies):
            store.save(extract_text(state, f"state{i}.txt", VISIT_DAY))
        for text, doc in ((first, "treasury.txt"), (second, "interior.txt")):
            if reread:
                store.writer.forget()
            store.save(extract_text(text, doc, VISIT_DAY))
        meetings = of_type(store, "CONSULT")
        (reason,) = reasons(store, "interior.txt")
    assert [len(e["actors"]) + len(e["recipients"]) for e in meetings] == [2, 2]
    (joint,) = [e for e in meetings if "treasury.txt" in docs(e)]
    assert docs(joint) == {"treasury.txt", *(f"state{i}.txt" for i in range(copies))}
    assert reason["rule"] == "new event"
    if copies > 2:  # the treasury secretary is beyond the earliest members: the reason names him
        assert any("another person of the state: USA: per_scott-bessent named, per_doug-burgum reported" in d
                   for r in reason["refused"] for d in r["disagreed"])


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_state_level_report_joins_one_of_two_meetings_with_persons_of_its_state(tmp_path, lang):
    state, first, second = VISITS[lang]
    with saved(tmp_path, (first, "treasury.txt", VISIT_DAY), (second, "interior.txt", VISIT_DAY),
               (state, "state.txt", VISIT_DAY)) as store:
        meetings = of_type(store, "CONSULT")
        (reason,) = reasons(store, "state.txt")
    assert sorted(len(docs(e)) for e in meetings) == [1, 2]
    assert reason["rule"] == "same event by evidence"
    assert any("stands for a named person" in a for a in reason["agreed"])


B1, B2 = ("per_b1", "person", "USA"), ("per_b2", "person", "USA")
USA, A = ("cty_usa", "country", "USA"), ("per_a", "person", "KOR")


@pytest.mark.parametrize("record, mine, differ", [
    ([A, USA, B1], [A, B2], ["USA: per_b1 named, per_b2 reported"]),  # another person of the state
    ([A, USA, B1], [A, B1], []),  # the same person again
    ([A, USA, B1], [A, USA], []),  # the state-level report names no person of it
    ([A, USA], [A, B2], []),  # the record names no person of the state
])
def test_a_state_stands_for_one_named_person_at_a_time(record, mine, differ):
    from readout.store.merge_states import named_by_country, other_persons

    theirs, report = member(record), member(mine)
    named = named_by_country(theirs.parties, theirs.homes, theirs.states)
    assert other_persons(named, report.parties, {**theirs.homes, **report.homes}, theirs.states | report.states,
                         ["USA"]) == differ


def test_a_refused_document_s_named_person_is_forgotten_with_it(tmp_path, monkeypatch):
    """The treasury secretary's report is noted on the full record, then its document is refused later
    in its savepoint: the interior secretary's report of the same batch joins the record as if the refused
    one had never been (what a crash mid-batch and a rerun give), and the treasury report, stored again,
    stays apart with its reason."""
    import sqlite3

    from readout.api import extract_text
    from readout.settings import Settings
    from readout.store.db import Store

    state, first, second = VISITS["en"]
    with Store(str(tmp_path / "r.db"), settings=Settings(merge_members_checked=2)) as store:
        store.save_batch([extract_text(state, f"state{i}.txt", VISIT_DAY) for i in range(3)])
        real = store.writer.insert

        def refuse(article, copy_of=None):
            found = real(article, copy_of)
            if article.id == "treasury.txt":
                raise sqlite3.IntegrityError("simulated failure after merging")
            return found

        monkeypatch.setattr(store.writer, "insert", refuse)
        results = store.save_batch([extract_text(first, "treasury.txt", VISIT_DAY),
                                    extract_text(second, "interior.txt", VISIT_DAY)])
        monkeypatch.undo()
        assert [type(r).__name__ for r in results] == ["StorageError", "SaveResult"]
        assert store.conn.execute("SELECT count(*) FROM doc_events WHERE doc_id = 'treasury.txt'").fetchone()[0] == 0
        store.save_batch([extract_text(first, "treasury.txt", VISIT_DAY)])
        store.compose_dirty()
        meetings = of_type(store, "CONSULT")
        (reason,) = reasons(store, "treasury.txt")
    (joint,) = [e for e in meetings if "interior.txt" in docs(e)]
    assert docs(joint) == {"interior.txt", "state0.txt", "state1.txt", "state2.txt"} and len(meetings) == 2
    assert reason["rule"] == "new event" and "per_doug-burgum named" in json.dumps(reason)
