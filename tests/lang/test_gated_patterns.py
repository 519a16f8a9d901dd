"""Lexicon searches gated by the literals every match contains (`pattern_gates.required_literals`, `pattern_gates.Gated`):
the gate only says where a pattern cannot match, so every answer is the pattern's own."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readout.kb.loader import lexicon
from readout.pattern_gates import Gated, gated, opens_with_literal, required_literals


@pytest.mark.parametrize("source, expected", [
    (r"\b(?:accompanied by|flanked by),?\s+\w+$", ["accompanied by", "flanked by"]),
    (r"\s+Affairs\s+(?:Office|Council)\b", ["Affairs"]),  # the longest mandatory literal
    (r"(?<=over )tariffs\b", ["tariffs"]),  # a lookbehind's text is not part of the match
    (r"(?:\w+\s+)+(?:summit|talks)", ["summit", "talks"]),
    (r"(?<![가-힣])(?:함께|공동으로)(?=\s)", ["공동으로", "함께"]),  # two Hangul syllables tell as much as four letters
    (r"[가-힣]+(?:외교부|국방부)(?:은|는)", ["국방부", "외교부"]),
    # no gate: nothing mandatory, too short, case-free or only inside lookarounds
    (r"(?i)\bembassy\b", None),
    (r"\b(?i:embassy)\s+\w+", None),
    (r"\bthe\s+\w+", None),  # 'the': in most sentences
    (r"(?:envoy)?\s+\w+", None),  # optional
    (r"\w+(?=\s+said)", None),
    (r"(?:minister|\w+)\s", None),  # one branch has no literal
    (r"[가-힣]+(?:은|는)", None),
])
def test_required_literals(source, expected):
    assert required_literals(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Affairs", True), (r"Affairs\s+Office", True), (r"\bAffairs", False), (r"(?:the\s+)?Affairs", False),
    ("[Tt]he", False), ("(?i)x", False), ("외교부", True),
])
def test_opens_with_literal(source, expected):
    assert opens_with_literal(source) is expected


SOURCES = [
    r"\b(?:accompanied by|flanked by),?\s+(?:[\w.'-]+,?\s+){0,4}$",
    r"(?<![A-Za-z])(?P<who>[A-Z]\w+)\s+(?:met with|visited)\s+(?P<whom>[A-Z]\w+)",
    r"\s+Affairs\s+(?:Office|Council|Commission|Bureau|Department|Ministry|Committee)\b",
    r"(?<![가-힣])(?:함께|공동으로)(?=\s)",
    r"(?:[가-힣]+\s+){0,2}(?:회담|면담)(?:을|를)?",
]
TEXTS = [
    "The minister arrived in Lisbon, accompanied by aides and envoys ",
    "Vantoria's Maritime Affairs Office said Dorian Pell met with Alvar Quist in Oslo.",
    "Nobody met anyone there; the Affairs of the day were dull.",
    "양국 장관은 함께 회담을 가졌다. 두 나라는 공동으로 성명을 냈다.",
    "오슬로에서 면담 없이 끝났다.",
    "",
]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pos, endpos", [(0, 10 ** 6), (5, 40), (-3, 30), (10, -1), (30, 12)])
def test_gated_answers_as_the_pattern(source, text, pos, endpos):
    plain = re.compile(source)
    gate = gated(plain, required_literals(source))
    assert isinstance(gate, Gated)

    def spans(found):
        return found and (found.span(), found.groups())

    assert spans(gate.search(text, pos, endpos)) == spans(plain.search(text, pos, endpos))
    assert [m.span() for m in gate.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert gate.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
    assert spans(gate.match(text, pos, endpos)) == spans(plain.match(text, pos, endpos))
    assert gate.sub("#", text) == plain.sub("#", text)
    assert (gate.pattern, gate.groups, gate.groupindex) == (plain.pattern, plain.groups, plain.groupindex)


def test_a_pattern_without_literals_is_not_gated():
    plain = re.compile(r"\b\w+\s+(?:a|by)\s+\w+")
    assert gated(plain, required_literals(plain.pattern)) is plain


@given(st.lists(st.sampled_from(["met", "visit", "talks", "회담", "함께", " ", ",", "X", "a", "-"]), max_size=14),
       st.sampled_from(SOURCES + [r"\b(?:met|talks)\b", r"(?<=\s)visit(?:ed|s)?", r"(?:a|X)?\s*회담"]))
def test_same_matches_on_any_text(pieces, source):
    text = "".join(pieces)
    plain, needs = re.compile(source), required_literals(source)
    gate = gated(plain, needs)
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert (gate.search(text) is None) == (plain.search(text) is None)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_gated_lexicon_pattern_answers_as_written(lang):
    """Each lexicon pattern behind a gate finds what it finds ungated in invented sentences of both languages."""
    lex = lexicon(lang)
    lex.re(next(k for k in lex.raw if k.endswith("_re")))  # compiles every pattern
    gates = [p for group in lex.compiled.values() for p in group if isinstance(p, Gated)]
    assert gates, "some patterns of the lexicon are gated"
    for gate in gates:
        plain = re.compile(gate.pattern)
        for text in TEXTS + ["The two foreign ministers held talks with their counterparts in Lisbon on Monday.",
                             "외교부 대변인은 양국이 전화 회담을 가졌다고 밝혔다."]:
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)], gate.pattern


def test_a_gated_pattern_pickles_and_copies():
    import copy
    import pickle

    gate = gated(re.compile(SOURCES[2]), required_literals(SOURCES[2]))
    for again in (pickle.loads(pickle.dumps(gate)), copy.deepcopy(gate), copy.copy(gate)):
        assert isinstance(again, Gated) and again.needs == gate.needs
        assert again.search(TEXTS[1]).span() == gate.search(TEXTS[1]).span()
        assert again.search(TEXTS[2]) is None
