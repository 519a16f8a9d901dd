"""(speed48) One tokenization per sentence for the English act readers: `EnglishActs.find_acts` tokenizes the sentence
once and hands the list to the finder and to the relative-clause readers after it (object, passive, partner, inner,
reporting relatives, protested makers), which used to tokenize it again per hit behind a memo of the last sentence.
The acts read are those of the finder reading its own tokens. Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.en import act_tokens, acts

SENTENCES = [
    "Peru condemned the sanctions that the council imposed on Chile last week.",  # an object relative with a subject
    "Oslo welcomed the diplomats, who had been expelled by Malta, at the airport.",  # a passive relative
    "Farmers protested against the pact the government signed with Ghana.",  # a protest at what a clause's maker did
    "Benin criticized the tariffs the union said were fair.",  # a relative clause of saying
    "Lima (Peru) recalled its envoy on Monday and Quito said nothing.",  # a bracket and a time adverbial dropped
    "The weather was mild in the capital.",  # no act
]


@pytest.fixture(scope="module")
def english():
    from readout.api import library_pipeline

    return library_pipeline().language("en")


class CountedTokens:
    """The tokenizer's pattern, counting the sentences read through it (any module's call of `tokenize` reads one)."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, []

    def findall(self, text):
        self.read.append(text)
        return self.pattern.findall(text)

    def finditer(self, text):
        self.read.append(text)
        return self.pattern.finditer(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_act_readers_tokenize_a_sentence_once(english, monkeypatch, text):
    expected = english.find_acts(text, None)
    counted = CountedTokens(act_tokens.TOKEN_RE)
    monkeypatch.setattr(act_tokens, "TOKEN_RE", counted)
    assert english.find_acts(text, None) == expected
    assert counted.read == [text]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_finder_reads_the_tokens_it_is_given_as_its_own(text):
    assert acts.find_acts(text, act_tokens.tokenize(text)) == acts.find_acts(text)


def test_each_call_reads_its_sentence_afresh():
    first, second = SENTENCES[0], SENTENCES[2]
    assert act_tokens.tokenize(first) is not act_tokens.tokenize(first)
    assert act_tokens.tokenize(second)[0].raw == "Farmers" and act_tokens.tokenize(first)[0].raw == "Peru"
