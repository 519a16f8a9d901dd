"""(backref56, issue 14) Korean descriptions of a group the story named ('이 단체는', '해당 조직의', '같은 당', '이
전선은'): `Language.group_references` (lexicon `group_back_re`), with the particle's role; and the subject reader
takes such a description for no people noun (lang/ko/act_clause_subjects.group_back_reference). Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import library_pipeline


@pytest.fixture(scope="module")
def korean():
    return library_pipeline().language("ko")


@pytest.mark.parametrize("text, ref, noun, subject, genitive", [
    ("이 단체는 다음날 다리를 폭파했다.", "이 단체", "단체", True, False),
    ("해당 조직의 대변인은 성명을 냈다.", "해당 조직", "조직", False, True),
    ("동 단체는 책임을 부인했다.", "동 단체", "단체", True, False),
    ("이 전선은 휴전을 거부했다.", "이 전선", "전선", True, False),
    ("같은 당 의원들도 반대했다.", "같은 당", "당", False, False),
])
def test_a_description_is_read(korean, text, ref, noun, subject, genitive):
    found = korean.group_references(text)
    assert [(text[r.start:r.end], r.noun, r.subject, r.genitive) for r in found] == [(ref, noun, subject, genitive)]


@pytest.mark.parametrize("text", [
    "시민단체는 집회를 열었다.",  # a kind of group, named first
    "무장 단체가 마을을 공격했다.",  # no determiner
    "경찰이 단체를 해산했다.",
    "이단체는",  # no space after the determiner 이: a word of its own
])
def test_other_uses_are_no_description(korean, text):
    assert korean.group_references(text) == []
