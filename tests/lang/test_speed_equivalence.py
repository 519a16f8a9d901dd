"""The shortcuts taken for speed answer as the plain computations do: the boilerplate patterns searched
as one alternation, a Korean word found by bisection, clause answers kept per sentence reader, and the
agent-phrase gate. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from readout.lang.base import scoped
from readout.lang.en.agents import agent_after, first_words
from readout.lang.ko.clauses import SentenceReader
from readout.lang.ko.sentences import kiwi
from readout.pipeline import default_pipeline

LINES = [
    "• 페이스북", "많이 본 기사", "(사진=외교부 제공)", "PRINT", "Reporting by Jane Doe", "By Yonhap",
    "외교부 장관은 서울에서 회담을 가졌다.", "The minister met his counterpart in Seoul on Monday.", "", "   ",
]


@pytest.fixture(scope="module")
def languages():
    return default_pipeline().languages.values()


@pytest.mark.parametrize("line", LINES)
def test_boilerplate_alternation_agrees_with_each_pattern(line, languages):
    for lang in languages:
        one_by_one = any(p.search(line) for p in lang.lex.patterns("boilerplate_line_re"))
        assert bool(lang.boilerplate_re.search(line)) == one_by_one


@pytest.mark.parametrize("pattern, scoped_form", [("(?i)abc", "(?i:abc)"), ("^x", "(?:^x)"), ("a|b", "(?:a|b)")])
def test_scoped_keeps_flags_to_the_branch(pattern, scoped_form):
    assert scoped(pattern) == scoped_form


@pytest.mark.parametrize("text", [
    "조 장관은 12일 서울에서 블링컨 국무장관과 회담을 갖고 북한의 도발을 규탄했다.",
    "\"양측은 협력을 강화하기로 했다\"고 외교부는 밝혔다.",
])
def test_reader_answers_as_a_fresh_scan(text):
    toks = tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))
    r = SentenceReader(text, toks)
    for pos in range(-1, len(text) + 1):
        linear = next((i for i, w in enumerate(r.words) if w.start <= pos < w.end), None)
        assert r.word_at(pos) == linear
    fresh = SentenceReader(text, toks)
    first = [r.clause_of(i) for i in range(len(r.words))]
    assert first == [r.clause_of(i) for i in range(len(r.words))]  # asked again: the kept answers
    assert first == [fresh._clause_of(i) for i in range(len(fresh.words))]


@pytest.mark.parametrize("text, after, sector", [
    ("Syrian rebels fired", "Syrian", "REB"), ("the Afghan riot police arrested", "Afghan", "COP"),
    ("Korean dramas are popular", "Korean", None), ("Korean", "Korean", None),
])
def test_agent_gate_passes_over_words_that_start_no_phrase(text, after, sector):
    result = agent_after(text, text.index(after) + len(after))
    assert (result[1] if result else None) == sector
    assert ("dramas" in first_words()) is False
