"""(speed47) The act finder's tokenizer keeps the last sentence's tokens: asked again for it, it gives the same tokens
without reading the sentence again, in a list of the caller's own; another sentence is read afresh."""
from __future__ import annotations

import pytest

from readout.lang.en import act_tokens
from readout.lang.en.act_tokens import tokenize

SENTENCES = [
    "Peru recalled its ambassador from Quito on Monday.",
    "Chile (Santiago) condemned the raid; Bolivia said nothing.",
    "İzmir's governor met U.S. envoys, aides said.",  # a letter whose lower case is longer
    "",
]


READ = act_tokens._tokens  # the tokenizer itself, without the kept sentence


def fresh(text: str) -> list:
    return READ(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_asked_again_gives_the_same_tokens_in_a_list_of_its_own(text):
    first = tokenize(text)
    again = tokenize(text)
    assert first == again == fresh(text)
    assert again is not first
    again.append("x")  # one caller's list changed: no other caller sees it
    assert tokenize(text) == fresh(text)


def test_another_sentence_is_read_afresh(monkeypatch):
    tokenize(SENTENCES[0])
    calls = []
    monkeypatch.setattr(act_tokens, "_tokens", lambda text: calls.append(text) or fresh(text))
    assert tokenize(SENTENCES[0]) == fresh(SENTENCES[0]) and calls == []
    assert tokenize(SENTENCES[1]) == fresh(SENTENCES[1]) and calls == [SENTENCES[1]]
    assert tokenize(SENTENCES[0]) == fresh(SENTENCES[0]) and calls == [SENTENCES[1], SENTENCES[0]]
