"""What the Korean clause reader asks of one word (kiwi's morphemes): its first particle, its endings and its
predicate's lemma (`facts`), with the morpheme classes the clause questions share and the two word readings kiwi
gets wrong that the reader undoes (`split_name`) or asks about (`nominalized`).
"""
from __future__ import annotations

from dataclasses import dataclass

from readout.lang.ko.tags import CLAUSE_END_TAGS, PLAIN_NOUN_TAGS, SUBJECT_TAGS  # noqa: F401 (clauses names SUBJECT_TAGS)
from readout.lang.ko.words import Word, title_of

ARGUMENT_TAGS = ("JKO", "JKB")  # a relative clause with its own object or adverbial
LIST_REACH = 8  # words a 과/와 list may run over before its 도 word ('A와 B·C 등 이웃 국가들도'), as name_heads.LIST_MEMBERS
QUOTES = "\"'“”‘’「」『』"


@dataclass(frozen=True)
class WordFacts:
    """What the clause reader asks of one word: its first particle (form, tag) and its endings."""

    particle: str | None
    particle_tag: str | None
    ends_clause: bool  # a connective or final ending: the next word starts a new clause
    adnominal: bool  # an ETM ending: the word closes a clause that modifies the next noun
    lemma: str | None  # the predicate's lemma ('갖다', '배석하다'), None for a plain noun
    adjective: bool = False  # the predicate is an adjective (깊은, 심각한): it describes, it binds no argument
    ending: str | None = None  # the last connective or final ending's form ('고', '도록', '다고')


def facts(word: Word, after_argument: bool = False) -> WordFacts:
    """`after_argument`: the previous word ends in a case particle (에, 을), so a name-like 'X하' + 는
    here is kiwi's misreading of an unknown verb ('인근에 낙탄하는 미사일': 낙탄하/NNP 는/JX)."""
    particle = tag = lemma = ending = None
    ends = adnominal = adjective = False
    toks = word.tokens
    if after_argument and len(toks) == 2 and toks[0][1] == "NNP" and len(toks[0][0]) > 1 \
            and toks[0][0].endswith("하") and toks[1][:2] == ("는", "JX"):
        return WordFacts(None, None, False, True, toks[0][0] + "다")
    for form, tagged, _s, _l in toks:
        t = tagged.split("-")[0]  # kiwi tags a stem of ambiguous conjugation VV-R, VV-I ('받았다': 받/VV-R)
        if t[0] == "J" and particle is None:
            particle, tag = form, t
        elif t in CLAUSE_END_TAGS:
            ends = ends or not (form == "게" and adjective)  # 강력하게 규탄: an adverb, not a clause
            ending = form
        elif t == "ETM":
            adnominal = True
        elif t in ("VV", "VA") and lemma is None:
            lemma, adjective = form + "다", t == "VA"
        elif t in ("XSV", "XSA") and lemma is None:
            noun = "".join(f for f, tt, _a, _b in toks if tt in ("NNG", "NNP", "XR"))
            lemma, adjective = noun + form + "다", t == "XSA"
    return WordFacts(particle, tag, ends, adnominal, lemma, adjective, ending)



def split_name(word: Word, nxt: Word) -> bool:
    """kiwi reads an unknown two-syllable name ending in 이/가 as a name + the subject particle ('왕이
    부장', '리가 대사': 왕/NNP 이/JKS): before a title the 이/가 is part of the name, not a subject."""
    toks = word.tokens
    return len(toks) == 2 and toks[0][1] in PLAIN_NOUN_TAGS and len(toks[0][0]) == 1 and toks[1][1] == "JKS" \
        and bool(title_of(nxt.noun))



def nominalized(word) -> bool:
    """A verb made a noun by -기 ('참석하기', '떠나기에'): the clause it closes hangs on the next word."""
    return any(tag == "ETN" and form == "기" for form, tag, _s, _l in word.tokens)
