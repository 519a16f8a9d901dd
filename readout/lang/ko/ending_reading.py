"""What the endings after a Korean predicate stem say about its clause, as the ending readers share it: the
`Reading` (lang/ko/endings.read_clause fills it, adnominal_endings and connective_endings refine it), the morphemes
it is read on (`tokens_of`) and a predicate's lemma at a morpheme (`lemma_at`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from readout.lang.ko.tags import NOUN_TAGS, PLAIN_NOUN_TAGS

DROP_INHERITED = frozenset({"exhortation", "imperative", "content"})


@dataclass
class Reading:
    """What the morphemes after a predicate stem say about its clause."""

    last: int  # index of the clause's last morpheme read
    clause: str = "none"  # main (EF) | connective (EC) | quote | noun (ETM + connective/vehicle) | ...
    negated: bool = False
    modality: str | None = None  # future | possible | plan | option | obligation | intent | condition | purpose | before
    decided: bool = False
    decision_lemma: str = ""  # (plans56) the verb of a V-기로 decision: 하다, 결정하다, 합의하다 ...
    attempted: bool = False  # plover50: V-려고 시도했다 / V-려 했다: the act was tried (intent, in the past)
    quoted: bool = False
    drop: str | None = None  # exhortation | imperative | content | relative: not an act
    recalled: bool = False  # V-ㄴ 바 있다: done before, recalled as background (never the report's day)
    endings: list[str] = field(default_factory=list)


def tokens_of(tokens) -> list[tuple[str, str, int, int]]:
    """kiwi tags irregular stems VV-R, VV-I: the class is what the rules read. A sentence's morphemes are
    4-tuples, and one whose tag has no '-' is kept as it is (three readers ask this of every morpheme).
    (speed60, issue 20) Read once per sentence: the act, meeting and figure readers ask it of the same morphemes five
    times a sentence, and each read every morpheme in Python; the classed morphemes are kept by the sentence's
    morphemes as a tuple (equal morphemes, the same answer), a fresh list handed to each caller."""
    try:
        return list(classed_tokens(tuple(tokens)))
    except TypeError:  # a morpheme with an unhashable part: read as before
        return classed(tokens)


def classed(tokens) -> list[tuple[str, str, int, int]]:
    return [t if type(t) is tuple and len(t) == 4 and "-" not in t[1] else (t[0], t[1].split("-")[0], t[2], t[3])
            for t in tokens]


@functools.lru_cache(maxsize=16)  # the sentences being read now (a reader of one may read a neighbour's)
def classed_tokens(tokens: tuple) -> tuple[tuple[str, str, int, int], ...]:
    return tuple(classed(tokens))


def lemma_at(toks: list, i: int) -> str:
    """The dictionary form of the predicate whose stem is morpheme `i` ('검토/NNG 하/XSV': 검토하다). (kobacked50) kiwi
    splits some verbal nouns into a noun and a suffix ('저울/NNG 질/XSN 하/XSV', '정상/NNG 화/XSN'): both are the verb's
    noun ('저울질하다'), as act_predicates and act_voiding_laws join them, or a cue verb written whole never matches."""
    form, tag = toks[i][0], toks[i][1]
    if tag == "XSV" and i > 0 and toks[i - 1][1] in NOUN_TAGS:
        if toks[i - 1][1] == "XSN" and i > 1 and toks[i - 2][1] in PLAIN_NOUN_TAGS:
            return toks[i - 2][0] + toks[i - 1][0] + form + "다"
        return toks[i - 1][0] + form + "다"
    return form + "다"
