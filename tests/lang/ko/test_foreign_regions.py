"""Foreign regions in Korean: a state, province or Land written by the loanword rules with its type word ('…주', '…성')
or bare before the region's office ('…주지사', '…주총리') stands for its state when an agent follows, heard against the
ISO 3166-2 table by sound (kb/region_sound.py). Our own strings, none from the evaluation sets.

Formerly tests/lang/test_actors14_regions_ko.py, classes first read by actors14 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.region_sound import region_by_sound, vowel_match


@pytest.mark.parametrize("word, code", [
    ("미네소타", "USA"), ("매니토바", "CAN"), ("앨버타", "CAN"), ("헤센", "DEU"), ("브란덴부르크", "DEU"),
    ("후베이", "CHN"), ("카르나타카", "IND"), ("소노라", "MEX"), ("롬바르디아", "ITA"), ("안달루시아", "ESP"),
    ("타타르스탄", "RUS"), ("왈로니아", "BEL"), ("오키나와", "JPN"), ("민다나오", "PHL"), ("미나스제라이스", "BRA"),
])
def test_region_heard_by_sound(word: str, code: str) -> None:
    assert region_by_sound(word) == code


@pytest.mark.parametrize("word", [
    "이번", "지난", "다음", "가능", "중요", "정당", "국방", "외무",  # common nouns before 주, 성
    "김민", "박지", "김현",  # the stem of a Korean person's name ending in 성, 주, 도
    "노르", "바", "도",  # too short, or no region sounds like it
])
def test_ordinary_words_are_no_region(word: str) -> None:
    assert region_by_sound(word) is None


def test_a_korean_name_must_agree_in_every_vowel() -> None:
    assert region_by_sound("허난", exact=True) == "CHN"  # '허난성' reads as a person's name too; its vowels agree
    assert region_by_sound("김민", exact=True) is None


def test_schwa_vowel_agrees_with_any_vowel() -> None:
    assert vowel_match("A*A", "AEA") == 1.0  # 앨버타 / Alberta
    assert vowel_match("AI", "OU") == 0.0


def actors(text: str) -> set[tuple[str, str]]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return {(p.country, p.sector) for e in events for p in e.participants if p.country}


@pytest.mark.parametrize("text, party", [
    ("미네소타주 경찰은 노르웨이를 강하게 비난했다.", ("USA", "COP")),
    ("매니토바 주총리는 노르웨이를 강하게 비난했다.", ("CAN", "GOV")),
    ("콜로라도 주지사는 노르웨이를 강하게 비난했다.", ("USA", "GOV")),
    ("후베이성 당국은 노르웨이를 강하게 비난했다.", ("CHN", "GOV")),
    ("카르나타카주 총리는 노르웨이를 강하게 비난했다.", ("IND", "GOV")),
    ("브란덴부르크주 정부는 노르웨이를 강하게 비난했다.", ("DEU", "GOV")),
])
def test_region_before_agent_is_its_state(text: str, party: tuple[str, str]) -> None:
    assert party in actors(text)


@pytest.mark.parametrize("text", [
    "이번주 경찰은 노르웨이를 강하게 비난했다.",  # 'this week', not a region
    "김민성 총리는 노르웨이를 강하게 비난했다.",  # a person's name ending in 성 before a title: no region's state
])
def test_no_region_read_into_words_and_names(text: str) -> None:
    found = actors(text)
    assert not {c for c, _s in found} - {"NOR"}
