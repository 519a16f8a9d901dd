"""merge7: two pairs of persons of the same two states making a joint statement on one day are two events
(store/merge_makers.py), and one state's statements on two days told by two reports in Korean, whose outlets keep
Seoul's clock, are two statements (store/merge_clocks.one_clock); the same pair in either language, and a foreign
readout's unmarked day in Korean, still merge. Each refusal is kept in the merge reason."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from readout.store.lean import reason_of
from readout.store.merge_makers import makers_conflict, other_pair
from readout.store.merge_voices import Voice

PUB = date(2025, 3, 11)


def stored(tmp_path, *reports) -> tuple[list[dict], list[dict]]:
    with Store(str(tmp_path / "m.db")) as store:
        for i, (text, published) in enumerate(reports):
            store.save(extract_text(text, f"d{i}", published))
        reasons = [reason_of(r) for (r,) in store.conn.execute("SELECT merge_reason FROM doc_events")]
        return list(store.events()), reasons


def docs_of(events: list[dict], etype: str) -> list[list[str]]:
    return sorted(sorted(s["doc"] for s in e["sources"]) for e in events if e["type"] == etype)


FM_EN = ("Bolivian Foreign Minister Marta Arandia and Paraguayan Foreign Minister Dario Velazco agreed on Monday to "
         "expand consular cooperation.")
FM_KO = "마르타 아란디아 볼리비아 외교장관과 다리오 벨라스코 파라과이 외교장관은 10일 영사 협력을 확대하기로 합의했다."
HEADS_EN = ("Bolivian President Ramon Quispe and Paraguayan Interior Minister Celia Benitez agreed on Monday to "
            "reinforce border patrols.")
HEADS_KO = "라몬 키스페 볼리비아 대통령과 셀리아 베니테스 파라과이 내무장관은 10일 국경 순찰을 강화하기로 합의했다."


@pytest.mark.parametrize("first, second", [(FM_EN, HEADS_EN), (FM_KO, HEADS_KO), (FM_EN, HEADS_KO)])
def test_two_pairs_agreeing_on_one_day_are_two_acts(tmp_path, first, second):
    events, reasons = stored(tmp_path, (first, PUB), (second, PUB))
    assert docs_of(events, "AGREE") == [["d0"], ["d1"]]
    assert any("another pair of makers" in d for r in reasons for c in r.get("refused", []) for d in c["disagreed"])


@pytest.mark.parametrize("first, second", [(FM_EN, FM_KO), (FM_KO, FM_EN)])
def test_one_pair_in_two_languages_is_one_act(tmp_path, first, second):
    events, _ = stored(tmp_path, (first, PUB), (second, PUB))
    assert docs_of(events, "AGREE") == [["d0", "d1"]]


def voice(pid: str, country: str) -> Voice:
    return Voice(f"per_{pid}", pid.title(), country)


def test_only_both_sides_differing_is_another_pair():
    a = (voice("aa", "BOL"), voice("bb", "PRY"))
    assert other_pair(a, (voice("cc", "BOL"), voice("dd", "PRY")))
    assert not other_pair(a, (voice("cc", "BOL"), voice("bb", "PRY")))  # one side's person is shared
    assert not other_pair(a, (voice("cc", "BOL"),))  # one state only: merge_voices' concern
    assert makers_conflict([a], (voice("cc", "BOL"),)) is None
    assert makers_conflict([a, (voice("cc", "BOL"), voice("dd", "PRY"))], (voice("cc", "BOL"), voice("dd", "PRY"))) is None


SEOUL_MON = ("외교부는 10일 북한의 탄도미사일 발사를 규탄했다.", date(2025, 3, 10))
SEOUL_TUE = ("외교부는 11일 북한의 탄도미사일 발사를 다시 규탄했다.", date(2025, 3, 11))


def test_seouls_statements_a_day_apart_in_korean_are_two(tmp_path):
    events, reasons = stored(tmp_path, SEOUL_MON, SEOUL_TUE)
    assert docs_of(events, "ACCUSE") == [["d0"], ["d1"]]
    assert any("on one clock" in d for r in reasons for c in r.get("refused", []) for d in c["disagreed"])


def test_a_day_marked_local_time_keeps_the_time_zones_tolerance(tmp_path):
    events, _ = stored(tmp_path, ("외교부는 10일(현지시간) 북한의 탄도미사일 발사를 규탄했다.", date(2025, 3, 11)),
                       ("외교부는 11일 북한의 탄도미사일 발사를 규탄했다.", date(2025, 3, 11)))
    assert docs_of(events, "ACCUSE") == [["d0", "d1"]]


def test_a_foreign_sides_statement_keeps_the_time_zones_tolerance(tmp_path):
    """A Korean translation of a foreign ministry's statement keeps that ministry's day unmarked."""
    events, _ = stored(tmp_path, ("페루 외교부는 10일 칠레의 국경 폐쇄를 규탄했다.", date(2025, 3, 11)),
                       ("페루 외교부는 11일 칠레의 국경 폐쇄를 규탄했다.", date(2025, 3, 11)))
    assert docs_of(events, "ACCUSE") == [["d0", "d1"]]


def test_english_reports_keep_the_time_zones_tolerance(tmp_path):
    """English outlets write on many clocks: a day apart may be one statement when one report's dateline is far from
    the speaker's clock (merge11: with no dateline an organ's day is its own, store/merge_organs.py)."""
    events, _ = stored(tmp_path,
                       ("WASHINGTON, March 10 (Wire) - South Korea's foreign ministry on Monday condemned North Korea's "
                        "missile launch.", date(2025, 3, 10)),
                       ("South Korea's foreign ministry on Tuesday condemned North Korea's missile launch.", date(2025, 3, 11)))
    assert docs_of(events, "ACCUSE") == [["d0", "d1"]]


DATELINED = {  # one ministry's statements on two days, each report filed under a Seoul dateline
    "en": ("SEOUL, March 11 (Wire) - South Korea's foreign ministry on Tuesday condemned North Korea's missile launch.",
           date(2025, 3, 11)),
    "ko": ("(서울=통신) 외교부는 10일 북한의 탄도미사일 발사를 규탄했다.", date(2025, 3, 10)),
}


def test_reports_filed_under_one_datelines_clock_a_day_apart_are_two(tmp_path):
    """The dateline says whose day a report tells ('SEOUL, March 11'): a Korean and an English report both filed in
    Seoul that state days a day apart tell two statements."""
    events, reasons = stored(tmp_path, DATELINED["ko"], DATELINED["en"])
    assert docs_of(events, "ACCUSE") == [["d0"], ["d1"]]
    assert any("on one clock, both stated (KOR)" in d for r in reasons for c in r.get("refused", []) for d in c["disagreed"])


def test_a_headline_is_told_on_its_stories_dateline(tmp_path):
    headline = ("South Korea on Tuesday condemns North Korean missile launch\n\nSEOUL, March 11 (Wire) - South Korea's foreign "
                "ministry said it was reviewing its options.", date(2025, 3, 11))
    events, _ = stored(tmp_path, DATELINED["ko"], headline)
    assert docs_of(events, "ACCUSE") == [["d0"], ["d1"]]


def test_another_datelines_clock_keeps_the_time_zones_tolerance(tmp_path):
    washington = ("WASHINGTON, March 11 (Wire) - South Korea's foreign ministry on Tuesday condemned North Korea's "
                  "missile launch.", date(2025, 3, 11))
    events, _ = stored(tmp_path, DATELINED["ko"], washington)
    assert docs_of(events, "ACCUSE") == [["d0", "d1"]]
