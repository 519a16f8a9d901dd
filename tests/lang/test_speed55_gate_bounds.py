"""(speed55) A gate's bounds: `Gated` and `CaseFreeGated` clamp `pos` and `endpos` by comparison and ask `in` of a
whole text. Every answer stays the pattern's own, at every bound `re` accepts (negative, past the end, empty)."""
from __future__ import annotations

import re
import sys

import pytest

from readout.pattern_gates import CaseFreeGated, Gated, case_free_needs, required_literals

TEXTS = [
    "The envoy of Ghana met the minister of Fiji in Suva on Tuesday, officials said.",
    "Officials said the talks in Suva went well.",
    "가나 외교부 장관은 피지 외교부 장관과 수바에서 회담했다고 관계자들이 말했다.",
    "수바에서 열린 회담은 순조로웠다.",
    "",
]
SOURCES = [r"\b(?:minister|envoy)\s+of\s+\w+", r"(?<![가-힣])(?:외교부|국방부)\s*장관", r"\b(?:talks|meeting)\b",
           r"\b(?:alpha|bravo|charlie|delta|echo|foxtrot|golf)\w*"]  # the last: more than MAX_NEEDS, a trie finder
BOUNDS = [(0, sys.maxsize), (-5, sys.maxsize), (0, -3), (3, 40), (-100, 10), (10, 5), (0, 0), (20, 1000), (200, 300)]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pos, endpos", BOUNDS)
def test_gated_answers_as_the_pattern(source, text, pos, endpos):
    compiled = re.compile(source)
    gate = Gated(compiled, required_literals(source))
    found = gate.search(text, pos, endpos)
    own = compiled.search(text, pos, endpos)
    assert (found and found.span()) == (own and own.span())
    assert [m.span() for m in gate.finditer(text, pos, endpos)] == [m.span() for m in compiled.finditer(text, pos, endpos)]
    assert gate.findall(text, pos, endpos) == compiled.findall(text, pos, endpos)


@pytest.mark.parametrize("text", TEXTS[:2] + ["THE ENVOY OF GHANA spoke.", "ınvoy of Fiji"])
@pytest.mark.parametrize("pos, endpos", BOUNDS)
def test_case_free_gated_answers_as_the_pattern(text, pos, endpos):
    source = r"\b(?:minister|envoy)\s+of\s+\w+"
    compiled = re.compile("(?i)" + source)
    gate = CaseFreeGated(compiled, case_free_needs(source))
    assert [m.span() for m in gate.finditer(text, pos, endpos)] == [m.span() for m in compiled.finditer(text, pos, endpos)]


def test_whole_text_gate_finds_nothing_without_its_literal():
    gate = Gated(re.compile(r"\b(?:minister|envoy)\s+of\s+\w+"), ["envoy", "minister"])
    assert gate.absent("수바에서 열린 회담은 순조로웠다.", 0, sys.maxsize)
    assert not gate.absent("The envoy of Fiji spoke.", -4, sys.maxsize)
    assert gate.absent("The envoy of Fiji spoke.", 10, sys.maxsize)  # only 'of Fiji spoke.' is searched
