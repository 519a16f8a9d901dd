"""PLOVER contexts named by words: a context is present exactly where one of its words stands as a
substring (what a search of the words' alternation found before the speed change), in either language."""
from __future__ import annotations

import re

import pytest

from readout.lang.contexts import context_words, contexts_in
from readout.patterns import alternation

CASES = [
    ("The navy held drills off the coast on Friday.", ["military"]),
    ("Ministers discussed tariffs and the supply chain in Lisbon.", ["economic"]),
    ("Talks covered weapons of mass destruction.", ["military", "cbrn"]),  # 'weapons' is military's word too
    ("Officials said the wmd report was late.", []),  # case as written: 'WMD' is the word
    ("Hackers stole cryptocurrency from an exchange in Tallinn.", ["cyber"]),
    ("The envoy raised human rights and the pandemic.", ["human_rights", "health"]),
    ("양국 장관은 빈에서 무역과 기후 문제를 논의했다.", ["economic", "environment"]),
    ("외교부는 핵실험 가능성에 우려를 표명했다.", ["cbrn"]),
    ("두 정상은 오슬로에서 만났다.", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_contexts_of_a_text(text, expected):
    assert contexts_in(text) == expected


@pytest.mark.parametrize("text,_expected", CASES)
def test_substring_tests_find_what_the_alternations_found(text, _expected):
    """The old reading: one alternation of each context's words searched anywhere in the text."""
    patterns = {name: re.compile(alternation(words)) for name, words in context_words().items()}
    assert contexts_in(text) == [name for name, p in patterns.items() if p.search(text)]


def test_contexts_keep_the_files_order():
    assert list(context_words())[:2] == ["military", "cbrn"]
    assert contexts_in("nuclear drills") == ["military", "cbrn"]
