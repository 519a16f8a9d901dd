"""A statement's voice (pipeline/statement_voice.py) kept on its report row and weighed in merging
(store/merge_voices.py): two speakers of one state on two days are two statements; one statement reported
with and without its speaker, or by the same person one day apart, stays one. Names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from readout.store.merge_voices import Voice, same_voice, voice_conflict
from tests.store.stored import merge_reasons, records_of, saved

MAR10, MAR11 = date(2025, 3, 10), date(2025, 3, 11)


SPOKESPERSON = {
    "ko": ("안민규 외교부 대변인은 10일 북한의 탄도미사일 발사를 규탄했다.", MAR10),
    "en": ("South Korea's foreign ministry spokesperson Ahn Min-gyu on Monday condemned North Korea's ballistic "
           "missile launch.", MAR10),
}
MINISTER_NEXT_DAY = {
    "ko": ("서민호 외교부 장관은 11일 북한의 탄도미사일 발사를 규탄했다.", MAR11),
    "en": ("South Korean Foreign Minister Suh Min-ho on Tuesday condemned North Korea's ballistic missile launch.",
           MAR11),
}
MINISTRY_NEXT_DAY = {
    "ko": ("외교부는 11일 북한의 탄도미사일 발사를 규탄했다.", MAR11),
    "en": ("South Korea's foreign ministry on Tuesday condemned North Korea's ballistic missile launch.", MAR11),
}
SPOKESPERSON_NEXT_DAY = {  # the same statement dated by a later outlet's '이날' / its own day
    "ko": ("안민규 외교부 대변인은 이날 북한의 탄도미사일 발사를 규탄했다.", MAR11),
    "en": ("South Korean foreign ministry spokesperson Ahn Min-gyu on Tuesday condemned North Korea's ballistic "
           "missile launch.", MAR11),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_two_speakers_of_one_state_on_adjacent_days_are_two_statements(tmp_path, lang):
    (first, day1), (second, day2) = SPOKESPERSON[lang], MINISTER_NEXT_DAY[lang]
    with saved(tmp_path, (first, "a.txt", day1), (second, "b.txt", day2)) as store:
        assert records_of(store, "ACCUSE") == [{"a.txt"}, {"b.txt"}]
        assert "another speaker of KOR on another day" in merge_reasons(store, "b.txt", "ACCUSE")  # the reason kept


@pytest.mark.parametrize("first_lang, second_lang", [("en", "en"), ("ko", "en"), ("en", "ko")])
def test_a_statement_named_by_its_speaker_and_by_the_ministry_alone_is_one(tmp_path, first_lang, second_lang):
    (first, day1), (second, day2) = SPOKESPERSON[first_lang], MINISTRY_NEXT_DAY[second_lang]
    with saved(tmp_path, (first, "a.txt", day1), (second, "b.txt", day2)) as store:
        assert records_of(store, "ACCUSE") == [{"a.txt", "b.txt"}]


def test_two_korean_reports_stating_seouls_days_apart_are_two_statements(tmp_path):
    """merge7's one clock (store/merge_clocks.one_clock): Korean outlets give Seoul's day, so '10일' and '11일' for a
    statement of Seoul's are two days, whoever is named; a time zone explains a day only between clocks."""
    (first, day1), (second, day2) = SPOKESPERSON["ko"], MINISTRY_NEXT_DAY["ko"]
    with saved(tmp_path, (first, "a.txt", day1), (second, "b.txt", day2)) as store:
        assert records_of(store, "ACCUSE") == [{"a.txt"}, {"b.txt"}]
        assert "on one clock" in merge_reasons(store, "b.txt", "ACCUSE")


@pytest.mark.parametrize("first_lang, second_lang", [("ko", "ko"), ("en", "en"), ("ko", "en"), ("en", "ko")])
def test_one_speaker_reported_by_two_outlets_a_day_apart_is_one_statement(tmp_path, first_lang, second_lang):
    (first, day1), (second, day2) = SPOKESPERSON[first_lang], SPOKESPERSON_NEXT_DAY[second_lang]
    with saved(tmp_path, (first, "a.txt", day1), (second, "b.txt", day2)) as store:
        assert records_of(store, "ACCUSE") == [{"a.txt", "b.txt"}]


def test_the_voice_is_kept_on_the_report_row(tmp_path):
    (text, day) = SPOKESPERSON["en"]
    with saved(tmp_path, (text, "a.txt", day)) as store:
        (stored,) = [r[0] for r in store.conn.execute("SELECT voice FROM doc_events WHERE type = 'ACCUSE'")]
    voice = Voice.read(stored)
    assert (voice.name, voice.country) == ("Ahn Min-gyu", "KOR")


# --- by hand: who is the same voice, and when a voice refuses ---------------------------------------------
SPOKES = Voice("per_p_1", "Ahn Min-gyu", "KOR", "Spokesperson")
SPOKES_KO = Voice("per_p_2", "안민규", "KOR", "Spokesperson")  # the same person, his id made from another script
MINISTER = Voice("per_p_3", "Suh Min-ho", "KOR", "Minister of Foreign Affairs")
KNOWN_A, KNOWN_B = Voice("per_known-a", "Orla Venn", "IRL", "President"), Voice("per_known-b", "Orla Venn", "IRL")
ENVOY = Voice("per_p_4", "Tomas Ekdal", "SWE", "Ambassador")


@pytest.mark.parametrize("a, b, same", [
    (SPOKES, SPOKES, True),
    (SPOKES, SPOKES_KO, True),  # outside the knowledge base: by sound across scripts
    (SPOKES, MINISTER, False),
    (KNOWN_A, KNOWN_B, False),  # two persons the knowledge base knows apart, whatever their names
])
def test_same_voice(a, b, same):
    assert same_voice(a, b) is same and same_voice(b, a) is same


@pytest.mark.parametrize("voices, new, day, refused", [
    ([(SPOKES, MAR10, "day")], MINISTER, MAR11, True),
    ([(SPOKES, MAR10, "day")], MINISTER, MAR10, False),  # the same day: one act two speakers were quoted on
    ([(SPOKES, MAR10, "day")], SPOKES_KO, MAR11, False),  # the same person, a day off
    ([(SPOKES, MAR10, "day")], None, MAR11, False),  # no voice named: as before
    ([], MINISTER, MAR11, False),
    ([(ENVOY, MAR10, "day")], MINISTER, MAR11, False),  # another state's speaker: a side of a joint act
    ([(SPOKES, date(2025, 3, 1), "month")], MINISTER, MAR11, False),  # a month is no other day
    ([(SPOKES, MAR10, "day"), (MINISTER, MAR10, "day")], MINISTER, MAR11, False),  # the record has his voice
])
def test_voice_conflict(voices, new, day, refused):
    assert bool(voice_conflict(voices, new, day, "day")) is refused


def test_an_old_database_gains_the_voice_column_and_judges_its_reports_as_before(tmp_path):
    """A database written before migration 0016 has no voice column: opening it adds the column, keeps every
    report and event, and its reports (no voice) merge a later speaker's report as before."""
    path = str(tmp_path / "r.db")
    (first, day1), (second, day2) = SPOKESPERSON["en"], MINISTER_NEXT_DAY["en"]
    with Store(path) as store:
        store.save(extract_text(first, "a.txt", day1))
        store.conn.execute("ALTER TABLE doc_events DROP COLUMN voice")
        store.conn.execute("DELETE FROM migrations WHERE name = '0016_report_voice'")
        rows = store.conn.execute("SELECT * FROM doc_events ORDER BY key").fetchall()
        events = list(store.events())
    with Store(path) as migrated:
        assert [tuple(r)[:-1] for r in migrated.conn.execute("SELECT * FROM doc_events ORDER BY key")] == \
            [tuple(r) for r in rows]
        assert {r[0] for r in migrated.conn.execute("SELECT voice FROM doc_events")} == {None}
        assert list(migrated.events()) == events != []
        migrated.save(extract_text(second, "b.txt", day2))
        assert records_of(migrated, "ACCUSE") == [{"a.txt", "b.txt"}]  # the old report names no voice


def test_a_kept_verdict_is_not_given_to_a_report_of_another_voice():
    """A record that changes no more keeps its verdicts by report shape (`merge.judge_key`): a report voiced by
    another person is not judged by the verdict kept for an unvoiced report of the same day and sides."""
    from readout.settings import SETTINGS
    from readout.store.merge import Member, Record, judge, judge_key

    def report(key: str, day: date, voice: Voice | None) -> Member:
        m = Member(key, f"doc-{key}", "ACCUSE", day, "day", "text", None, {"cty_kor"}, {"cty_prk"})
        m.voice = voice
        return m

    record = Record(report(f"m{n}", MAR10, SPOKES) for n in range(SETTINGS.merge_members_checked))
    unvoiced, voiced = report("u", MAR11, None), report("v", MAR11, MINISTER)
    assert judge(record, unvoiced, SETTINGS, "ev", judge_key(unvoiced, SETTINGS)).ok
    assert not judge(record, voiced, SETTINGS, "ev", judge_key(voiced, SETTINGS)).ok
