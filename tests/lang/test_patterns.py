"""The trie pattern matches exactly what the longest-first alternation of the same words matches."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readout.lang.patterns import alternation, fold, folded, required_literals


def plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@pytest.mark.parametrize("words, text, expected", [
    (["Korea", "Korean", "North Korea"], "North Korean envoy; Korean", ["North Korea", "Korean"]),
    (["미국", "미", "미얀마"], "미얀마와 미국, 미", ["미얀마", "미국", "미"]),
    (["U.S.", "US"], "the U.S. and US", ["U.S.", "US"]),
    (["a+b", "a"], "a+b a", ["a+b", "a"]),
])
def test_finds_the_longest_word_at_each_position(words, text, expected):
    assert re.findall(alternation(words), text) == expected == re.findall(plain(words), text)


def test_an_empty_list_matches_nothing():
    assert re.search(alternation([]), "anything") is None


words_st = st.lists(st.text(alphabet="abc한 .", min_size=1, max_size=5), min_size=1, max_size=12)


@given(words_st, st.text(alphabet="abc한 .x", max_size=40))
def test_same_matches_as_the_alternation(words, text):
    assert re.findall(alternation(words), text) == re.findall(plain(words), text)


@given(words_st, st.text(alphabet="abc한 .x", max_size=40))
def test_same_matches_with_a_suffix_that_forces_backtracking(words, text):
    pattern = "({}) x"
    assert re.findall(pattern.format(alternation(words)), text) == re.findall(pattern.format(plain(words)), text)


CASE_FREE = [
    r"(?i)\b(condemn(ed|s)?|called\s+on)\b",
    r"(?i)\b(?P<month>nov|november)\.?\s+(?P<day>\d{1,2})\b",
    r"(?i)\b(ICBM|SRBM)s?\s+(\w+\s+){0,2}launch",
    r"(?i)[A-Z]{2,}\S*",
]


@pytest.mark.parametrize("pattern", CASE_FREE)
@pytest.mark.parametrize("text", [
    "The U.S. CONDEMNED the launch and Called On Pyongyang to stop.",
    "Seoul condemns it; on Nov. 14 and NOVEMBER 2 they met. An ICBMs test launch followed.",
    "Déjà vu in ÉVIAN: ICBM launch condemned on Nov 3",
])
def test_folded_pattern_finds_the_same_spans(pattern, text):
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert [m.span() for m in folded(pattern).finditer(fold(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("ABC dEf", "abc def"),
    ("İstanbul ICBM", "İstanbul icbm"),  # 'İ' lowers to two characters: it keeps its case, offsets stay
    ("박진 Park", "박진 park"),
])
def test_fold_keeps_offsets(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("pattern, min_len, expected", [
    (r"\b(condemn(ed|s)?|call(ed|s)?\s+(on|for))\b", 2, {"ondemn", "all"}),  # 'c' is factored out
    (r"규탄|비난|우려(를|가)?\s*표명", 2, {"규탄", "비난", "우려"}),
    (r"(accused|alleged)", 2, {"ccused", "lleged"}),
    (r"x?(launch|test)+ed", 2, {"launch", "test"}),
    (r"missiles? fired", 2, {"missile"}),  # the longer of two required runs
    (r"\w+ (?:to|at) ", 3, None),  # only two-letter words and classes: no useful set
    (r"(?i:Seoul)|Tokyo", 2, None),  # a case-insensitive part: exact strings would be wrong
    (r"(?i)seoul", 2, None),
    (r"a*b", 2, None),
])
def test_required_literals(pattern, min_len, expected):
    found = required_literals(pattern, min_len)
    assert (set(found) if found is not None else None) == expected


OWN_SENTENCES = [
    "The foreign ministers condemned North Korea's missile launch and called on Pyongyang to stop.",
    "Officials accused the regime of violating the resolutions, and warned that provocations come at a price.",
    "양측은 북한의 도발을 강력히 규탄하고 추가 제재를 경고했다.",
    "정부는 대북 독자 제재를 발표하고 유엔 안보리의 협력을 요청했다.",
    "They signed a memorandum and agreed to cooperate closely on supply chains.",
]


def shared_sentences() -> list[str]:
    path = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "articles.jsonl"
    if not path.exists():
        return []
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [s for t in texts for s in re.split(r"(?<=[.!?다])\s+", t)]


def test_act_rules_never_skip_a_sentence_their_pattern_matches():
    """The prefilter is a necessary condition: checked on our sentences and, where present, on every
    sentence of the shared dev articles (read from ../shared, never copied)."""
    from readout.lang.rule_acts import compiled_rules as act_rules

    sentences = OWN_SENTENCES + shared_sentences()
    checked = 0
    for lang in ("ko", "en"):
        for _rule, pattern, case_free, needs in act_rules(lang):
            for sentence in sentences:
                text = fold(sentence) if case_free else sentence
                if needs and pattern.search(text):
                    assert needs.search(text), (pattern.pattern, sentence)
                    checked += 1
    assert checked >= 8
