"""A person the knowledge base does not know, reported in Korean (Hangul) and in English (Latin letters): one
record, one person, and the record shows the Latin spelling whichever report came first (records.name_rank).
Our own sentences; the people named are made up."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store

D = date(2025, 3, 4)
KO_FIRST, EN_FIRST = False, True


def meetings(tmp_path, korean: str, english: str, english_first: bool) -> list[dict]:
    reports = [(english, "en.txt"), (korean, "ko.txt")] if english_first else [(korean, "ko.txt"), (english, "en.txt")]
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc in reports:
            store.save(extract_text(text, doc, D))
        return [e for e in store.events() if e["type"] == "CONSULT"]


@pytest.mark.parametrize("english_first", [KO_FIRST, EN_FIRST])
@pytest.mark.parametrize("korean, english, latin, hangul", [
    ("조현 외교부 장관은 3일 서울에서 중국의 왕원타오 상무부장과 회담했다.",
     "South Korean Foreign Minister Cho Hyun met Chinese Commerce Minister Wang Wentao in Seoul on March 3.",
     "Wang Wentao", "왕원타오"),
    ("조현 외교부 장관은 3일 서울에서 다카시마 료헤이 일본 외무부대신과 회담했다.",
     "South Korean Foreign Minister Cho Hyun met Japanese Vice Foreign Minister Ryohei Takashima in Seoul on March 3.",
     "Ryohei Takashima", "다카시마 료헤이"),
    ("조현 외교부 장관은 3일 서울에서 천광밍 중국 외교부 부부장과 회담했다.",
     "South Korean Foreign Minister Cho Hyun met Chinese Vice Foreign Minister Chen Guangming in Seoul on March 3.",
     "Chen Guangming", "천광밍"),
    ("조현 외교부 장관은 3일 서울에서 이고리 마르첸코 러시아 외무차관과 회담했다.",
     "South Korean Foreign Minister Cho Hyun met Russian Deputy Foreign Minister Igor Marchenko in Seoul on March 3.",
     "Igor Marchenko", "이고리 마르첸코"),
])
def test_a_korean_and_an_english_report_of_one_meeting_are_one_record_named_in_latin(
        tmp_path, korean, english, latin, hangul, english_first):
    (meeting,) = meetings(tmp_path, korean, english, english_first)
    assert {s["doc"] for s in meeting["sources"]} == {"ko.txt", "en.txt"}
    (person,) = [a for a in meeting["actors"] if a["kind"] == "person" and a["id"] != "per_cho-hyun"]
    assert person["name"] == latin and hangul in person["names"]


def test_a_korean_report_alone_shows_the_one_reading_of_its_table(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        store.save(extract_text("조현 외교부 장관은 3일 서울에서 중국의 왕원타오 상무부장과 회담했다.", "ko.txt", D))
        (meeting,) = [e for e in store.events() if e["type"] == "CONSULT"]
    assert "Wang Wentao" in [a["name"] for a in meeting["actors"]]


@pytest.mark.parametrize("name, country, other, other_country, linked", [
    ("쓰쓰이 요시노부", "JPN", "Yoshinobu Tsutsui", None, True),    # the consonant keys part on 'ts'
    ("쓰쓰이 요시노부", None, "Yoshinobu Tsutsui", "JPN", True),    # either report may give the state
    ("우장하오", "CHN", "Wu Jianghao", "CHN", True),
    ("쓰쓰이 요시노부", "JPN", "Yoshinobu Tsutsui", "CHN", False),  # two states stated: no link
    ("쓰쓰이 요시노부", None, "Yoshinobu Tsutsui", None, False),    # no state, no table
    ("쓰쓰이 요시노부", "JPN", "Yoshinori Tsutsui", None, False),   # another given name
    ("쓰쓰이 요시노부", "JPN", "쓰쓰이 요시노부", "JPN", False),    # two Hangul forms: the keys' business
])
def test_a_hangul_name_reads_into_the_latin_one_by_its_states_table(name, country, other, other_country, linked):
    from readout.store.links import link_reason, read_by_table

    assert read_by_table((name, country), (other, other_country)) is linked
    if linked and name.startswith("쓰"):
        assert link_reason((name, country, None), (other, other_country, None)) == "transcription table"
