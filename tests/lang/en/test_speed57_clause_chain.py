"""(speed57) The right bound of a word's clause is read from the sentence's one boundary scan
(`clause_spans.boundary_chain`): `next_boundary` gives the match `boundary_pattern().search` gives at every position,
and `clause_bounds` answers as the plain computation (kept here) at every word. Every sentence is written for the test."""
from __future__ import annotations

import re

import pytest

from readout.lang.en import clause_spans
from readout.lang.en.clause_patterns import boundary_pattern
from readout.lang.en.clause_spans import boundary_chain, closes_series, next_boundary, relative_spans
from readout.patterns import fold

SENTENCES = [
    "Chile's navy seized a trawler off Arica, Peru said on Thursday.",
    "Ghana, which borders Togo, closed its embassy in Lome, officials in Accra said.",
    "The minister, speaking at a rally in Kumasi, accused Togo of shelling a border post, and Togo denied it.",
    "Uruguay, Paraguay, and Bolivia condemned the raid while Peru stayed silent; Chile said nothing.",
    "After Niger closed its border, Benin recalled its envoy, according to officials, but Mali kept its own.",
    "Fiji claimed Tonga had sent boats when the talks in Suva stalled, Samoa alleged on Monday.",
    "No boundary stands in this sentence about Fiji and Tonga",
    "",
]


def searched_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """`clause_bounds` as it read before speed57: the right bound searched again from `end`."""
    cs, embedded = clause_spans, relative_spans(text)
    own = next(((a, b) for a, b in embedded if a <= start < b), None)
    if own:
        return own
    boundary, low = boundary_pattern(), fold(text)
    left = 0
    for m in boundary.finditer(low, 0, end):
        if m.end() > start:
            break
        if not any(a <= m.start() < b for a, b in embedded) and not closes_series(text, m) \
                and not cs.time_phrase_joint(text, m, start):
            left = m.end()
    left = max(left, cs.speaker_comma(low, start, embedded))
    right = len(text)
    m = boundary.search(low, end)
    while m and (any(a <= m.start() < b for a, b in embedded) or closes_series(text, m)):
        m = boundary.search(low, m.end())
    if m:
        right = m.start()
    for a, b in cs.subject_joints(text):
        if not any(x <= a < y for x, y in embedded):
            left, right = (max(left, b), right) if b <= start else (left, min(right, a)) if a >= end else (left, right)
    return cs.fronted_split(text, start, left, right)


def span(m: re.Match | None) -> tuple | None:
    return (m.span(), m.group()) if m else None


@pytest.mark.parametrize("text", SENTENCES)
def test_next_boundary_is_the_search_at_every_position(text):
    low = fold(text)
    for pos in range(len(low) + 1):
        assert span(next_boundary(low, pos)) == span(boundary_pattern().search(low, pos))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_chain_is_the_whole_scan(text):
    chain, starts, solid = boundary_chain(fold(text))
    assert [span(m) for m in chain] == [span(m) for m in boundary_pattern().finditer(fold(text))]
    assert list(starts) == [m.start() for m in chain] and solid


@pytest.mark.parametrize("text", [t for t in SENTENCES if t])
def test_clause_bounds_as_the_search_at_every_word(text):
    for word in re.finditer(r"\w+", text):
        assert clause_spans.clause_bounds(text, word.start(), word.end()) == \
            searched_bounds(text, word.start(), word.end()), (text, word.group())


@pytest.mark.parametrize("pattern, low", [
    (r"ab|b", "xab b ab"),  # 'ab' holds a 'b' of its own: the chain skips it, a search from inside 'ab' finds it
    (r"x*", "axxb"),  # empty matches: `finditer` steps on by itself
])
def test_a_match_across_the_position_is_searched_again(monkeypatch, pattern, low):
    compiled = re.compile(pattern)
    monkeypatch.setattr(clause_spans, "boundary_pattern", lambda: compiled)
    boundary_chain.cache_clear()
    try:
        for pos in range(len(low) + 1):
            assert span(next_boundary(low, pos)) == span(compiled.search(low, pos))
    finally:
        boundary_chain.cache_clear()
