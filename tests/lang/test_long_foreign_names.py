"""Unlisted officials named by a long name before their state and office, in both languages.

Korean: a foreign name written by sound may run to four or five words ('알리 하산 ...'), and kiwi reads the
words of a name it does not know as common nouns, most often at the start of a sentence; either way the words
up to the state and office are one person of that state and office, and 'the two ministers' after a meeting of
two such officials is their two states. English reads the same names after the title. Negative rows: common
nouns before a state and office ('회담 직후', '국영 언론') are never a name. Our own sentences and names.

Formerly tests/lang/test_actors15_names.py, classes first read by actors15 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2024, 5, 22)


def persons(text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, country, office) of every person the sentence names."""
    doc = extract_text(text, published=DAY)
    return [(e.name, e.country, e.office) for e in {p.id: p for ev in doc.events for p in ev.participants
                                                    if p.kind == "person"}.values()]


def states_of(text: str, kind: str) -> set[str]:
    doc = extract_text(text, published=DAY)
    return {p.country for e in doc.events if e.type == kind for p in e.participants if p.country}


LONG_KO = [  # (sentence, name, country, office)
    ("조태열 장관은 22일 에밀 샤를 루이 드몽 벨기에 외무장관과 회담했다.", "에밀 샤를 루이 드몽", "BEL", "Minister of Foreign Affairs"),
    ("조태열 장관은 22일 후안 카를로스 페레스 고메스 콜롬비아 외무장관과 회담했다.", "후안 카를로스 페레스 고메스", "COL",
     "Minister of Foreign Affairs"),
    ("신원식 장관은 22일 하미드 빈 살렘 알누아이미 바레인 국방장관과 통화했다.", "하미드 빈 살렘 알누아이미", "BHR",
     "Minister of Defense"),
    ("한덕수 총리는 22일 페드루 몬테이루 다실바 코스타 모잠비크 총리를 접견했다.", "페드루 몬테이루 다실바 코스타", "MOZ",
     "Prime Minister"),
    ("아이벡 사르바예프 키르기스스탄 외무장관은 22일 서울에서 조태열 장관과 회담했다.", "아이벡 사르바예프", "KGZ",
     "Minister of Foreign Affairs"),
    ("누르벡 카심베코프 타지키스탄 국방장관은 22일 신원식 장관과 회담했다.", "누르벡 카심베코프", "TJK", "Minister of Defense"),
    # kiwi reads these unknown words as common nouns at the start of a sentence; long surnames of 6-7 syllables
    ("아스카르 투르틀레우 카자흐스탄 외무장관은 22일 서울에서 조태열 장관과 회담했다.", "아스카르 투르틀레우", "KAZ",
     "Minister of Foreign Affairs"),
    ("베릭 누르타자예프 카자흐스탄 국방장관은 22일 신원식 장관과 회담했다.", "베릭 누르타자예프", "KAZ", "Minister of Defense"),
    ("에르잔 부르틀레우 카자흐스탄 총리는 22일 한덕수 총리와 회담했다.", "에르잔 부르틀레우", "KAZ", "Prime Minister"),
    ("토마스 그르첼레프스키 폴란드 외무장관은 22일 조태열 장관과 통화했다.", "토마스 그르첼레프스키", "POL",
     "Minister of Foreign Affairs"),
    # the title first, then a name of four words
    ("조태열 장관은 22일 콜롬비아 외무장관 후안 카를로스 페레스 고메스와 회담했다.", "후안 카를로스 페레스 고메스", "COL",
     "Minister of Foreign Affairs"),
    ("한덕수 총리는 22일 모잠비크 총리 페드루 몬테이루 다실바 코스타를 접견했다.", "페드루 몬테이루 다실바 코스타", "MOZ",
     "Prime Minister"),
]


@pytest.mark.parametrize("text, name, country, office", LONG_KO)
def test_long_or_unknown_korean_name_is_one_person(text: str, name: str, country: str, office: str) -> None:
    assert (name, country, office) in persons(text)


LONG_EN = [
    ("Foreign Minister Cho Tae-yul met Belgian Foreign Minister Emile Charles Louis Dumont in Seoul on Monday.",
     "Emile Charles Louis Dumont", "BEL", "Minister of Foreign Affairs"),
    ("Kazakh Foreign Minister Aibek Nurlan Sarbayev Temirov met Kyrgyz Foreign Minister Zhanybek Kadyr Uulu "
     "in Astana on Monday.", "Aibek Nurlan Sarbayev Temirov", "KAZ", "Minister of Foreign Affairs"),
    ("Prime Minister Han Duck-soo met Mozambican Prime Minister Pedro Monteiro da Silva Costa on Monday.",
     "Pedro Monteiro da Silva Costa", "MOZ", "Prime Minister"),
    ("Foreign Minister Cho Tae-yul met Juan Carlos Perez Gomez, Colombia's foreign minister, in Seoul on Monday.",
     "Juan Carlos Perez Gomez", "COL", "Minister of Foreign Affairs"),
]


@pytest.mark.parametrize("text, name, country, office", LONG_EN)
def test_long_english_name_after_its_title(text: str, name: str, country: str, office: str) -> None:
    assert (name, country, office) in persons(text)


@pytest.mark.parametrize("text", [
    "회담 직후 카자흐스탄 외무장관은 22일 노르웨이를 비난했다.",
    "긴급 기자회견 이란 외무장관은 22일 노르웨이를 비난했다.",
    "국영 언론 이란 대통령은 22일 노르웨이를 비난했다.",
    "양자 회담 이란 외무장관은 22일 노르웨이를 비난했다.",
    "국경 문제 카자흐스탄 대통령 특사는 22일 노르웨이를 비난했다.",
])
def test_common_nouns_before_a_state_and_office_are_no_name(text: str) -> None:
    doc = extract_text(text, published=DAY)
    # no named person (title22: the office alone is a nameless holder of its state, with no name)
    assert not [m for m in doc.mentions if m.entity and m.entity.kind == "person" and m.surface]
    assert states_of(text, "ACCUSE") & {"KAZ", "IRN"}  # the office still gives the acting state


def test_common_nouns_after_a_title_are_no_name() -> None:
    """A name after its title may be long, but its first word is still a proper noun: '드론 공격' is an attack."""
    doc = extract_text("러시아 국방장관 드론 공격을 22일 노르웨이가 비난했다.", published=DAY)
    assert not [m for m in doc.mentions if m.entity and m.entity.kind == "person"]


@pytest.mark.parametrize("text, kind, states", [
    ("아이벡 사르바예프 키르기스스탄 외무장관은 22일 비슈케크에서 에밀 샤를 루이 드몽 벨기에 외무장관과 회담했다. "
     "두 장관은 무역 협력 강화에 합의했다.", "AGREE", {"KGZ", "BEL"}),
    ("누르벡 카심베코프 타지키스탄 국방장관은 22일 두샨베에서 하미드 빈 살렘 알누아이미 바레인 국방장관과 만났다. "
     "두 장관은 국방 협력 강화에 합의했다.", "AGREE", {"TJK", "BHR"}),
    ("사울레 무르타자예바 카자흐스탄 외무장관은 22일 아스타나에서 다니야르 쿠르틀레우 키르기스스탄 외무장관과 회담했다. "
     "두 장관은 국경 협력 강화에 합의했다.", "AGREE", {"KAZ", "KGZ"}),
    ("Kazakh Foreign Minister Aibek Nurlan Sarbayev Temirov met Kyrgyz Foreign Minister Zhanybek Kadyr Uulu in "
     "Astana on Monday. The two ministers agreed to reopen border crossings.", "AGREE", {"KAZ", "KGZ"}),
])
def test_the_two_ministers_are_the_two_unlisted_officials(text: str, kind: str, states: set[str]) -> None:
    assert states_of(text, kind) == states
