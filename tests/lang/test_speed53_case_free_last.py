"""(speed53, issue 20) `CaseFreeGated` keeps the lower case of the last whole text it was asked about: a sentence asked
by one case-free pattern after another is lower-cased once. Every answer stays the bare pattern's, whatever the order
of texts, slices and the characters ('İ', 'ı', 'ſ') searched as they are."""
from __future__ import annotations

import itertools
import re
import threading

import pytest

from readout import pattern_gates
from readout.pattern_gates import case_free_gated, case_free_needs

SOURCES = [
    r"\b(?:flew to|travelled to)\s+\w+",
    r"\bsummit\s+(?:in|at)\b",
    r"\b(?:the|a)\s+ceasefire\b",
]
TEXTS = [
    "The Premier FLEW TO Tartu on Monday for a Summit in the old town",
    "a ceasefire held; the envoy travelled to Narva",
    "THE CEASEFIRE collapsed before the summit at Pärnu",
    "nothing of the kind here",
    "she travelled tO Vılnius, then the summİt ın Riga",  # dotless ı and dotted İ: searched as they are
    "the ceaſefire",  # long s matches 's' case-free
    "",
]


def both(source: str):
    bare = re.compile(source, re.IGNORECASE)
    return bare, case_free_gated(bare, case_free_needs(source))


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(TEXTS)), 3))[:60])
def test_answers_as_bare_in_any_order(order) -> None:
    pairs = [both(s) for s in SOURCES]
    for i in order:
        text = TEXTS[i]
        for bare, gated in pairs:  # the same text asked by several patterns in a row: the kept lower case
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in bare.finditer(text)]
            assert bool(gated.search(text)) == bool(bare.search(text))
            for pos, endpos in ((3, len(text)), (0, max(len(text) - 5, 0)), (-2, 200)):
                assert bool(gated.search(text, pos, endpos)) == bool(bare.search(text, pos, endpos))


def test_the_gate_still_gates() -> None:
    bare, gated = both(SOURCES[0])
    assert gated is not bare
    assert gated.absent("the premier stayed home", 0, 10**9)
    assert not gated.absent("the premier FLEW to Tartu", 0, 10**9)


def test_lower_case_kept_for_the_whole_text_only() -> None:
    _, gated = both(SOURCES[1])
    text = "".join(["A Summit In ", "Valga"])  # a text made at run time: no interned constant
    gated.search(text)
    assert pattern_gates._LAST_LOWERED[0] is text and pattern_gates._LAST_LOWERED[1] == text.lower()
    gated.search(text, 2)  # a slice is lower-cased on its own, the whole text's kept
    assert pattern_gates._LAST_LOWERED[0] is text
    odd = "the summİt"
    gated.search(odd)
    assert pattern_gates._LAST_LOWERED == (odd, None)


def test_threads_never_mix_texts() -> None:
    pairs = [both(s) for s in SOURCES]
    want = {text: [[m.span() for m in bare.finditer(text)] for bare, _ in pairs] for text in TEXTS}
    bad: list[str] = []

    def ask(texts: list[str]) -> None:
        for _ in range(200):
            for text in texts:
                if [[m.span() for m in g.finditer(text)] for _, g in pairs] != want[text]:
                    bad.append(text)

    threads = [threading.Thread(target=ask, args=(TEXTS[k::2],)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not bad
