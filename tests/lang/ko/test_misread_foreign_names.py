"""(koforeign70) A foreign name kiwi reads into pieces before an office title is still one person of the title's
state: a name word that kiwi closes with a bare verb stem ('발렌스': 발레/NNG + ᆫ/JX + 스/VV; a Korean predicate
always ends in an ending, so the particle and stem are misread syllables: lang/ko/words.bare_stem), and a given name
kiwi reads as a common noun when the name fills the whole gap between a state in the genitive and the title
('에스토니아의 일가 발렌스카 총리': lang/ko/name_runs.possessed_opening). Our own invented names and sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.words import Word, bare_stem

DAY = date(2026, 3, 9)


def people(text: str) -> set[tuple[str, str | None]]:
    doc = extract_text(text, published=DAY)
    return {(m.surface, m.entity.country) for m in doc.mentions if m.entity}


def actors(text: str, kind: str) -> set[str]:
    doc = extract_text(text, published=DAY)
    return {p.country for e in doc.events if e.type == kind for p in e.participants}


@pytest.mark.parametrize("text, name, state", [
    ("에스토니아의 카야 발렌스 총리는 러시아를 비난했다.", "카야 발렌스", "EST"),
    ("핀란드의 카야 발렌스 대통령은 러시아를 비난했다.", "카야 발렌스", "FIN"),
    ("라트비아의 오토 발렌스 키비 외무장관은 벨라루스를 비난했다.", "오토 발렌스 키비", "LVA"),
    ("에스토니아의 카이 발트 총리는 러시아를 비난했다.", "카이 발트", "EST"),
    ("에스토니아의 일가 발렌스카 총리는 러시아를 비난했다.", "일가 발렌스카", "EST"),
    ("라트비아의 일가 발렌스카 외무장관은 벨라루스를 비난했다.", "일가 발렌스카", "LVA"),
    ("핀란드의 일가 발렌스카 대통령은 러시아를 비난했다.", "일가 발렌스카", "FIN"),
])
def test_a_split_name_before_a_title_is_the_titled_person(text: str, name: str, state: str) -> None:
    assert (name, state) in people(text)
    assert state in actors(text, "ACCUSE")


@pytest.mark.parametrize("text, name, state", [
    ("Estonian Prime Minister Kaya Valens condemned Russia.", "Kaya Valens", "EST"),
    ("Latvia's foreign minister, Ilga Valenska, condemned Belarus.", "Ilga Valenska", "LVA"),
])
def test_the_english_titled_name_is_whole(text: str, name: str, state: str) -> None:
    assert (name, state) in people(text)


@pytest.mark.parametrize("text, not_name", [
    ("에스토니아의 국방 장관은 러시아를 비난했다.", "국방"),  # a single word of the office, no name
    ("미국의 주요 경제 장관은 중국을 비난했다.", "주요 경제"),  # no proper word: modifiers of the office
    ("에스토니아의 신임 총리는 러시아를 비난했다.", "신임"),
    ("정부는 일가 발렌스카 총리를 비난했다.", "__none__"),  # no genitive state: the run is not widened
])
def test_no_name_is_read_from_office_words(text: str, not_name: str) -> None:
    found = people(text)
    assert not any(s == not_name for s, _c in found)
    if not_name == "__none__":
        assert ("일가 발렌스카", None) not in found and not any(s.startswith("일가") for s, _c in found)


def offices(text: str) -> set[tuple[str, str | None]]:
    doc = extract_text(text, published=DAY)
    return {(m.surface, m.entity.country) for m in doc.mentions if m.entity and not m.surface}


@pytest.mark.parametrize("text, state", [
    ("에스토니아의 신임 총리는 러시아를 비난했다.", "EST"),
    ("라트비아의 외교 장관은 벨라루스를 비난했다.", "LVA"),
    ("핀란드의 국방장관은 러시아를 비난했다.", "FIN"),
])
def test_a_nameless_office_after_a_genitive_state_is_that_states(text: str, state: str) -> None:
    """'에스토니아의 신임 총리는' is read as '에스토니아 신임 총리는' is: the office of the state in the genitive."""
    assert ("", state) in offices(text)
    assert state in actors(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "에스토니아의 침공을 비난한 총리는 러시아를 방문했다.",  # the genitive owns another noun, not the title
    "러시아는 에스토니아의 총리 발언을 비난했다.",  # the title qualifies a noun: no holder stands there
])
def test_no_genitive_office_past_other_words(text: str) -> None:
    assert ("", "EST") not in offices(text)


@pytest.mark.parametrize("tokens, misread", [
    ([("발레", "NNG", 0, 2), ("ᆫ", "JX", 2, 1), ("스", "VV", 2, 1)], True),
    ([("발", "NNG", 0, 1), ("트", "VV", 1, 1), (",", "SP", 2, 1)], True),
    ([("다르", "VA", 0, 2)], True),
    ([("비난", "NNG", 0, 2), ("하", "XSV", 2, 1), ("었", "EP", 2, 1), ("다", "EF", 3, 1)], False),
    ([("막", "VV", 0, 1), ("았", "EP", 0, 1), ("다", "EF", 1, 1)], False),
    ([("정부", "NNG", 0, 2), ("는", "JX", 2, 1)], False),
])
def test_a_word_closed_by_a_bare_stem_is_misread(tokens: list, misread: bool) -> None:
    assert bare_stem(tokens) is misread
    word = Word(0, 4, "가나다라", tokens)
    if misread:
        assert word.particle is None and not word.has_verb and word.proper
