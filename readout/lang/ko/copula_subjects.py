"""A subject particle kiwi reads as the copula (attack71): '차드는 수단이 반군을 지원한다고' is read 수단/NNG 이/VCP 반군/NNG,
the name taken for the common word (수단 'means') and its 이 for 'to be'. A copula always carries an ending in its own
word ('수단이다', '수단인'): one that closes its word, written right after a noun and followed by another word that
opens with a noun, is the subject particle 이, so the clause readers see the complement's subject (the accused of a
charge, the doer of a deed). lang/ko/sentences.split asks this of each sentence's morphemes.
"""
from __future__ import annotations

from readout.lang.ko.tags import PLAIN_NOUN_TAGS

COPULA = ("이", "VCP")
SUBJECT = "JKS"


def subject_copulas(tokens: list) -> list:
    """`tokens` (form, tag, start, length) with each word-final copula 이 between a noun written with it and a noun
    opening the next word retagged as the subject particle; the same list when there is none (most sentences)."""
    at = [i for i in range(1, len(tokens) - 1) if (tokens[i][0], tokens[i][1]) == COPULA and _between_nouns(tokens, i)]
    if not at:
        return tokens
    out = list(tokens)
    for i in at:
        form, _tag, pos, size = out[i]
        out[i] = (form, SUBJECT, pos, size)
    return out


def _between_nouns(tokens: list, i: int) -> bool:
    before, this, after = tokens[i - 1], tokens[i], tokens[i + 1]
    return before[1] in PLAIN_NOUN_TAGS and before[2] + before[3] == this[2] and after[1] in PLAIN_NOUN_TAGS \
        and after[2] > this[2] + this[3]
