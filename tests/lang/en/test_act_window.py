"""The object window and the tokenizer of the English act finder (lang/en/act_window.py, act_tokens.py):
the window a verb's candidates share gives the same object as scanning it for each candidate."""
import pytest

from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.act_object_window import find_object, object_window


@pytest.mark.parametrize("text, objects, expected", [
    ("imposed new sanctions on the regime", {"on": [()]}, "on"),
    ("asked the Northern Fishing Board to", {"to": [()]}, "to"),  # a long name is one word of the window
    ("imposed sanctions, and then on", {"on": [()]}, None),  # a comma ends the window
    ("sent 25,000 tons of rice to", {"to": [()]}, "to"),  # numbers and quantity words add no word
])
def test_find_object(text, objects, expected):
    toks, cues = tokenize(text), matcher().cues
    shared: dict = {}
    for windows in (None, shared, shared):  # without, filling and reusing the shared windows
        found = find_object(toks, 1, objects, cues, windows)
        assert (toks[found[0]].low if found else None) == expected
    assert list(shared) == [1] and shared[1] == object_window(toks, 1, cues)


def test_tokenize_lowers_once_and_reads_curly_apostrophes():
    toks = tokenize("Seoul’s U.S. envoy sent 1,200 tons.")
    assert [t.low for t in toks] == ["seoul's", "u.s.", "envoy", "sent", "1,200", "tons", "."]
    assert toks[0].raw == "Seoul’s" and toks[-1].word is False and toks[4].start == 24
