"""A subject particle kiwi reads as the copula (attack71): '차드는 수단이 반군을 지원한다고' is read 수단/NNG 이/VCP 반군/NNG,
the name taken for the common word (수단 'means') and its 이 for 'to be'. A copula always carries an ending in its own
word ('수단이다', '수단인'): one that closes its word, written right after a noun and followed by another word that
opens with a noun, is the subject particle 이, so the clause readers see the complement's subject (the accused of a
charge, the doer of a deed). lang/ko/sentences.split asks this of each sentence's morphemes.

(kofix47) So is the determiner 이 ('this') kiwi reads in the same place: '네팔이 성명을 냈다' read 네팔/NNP 이/MM 성명/NNG
(this statement), the state left with no particle and the clause with no subject. A determiner is a word of its own
('이 성명은'), never written glued to the noun before it.
"""
from __future__ import annotations

from readout.lang.ko.tags import PLAIN_NOUN_TAGS

COPULA = ("이", "VCP")
DETERMINER = ("이", "MM")
SUBJECT = "JKS"
MISREAD_SUBJECTS = frozenset({COPULA, DETERMINER})  # the readings kiwi gives the subject particle 이 between nouns


def subject_copulas(tokens: list) -> list:
    """`tokens` (form, tag, start, length) with each word-final copula or determiner 이 between a noun written with it and a noun
    opening the next word retagged as the subject particle; the same list when there is none (most sentences)."""
    at = [i for i in range(1, len(tokens) - 1)
          if (tokens[i][0], tokens[i][1]) in MISREAD_SUBJECTS and _between_nouns(tokens, i)]
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
