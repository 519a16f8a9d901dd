"""The shortcuts of session 23's speed pass answer as the plain readings do: a full name remembered by surface,
a Korean morpheme run joined through a slice, `unfused` passing over the morphemes it never reads, an object word
with no hyphen taken as itself, and a cue list the lexicon lacks. Names and sentences are written for the test."""
from __future__ import annotations

import pytest

from readout.kb.leaders import curated_names


def _data_names() -> list[str]:
    """A few full names of our own leaders' list, taken from the data (not copied into the test), in title case."""
    return [n.title() for n in sorted(curated_names())[:4]]


@pytest.mark.parametrize("surface", [
    "Foreign Minister", "South Korea", "United Nations Security Council", "Talia Brennvik", "Orlan Vesk Darrow",
    "Monday", "Marik Olundsen", *_data_names(),
])
def test_known_full_name_remembered_answers_as_the_plain_reading(surface):
    from readout.lang.en.mentions import known_full_name

    plain = known_full_name.__wrapped__(surface)
    assert known_full_name(surface) is plain
    assert known_full_name(surface) is plain  # asked again: the remembered answer


def test_known_full_name_still_finds_a_listed_name():
    from readout.lang.en.mentions import known_full_name

    assert any(known_full_name(n) for n in _data_names())  # the memo holds no stale False


MORPHEMES = [("갑", "NNG", 0, 1), ("을", "JKO", 1, 1), ("대북", "NNG", 3, 2), ("제재", "NNG", 5, 2), ("를", "JKO", 7, 1),
             ("강화", "NNG", 9, 2), ("하", "XSV", 11, 1), ("었", "EP", 12, 1), ("다", "EF", 13, 1)]


@pytest.mark.parametrize("a, b", [(0, 0), (2, 3), (0, 8), (5, 8), (-2, 1), (-1, -1), (4, 3)])
def test_joined_reads_the_morphemes_an_index_reads(a, b):
    from readout.lang.ko.act_candidate import joined

    assert joined(MORPHEMES, a, b) == "".join(MORPHEMES[k][0] for k in range(a, b + 1))


@pytest.mark.parametrize("tokens, expected", [
    # no noun or stem: every morpheme as it came
    ([("은", "JX", 0, 1), ("었", "EP", 1, 1), ("다", "EF", 2, 1), (".", "SF", 3, 1)],
     [("은", "JX", 0, 1), ("었", "EP", 1, 1), ("다", "EF", 2, 1), (".", "SF", 3, 1)]),
    # a state's name kiwi fused with its genitive is split; the particle after it passes as it came
    ([("가봉의", "NNP", 0, 3), ("회원국", "NNG", 4, 3), ("은", "JX", 7, 1)],
     [("가봉", "NNP", 0, 2), ("의", "JKG", 2, 1), ("회원국", "NNG", 4, 3), ("은", "JX", 7, 1)]),
])
def test_unfused_passes_over_what_it_never_reads(tokens, expected):
    from readout.lang.ko.sentences import unfused

    assert unfused(tokens) == expected


@pytest.mark.parametrize("low, key", [
    ("f-16s", "aircraft"), ("su-35s", "aircraft"), ("mig-29s", "aircraft"), ("troops", "troops"),
    ("x-ray", "x-ray"), ("f-16", "f-16"), ("aid", "aid"),
])
def test_object_key_reads_a_designator_and_leaves_other_words(low, key):
    from readout.lang.en.act_window import object_key

    assert object_key(low) == key


def test_cue_of_a_list_the_lexicon_lacks_is_empty():
    from readout.lang.ko.act_table import act_index

    lex = act_index()
    assert lex.cue("no_such_cue_list") == frozenset()
    assert lex.cue("say_verb") == lex.cues["say_verb"]


@pytest.mark.parametrize("text", [
    "Talia Brennvik, a senior adviser to the Brazilian president, dismissed the report.",
    "Orlan Vesk, foreign policy aide of Prime Minister Marik Olundsen, said on Monday the talks would go on.",
    "Dara Kell, special envoy of Kenya, met the delegation.",
    "The adviser said the envoy would travel to the capital.",  # titles, but no name before them
    "Marik Olundsen condemned the launch.",  # no aide title at all
])
def test_aide_gate_passes_every_sentence_the_aide_pattern_reads(text, monkeypatch):
    from readout.lang.en import mentions

    gate = mentions.aide_gate_re()
    gated = mentions.aides(text, [])
    monkeypatch.setattr(mentions, "aide_gate_re", lambda: mentions.re.compile(""))  # a gate every text passes
    assert gated == mentions.aides(text, [])
    assert bool(list(mentions.aide_re().finditer(text))) <= bool(gate.search(text))


def test_aide_gate_keeps_a_served_state():
    from readout.lang.en.mentions import aides

    found = aides("Talia Brennvik, a senior adviser to the Brazilian president, dismissed the report.", [])
    assert [(m.surface, m.country) for m in found] == [("Talia Brennvik", "BRA")]


@pytest.mark.parametrize("text", [
    "Velmar said on Tuesday that the talks, while useful, had stalled; Ostria, as well, stayed away.",
    "Karsk announced on Friday that it would leave, and Tolvia, according to officials, told reporters so.",
    "Before the summit, Ostria condemned Karsk, Velmar, and Tolvia, whereas Norland acknowledged that it erred.",
])
def test_clause_boundaries_are_those_of_the_lexicon_pattern(text):
    from readout.lang.en.clauses import boundary_pattern, patterns
    from readout.patterns import fold

    written, fast = patterns()["boundary"], boundary_pattern()
    for k in range(len(text) + 1):
        assert [m.span() for m in fast.finditer(fold(text), 0, k)] == [m.span() for m in written.finditer(text, 0, k)]
        found, plain = fast.search(fold(text), k), written.search(text, k)
        assert (found and found.span()) == (plain and plain.span())
