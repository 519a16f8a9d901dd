"""Case-free searches gated by their literals in the lower-cased text (`pattern_gates.CaseFreeGated`): the English clause
patterns (`lang.en.clause_patterns.patterns`) answer as the pattern compiled with IGNORECASE, on any case and on the few
characters ('İ', 'ı', 'ſ') that match an ASCII letter case-free without lower-casing to it."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readout.lang.en.clause_patterns import patterns
from readout.pattern_gates import CaseFreeGated, Gated, case_free_gated, case_free_needs

SOURCES = [
    r"\b(?:escorted by|guided by),?\s+(?:[\w.'’-]+,?\s+){0,6}$",
    r"\b(?:a|the|his)\s+(?:[\w'’-]+\s+){0,2}briefing\s+(?:with|for)\s+(?:[\w'’.-]+\s+){0,3}$",
    r"^[^.;]{0,60}?\b(?:also spoke|sat beside)\b",
]
TEXTS = [
    "The envoy reached Lima, ESCORTED BY two aides and ",
    "Talks ended early, Guided By ",
    "she said in a long briefing with Radio Norland ",
    "in his BRIEFING FOR the Tallin Herald ",
    "the ambassador also spoke at the dinner",
    "Mara Velden Sat Beside the premier",
    "in a short brİefing with Osterlund ",  # 'İ' matches 'i' case-free: searched as it is
    "the guıded tour, guıded by ",  # dotless 'ı'
    "eſcorted by the guards ",  # long 'ſ' matches 's'
    "Nobody came with anyone, “quietly” and ’late’ ",  # non-ASCII, none of the words
    "",
]


@pytest.mark.parametrize("source, expected", [
    (SOURCES[0], ["escorted by", "guided by"]),
    (r"\b(?:Met With|SEES)\s+\w+", ["met with", "sees"]),  # lower-cased
    (r"\binterview\s+(?:with|to)\s+$", ["interview"]),
    (r"\b(?:the|a)\s+\w+$", None),  # too short to tell
    (r"\b(?:réunion|meeting)\b", None),  # a literal that is not ASCII
])
def test_case_free_needs(source, expected):
    assert case_free_needs(source) == expected


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pos, endpos", [(0, 10 ** 6), (4, 40), (-3, 30), (10, -1), (30, 12)])
def test_case_free_gate_answers_as_the_pattern(source, text, pos, endpos):
    plain = re.compile(source, re.I)
    gate = case_free_gated(plain, case_free_needs(source))
    assert isinstance(gate, CaseFreeGated)

    def spans(found):
        return found and (found.span(), found.group(0))

    assert spans(gate.search(text, pos, endpos)) == spans(plain.search(text, pos, endpos))
    assert [m.span() for m in gate.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert gate.findall(text, pos, endpos) == plain.findall(text, pos, endpos)


@pytest.mark.parametrize("text, found", [
    ("Lima, ESCORTED BY aides ", True),
    ("Lima, eſcorted by aides ", True),  # found through 'ſ', which lower-casing keeps
    ("Lima, escorted with aides ", False),
    ("Lima, escorted, by aides ", False),
])
def test_the_gate_finds_what_the_pattern_finds(text, found):
    gate = case_free_gated(re.compile(SOURCES[0], re.I), case_free_needs(SOURCES[0]))
    assert (gate.search(text) is not None) is found


@settings(deadline=None)  # compiling a pattern on first use is not what is tested; a busy machine passed the deadline
@given(st.lists(st.sampled_from(["Escorted", "escorted", "BY", "by", "ſ", "ı", "İ", " ", ",", "x", "briefing",
                                 "With", "also", "Spoke", "’", "."]), max_size=14),
       st.sampled_from(SOURCES))
def test_same_matches_on_any_text(pieces, source):
    text = "".join(pieces)
    plain = re.compile(source, re.I)
    gate = case_free_gated(plain, case_free_needs(source))
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert (gate.search(text) is None) == (plain.search(text) is None)


def test_every_gated_clause_pattern_answers_as_written():
    """Each English clause pattern behind a gate (cased or case-free) finds what it finds ungated."""
    gates = [p for p in patterns().values() if isinstance(p, Gated)]
    assert any(isinstance(p, CaseFreeGated) for p in gates) and any(type(p) is Gated for p in gates)
    texts = TEXTS + ["Vantoria's talks, mediated by Qatar, were attended by Dorian Pell and ",
                     "in an interview with Norland Radio ", "Mara Velden met Alvar Quist, who also attended the talks."]
    for gate in gates:
        plain = re.compile(gate.pattern, gate.flags)
        for text in texts:
            for at in range(0, len(text) + 1, 7):
                assert [m.span() for m in gate.finditer(text, 0, at)] == [m.span() for m in plain.finditer(text, 0, at)]
                assert (gate.search(text[:at]) is None) == (plain.search(text[:at]) is None), gate.pattern


def test_a_case_free_gate_pickles():
    import pickle

    gate = case_free_gated(re.compile(SOURCES[0], re.I), case_free_needs(SOURCES[0]))
    again = pickle.loads(pickle.dumps(gate))
    assert isinstance(again, CaseFreeGated) and again.needs == gate.needs
    assert again.search(TEXTS[0]).span() == gate.search(TEXTS[0]).span()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_case_free_lexicon_pattern_answers_as_written(lang):
    """Each `(?i)` lexicon pattern behind a case-free gate finds what it finds ungated, in any case."""
    from readout.kb.loader import lexicon

    lex = lexicon(lang)
    lex.re(next(k for k in lex.raw if k.endswith("_re")))  # compiles every pattern
    gates = [p for group in lex.compiled.values() for p in group if isinstance(p, CaseFreeGated)]
    assert gates or lang == "ko", "some case-free English lexicon patterns are gated"
    texts = TEXTS + ["THE TWO FOREIGN MINISTERS HELD TALKS WITH THEIR COUNTERPARTS IN LISBON ON MONDAY.",
                     "The Two Foreign Ministers Held Talks With Their Counterparts In Lisbon, Condemning The Strike.",
                     "외교부 대변인은 양국이 전화 회담을 가졌다고 밝혔다."]
    for gate in gates:
        plain = re.compile(gate.pattern)
        for text in texts:
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)], gate.pattern
            assert [m.span() for m in gate.finditer(text.lower())] == [m.span() for m in plain.finditer(text.lower())]
