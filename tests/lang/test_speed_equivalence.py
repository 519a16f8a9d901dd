"""The shortcuts taken for speed answer as the plain computations do: a Korean word found by bisection,
clause answers kept per sentence reader, and the agent-phrase gate. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from readout.lang.en.agents import agent_after, first_words
from readout.lang.ko.clauses import SentenceReader
from readout.lang.ko.sentences import kiwi


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


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_lexicon_patterns_are_the_compiled_sources_and_survive_pickling(lang):
    """`Lexicon.re` / `.patterns` answer from a dict filled on first use; a pickled lexicon rebuilds it."""
    import pickle
    import re

    from readout.kb.loader import lexicon

    lex = lexicon(lang)
    keys = [k for k, v in lex.raw.items() if k.endswith("_re") and v]
    assert keys
    for key in keys:
        assert [p.pattern for p in lex.patterns(key)] == lex.sources(key)
        assert lex.re(key) is lex.patterns(key)[0] and lex.re(key) is lex.re(key)
        assert lex.re(key).flags == re.compile(lex.sources(key)[0]).flags
    copy = pickle.loads(pickle.dumps(lex))
    assert copy.raw == lex.raw and copy.re(keys[0]).pattern == lex.re(keys[0]).pattern
    with pytest.raises(KeyError):
        lex.re("no_such_pattern_re")


@pytest.mark.parametrize("text", [
    "Putin said on Monday that talks would go on.", "The envoy met Xi in Beijing on Tuesday.",
    "Erdogan, Macron and Scholz held a call.", "Officials of both sides met in Geneva.",
    "The putin factory closed.", "He spoke with the president's aides.",
])
def test_english_surname_patterns_run_only_where_their_gate_finds_a_surname(text):
    """The three surname patterns match only where a head's surname stands as written: a sentence the
    gate passes over has no match of any of them."""
    from readout.lang.en.mentions import patterns

    p = patterns()
    found = [m.group("name") for key in ("surname", "surname_met", "surname_meets") for m in p[key].finditer(text)]
    if p["surname_gate"].search(text) is None:
        assert found == []
    else:
        assert all(p["surname_gate"].search(name) for name in found)


@pytest.mark.parametrize("text", [
    "Blinken met Park Jin in Washington on Monday.", "SEOUL, May 2 (Reuters) - 3,000 troops_left 42 x2",
    "", "12 34 -- ##", "Le ministre a rencontré son homologue à Paris.", "조 장관은 Blinken과 만났다.",
])
def test_identify_counts_an_ascii_paragraph_in_one_pass(text):
    """An ASCII paragraph's letters are all Latin and none Hangul: one count stands for the three."""
    from readout.lang.identify import ASCII_LETTERS_RE, HANGUL_RE, LATIN_RE, LETTER_RE, count

    if text.isascii():
        assert count(LETTER_RE, text) == count(LATIN_RE, text) == count(ASCII_LETTERS_RE, text)
        assert count(HANGUL_RE, text) == 0


@pytest.mark.parametrize("text", [
    "U.S. officials said 25,000 tons of aid (food) would arrive — “soon,” he said.",
    "The envoy's talks: Kim-Blinken; 3.5% rise! ok? #tag @user ~x~ ١٢,٣٤٥ １２,３４５ e-mail",
    "  leading spaces and a trailing dot .", "", "ÀÉ café naïve O'Brien’s rock-’n’-roll",
])
def test_tokenize_finds_each_token_where_its_match_starts(text):
    """Tokens from the pattern's strings and `find` are the tokens of its matches, offsets included."""
    from readout.lang.en.act_tokens import TOKEN_RE, tokenize

    lowered = text.lower().replace("’", "'")
    expected = [(m.start(), m.end(), lowered[m.start():m.end()], m.group(), lowered[m.start()].isalnum())
                for m in TOKEN_RE.finditer(text)]
    assert [tuple(t) for t in tokenize(text)] == expected
