"""English words for the act finder: one tokenization per sentence, shared by every reader of it.

Why its own module: the finder, the window that looks for a verb's object and the clause readers all
index the same tokens; the sentence is tokenized once and the list handed to each reader, so no reader rescans
the text.
"""
from __future__ import annotations

import re
from operator import attrgetter
from typing import NamedTuple

TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_]+(?:[-'’.][^\W_]+)*|[;:()\[\],.!?\"“”—]")
PUNCT_BREAKS = frozenset(";:()[].!?\"“”—")


class Token(NamedTuple):
    start: int
    end: int
    low: str
    raw: str
    word: bool  # a word, not punctuation


# (speed55) A token's lower-cased text read in C: a reader that first asks whether a sentence holds any of its words
# writes `words.isdisjoint(map(LOW, toks))`, where a generator resumed once per token was a Python call per word
LOW = attrgetter("low")
RAW = attrgetter("raw")


def tokenize(text: str) -> list[Token]:
    """The words and punctuation of a sentence with their offsets, lower-cased once ("’" read as "'"). Read once per
    sentence: the act finder's caller (lang/en/reading_acts.py) passes the list to the finder and to the relative-clause
    readers after it (speed48; speed47's memo of the last sentence went with it)."""
    out: list[Token] = []
    append, new = out.append, tuple.__new__  # the named tuple's own constructor is a Python call per token
    lowered = text.lower().replace("’", "'")
    if len(lowered) == len(text):  # lower-cased once for the sentence: each token is a slice of it
        # the token strings in one call, each found from where the last ended: what lies between two tokens
        # is no character a token can start with (any such character starts a match), so `find` lands on
        # the token itself, with no match object per token
        end, find = 0, text.find
        for raw in TOKEN_RE.findall(text):
            start = find(raw, end)
            end = start + len(raw)
            low = lowered[start:end]
            append(new(Token, (start, end, low, raw, low[0].isalnum())))
        return out
    for m in TOKEN_RE.finditer(text):  # a letter whose lower case is longer ('İ') shifts the offsets
        raw = m.group()
        low = raw.lower()
        if "’" in low:
            low = low.replace("’", "'")
        append(new(Token, (m.start(), m.end(), low, raw, low[0].isalnum())))
    return out


def word_in_reach(toks: list[Token], start: int, reach: int, wanted: frozenset[str] | set[str],
                  stops: frozenset[str] | set[str]) -> bool:
    """Whether a word of `wanted` stands within `reach` tokens from `start`, before any punctuation or a word of
    `stops`. Why one helper: the content readers ('a proposal for a truce', 'delivery of his address') each scanned
    a short window this way."""
    for tok in toks[start:start + reach]:
        if not tok.word or tok.low in stops:
            return False
        if tok.low in wanted:
            return True
    return False
