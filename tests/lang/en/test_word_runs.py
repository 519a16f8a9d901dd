"""(speed46) `word_runs.words_before` finds what the backward-anchored pattern it replaces finds (place_agents.agent_before's
run of up to four words before ' in '): a table of invented phrases, then random texts against the pattern."""
from __future__ import annotations

import random
import re

import pytest

from readout.lang.en.word_runs import words_before

PATTERN = re.compile(r"(?:[A-Za-z][A-Za-z\-]*\s+){0,3}[A-Za-z][A-Za-z\-]*$")


def by_pattern(text: str, lo: int, end: int):
    m = PATTERN.search(text, lo, end)
    return m.span() if m else None


@pytest.mark.parametrize("text, words", [
    ("Gray riot police in Oslo", "Gray riot police"),  # up to four words before the place
    ("He said that the local opposition supporters in Riga", "the local opposition supporters"),  # the last four
    ("Hundreds of pro-reform students in Lima", "Hundreds of pro-reform students"),
    ("Crowds, police in Quito", "police"),  # a comma parts the run
    ("the 4th battalion in Kyiv", "th battalion"),  # a digit does too (the pattern has no lookbehind: 'th' is a word)
    ("the -police in Doha", "police"),  # a run opening with a hyphen joins nothing before it
    ("in 2024 in Baku", None),  # no word right before
    ("", None),
])
def test_the_words_before_a_place(text, words):
    end = text.rfind(" in ") if " in " in text else len(text)
    found = words_before(text, max(0, end - 60), end)
    assert (text[found[0]:found[1]] if found else None) == words
    assert found == by_pattern(text, max(0, end - 60), end)


def test_random_texts_agree_with_the_pattern():
    rng = random.Random(46)
    alphabet = "abcXY-- \t\n\u00a0,.4'’"
    for n in range(6000):
        size = rng.randint(0, 30) if n < 4000 else rng.randint(40, 120)  # windows of 60 cut inside long texts
        text = "".join(rng.choice(alphabet if n % 2 else "abcd  -") for _ in range(size))
        end = rng.randint(0, len(text))
        lo = rng.randint(0, end)
        assert words_before(text, lo, end) == by_pattern(text, lo, end), (text, lo, end)
