"""The trie pattern matches exactly what the longest-first alternation of the same words matches."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readout.patterns import alternation, first_chars, fold, folded


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


@pytest.mark.parametrize("words, also, expected", [
    ({"Prime Minister", "minister", "the"}, "", "(?=[Pmt])"),
    ({"Ambassador", "Al-Hadi"}, "", "(?=[A])"),
    (("지난", "오는", "(?:x)"), r"\s", r"(?=[\(오지\s])"),  # a regex token's first character is escaped
])
def test_first_chars_lookahead(words, also, expected):
    assert first_chars(words, also) == expected


SEARCH_SOURCES = [
    r"\(photo\s*=|photo credit|^\s*>>",  # an anchored branch among literal ones
    r"(?=[(pP])(?:\((left|right)\)|\bPhoto\s*[:=]|pose for a photo)",  # a leading first-character lookahead
    r"[|a]b|c\|d|^x(y|z)$",  # a bar inside a class and an escaped one are no branch
    r"(ab)\1|cd",  # a back-reference: kept whole
    r"(?i)share|^print",  # global flags: kept whole
    r"a|",  # an empty branch matches everywhere: kept whole
    r"^\s*(Home|News)\s*$",  # one branch, no lookahead: kept
]
SEARCH_LINES = ["", "(photo = AP)", "  >> more", "x >> y", "(left) to right", "a Photo: AP", "Photo= x", "pose for a photo",
                "|b", "ab", "c|d", "xy", "xz", "xyz", "abab", "ABAB", "cd", "Share this", "PRINT", "print", "zzz",
                "  News ", "News today", "photograph", "(right)"]


@pytest.mark.parametrize("source", SEARCH_SOURCES)
def test_search_forms_match_the_lines_the_pattern_matches(source):
    from readout.patterns import search_forms

    forms = [re.compile(f) for f in search_forms(source)]
    for line in SEARCH_LINES:
        assert bool(re.search(source, line)) == any(f.search(line) for f in forms), line


@pytest.mark.parametrize("source, kept", [(r"(ab)\1|cd", True), (r"(?i)share|^print", True), (r"a|", True),
                                          (r"\(photo\s*=|^\s*>>", False), (r"(?=[pP])photo|Photo", True)])
def test_search_forms_keep_what_they_cannot_regroup(source, kept):
    from readout.patterns import search_forms

    assert (search_forms(source) == [source]) is kept


LITERAL_FIRST_SOURCES = [
    r";|\bwhile\b|,\s*and\b|,\s*as\b(?!\s+(?:well|of)\b)|\bahead of\b|\b(?:said|says|told)\b"
    r"|\b(?:announced|noted)\b(?=\s+(?:on\s+\w+day\s+)?that\b)",
    r"\bbut\b|\b(?:a|an)?\s+envoy|\bs?aid\b|\b[A-Z]\w+ said",  # an optional group, a quantified letter, a class: kept
]
LITERAL_FIRST_TEXTS = [
    "Velmar said on Tuesday that the talks, while useful, had stalled; Ostria, as well, stayed away.",
    "WHILE the envoy waited, Karsk announced on Friday that it would leave, and Tolvia told reporters so.",
    "Whilesaid meanwhile, ahead of the vote, the bloc noted that; an envoy saidbut aid and as of now",
    "",
]


def all_readings(pattern: re.Pattern, text: str) -> list:
    """Every answer clause readers ask of a pattern: all matches, a search from each position, and the matches
    before each position (`finditer` with an end)."""
    spans = [[m.span() for m in pattern.finditer(text)]]
    spans += [(m.span() if (m := pattern.search(text, k)) else None) for k in range(len(text) + 1)]
    spans += [[m.span() for m in pattern.finditer(text, 0, k)] for k in range(len(text) + 1)]
    return spans


@pytest.mark.parametrize("source", LITERAL_FIRST_SOURCES)
@pytest.mark.parametrize("text", LITERAL_FIRST_TEXTS)
def test_literal_first_finds_what_the_pattern_finds(source, text):
    from readout.patterns import literal_first

    assert all_readings(folded("(?i)" + literal_first(source)), fold(text)) \
        == all_readings(re.compile(source, re.I), text)


@given(st.lists(st.sampled_from(["while", "said", "told", "as", "well", "and", "of", "ahead", "that", "on",
                                  "Monday", "x", ",", ";", " ", "  ", "S", "-"]), max_size=14))
def test_literal_first_finds_what_the_pattern_finds_in_any_words(words):
    from readout.patterns import literal_first

    text = "".join(words)
    for source in LITERAL_FIRST_SOURCES:
        assert all_readings(folded("(?i)" + literal_first(source)), fold(text)) \
            == all_readings(re.compile(source, re.I), text)


@pytest.mark.parametrize("source, expected", [
    (r"\bwhile\b|;", r"w(?<!\w.)hile\b|;"),
    (r"\b(?:said|told)\b", r"s(?<!\w.)aid\b|t(?<!\w.)old\b"),
    (r"\bs?aid|\b(?:a|an)?x|\b[A-Z]", r"\bs?aid|\b(?:a|an)?x|\b[A-Z]"),  # nothing it cannot move safely
    (r"(?i)\bwhile", r"(?i)\bwhile"),  # global flags: as written
])
def test_literal_first_moves_only_a_leading_boundary_before_a_letter(source, expected):
    from readout.patterns import literal_first

    assert literal_first(source) == expected
