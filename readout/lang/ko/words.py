"""Korean words as the person and act readers see them: a whitespace word with its morphemes (its noun, its first
particle, whether a verb form is in it) and what one word names: a title, a country, an organization.

Split out of `mentions.py` so every reader asks one module what a word is; the name search itself (titles anchoring a
walk back over the chain to a name) stays in `mentions.py`.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from readout import budget
from readout.kb import geo  # country names
from readout.kb.geo import lookup_city
from readout.kb.loader import kb, lexicon
from readout.lang.orgs_common import by_surface


ABBREVIATION_PAREN_RE = re.compile(r"[(（][A-Za-z][A-Za-z.&-]{0,11}[)）]")  # '유럽연합(EU)', '국제원자력기구(IAEA)'
PAREN_RE = re.compile(r"[(（][^()（）]{0,60}[)）]")
VERB_TAGS = {"VV", "VA", "VX", "XSV", "XSA", "EP", "EF", "EC", "ETM", "VCP", "VCN", "ETN"}


class Word:
    """A whitespace word of a sentence with its morphemes; what the rules ask of it is computed once."""

    __slots__ = ("start", "end", "text", "tokens", "noun_end", "noun", "particle", "has_verb", "proper")

    def __init__(self, start: int, end: int, text: str, tokens: list):
        self.start, self.end, self.text, self.tokens = start, end, text, tokens  # offsets: in the sentence
        self.particle: str | None = None  # the first particle's form
        self.has_verb, proper, stem_end = False, None, None
        for form, tag, s, _l in tokens:  # one pass: this runs for every word of every Korean sentence
            is_particle = tag[0] == "J"
            if is_particle and self.particle is None:
                self.particle = form
            if is_particle or tag in VERB_TAGS:
                self.has_verb = self.has_verb or not is_particle
                if stem_end is None and s > start:
                    stem_end = s
            if not is_particle:  # the hyphen of a name written by sound ('코시니아크-카미시') keeps it proper
                proper = (proper is not False) and (tag in ("NNP", "SL") or form == "-")
        if self.has_verb and bare_stem(tokens):
            # '유세프 다르 요르단 외교장관': a verb stem standing alone as a word ('다르/VA', with no ending) is no
            # Korean verb form; kiwi read a name's word so. (koforeign70) So is a word that ends in such a stem
            # after other pieces ('발렌스': 발레/NNG + ᆫ/JX + 스/VV): the particle inside it is a misread syllable too
            self.particle, self.has_verb, proper, stem_end = None, False, True, None
        if self.particle is not None and not self.has_verb and coda_after_particle(tokens):
            # '바르트왈': kiwi reads a name's last syllable as a particle and a coda; a particle never has one
            self.particle, proper, stem_end = None, True, None
        self.noun_end = end if stem_end is None else stem_end  # the word before its first particle or ending
        self.noun = text[: self.noun_end - start].rstrip(",.·\"'”’」』…")  # '예정"이라고': the quote closes the word
        self.proper = bool(proper)


STEM_ONLY_TAGS = ("VV", "VA", "VV-I", "VA-I", "VV-R", "VA-R")


def bare_stem(tokens: list) -> bool:
    """The word ends (before its punctuation) in a verb or adjective stem with no ending anywhere in it: a Korean
    predicate always closes with an ending, so kiwi read an unknown word's syllables as stem and particle."""
    end = len(tokens)
    while end and tokens[end - 1][1][0] == "S":
        end -= 1
    return end > 0 and tokens[end - 1][1] in STEM_ONLY_TAGS and not any(t[1][0] == "E" for t in tokens[:end])


def coda_after_particle(tokens: list) -> bool:
    """The word's first particle is followed by a coda morpheme and then at most punctuation ('바르트왈,')."""
    if tokens[-1][1] != "Z_CODA" and (len(tokens) < 2 or tokens[-2][1] != "Z_CODA"):
        return False  # most words: no coda at their end
    first = next(i for i, t in enumerate(tokens) if t[1][0] == "J")
    rest = tokens[first + 1:]
    return bool(rest) and rest[0][1] == "Z_CODA" and all(t[1][0] == "S" for t in rest[1:])


@budget.table()
def titles() -> list[tuple[str, str]]:
    """(title without spaces, office id), longest first."""
    pairs = [(f.replace(" ", ""), o.id) for o in kb().offices.values() for f in o.ko]
    return sorted(pairs, key=lambda p: -len(p[0]))


@budget.table()
def org_names() -> set[str]:
    return {n.replace(" ", "") for o in kb().organizations for n in o.ko}


# an opening quote mark is no part of the word ("북한의 -> 북한의); a headline's '…' ends its word as a space would
# ('규탄…대사 초치': '대사' opens the next clause, it is no part of '규탄'), and stays with the word it closes, as a comma
WORD_RE = re.compile("[^\\s\"'“‘「『《〈…][^\\s…]*…*")


WORD_MEMO = 8192  # (speed56) words whose organization and state answers are kept: was 65,536, memory still growing at
# 20,000 documents; as kb/names' NAME_MEMO, a module's bound of a pure per-process memo (settings are passed, never read here)


def words_of(text: str, tokens: Sequence) -> list[Word]:
    """Whitespace words with the morphemes that overlap them. Several rules read the words of one
    sentence, so they are kept for the latest sentences (tokens are tuples; callers never change the list)."""
    return _words_of(text, tuple(tokens))


@functools.lru_cache(maxsize=64)
def _words_of(text: str, tokens: tuple) -> list[Word]:
    masked = PAREN_RE.sub(lambda m: " " * len(m.group(0)), text) if "(" in text or "（" in text else text
    starts = [t[2] for t in tokens]
    ends = [t[2] + t[3] for t in tokens]
    n, first, out = len(tokens), 0, []
    for m in WORD_RE.finditer(masked):
        start, end = m.span()
        while first < n and ends[first] <= start:
            first += 1
        last = first
        while last < n and starts[last] < end:
            last += 1
        toks = [tokens[i] for i in range(first, last) if ends[i] > start]
        if out and toks and all(t[1][0] == "J" for t in toks) and out[-1].particle is None \
                and ABBREVIATION_PAREN_RE.fullmatch(text, out[-1].end, start):
            before = out[-1]  # '유럽연합(EU)은': the particle right after the name's abbreviation is the name's own
            out[-1] = Word(before.start, before.end, before.text, before.tokens + toks)
            continue
        out.append(Word(start, end, text[start:end], toks))
    return out


@budget.table()
def particle_roles() -> dict[str, str]:
    """Particle -> the role it gives ('은' subject, '과' with, '을' object, '의' genitive), from the lexicon."""
    return {form: role for role, forms in lexicon("ko")["particles"].items() for form in forms}


def role_of(particle: str | None) -> str:
    return particle_roles().get(particle or "", "other")


@budget.table()
def title_table() -> dict[str, str]:
    return {form: office for form, office in reversed(titles())}


@functools.lru_cache(maxsize=4096)
def title_of(noun: str) -> tuple[str, str] | None:
    """The longest office title that ends `noun` ('외교부한반도평화교섭본부장' -> 한반도평화교섭본부장)."""
    table = title_table()
    for i in range(len(noun)):
        if noun[i:] in table:
            return noun[i:], table[noun[i:]]
    return None


def country_of_word(noun: str) -> str | None:
    """The first country a word names (moved to readout.lang.ko.country_words; kept here for callers)."""
    from readout.lang.ko import country_words  # load order: country_words loads after this module with `Korean`

    return country_words.country_of_word(noun)


def countries_of_word(noun: str) -> list[str]:
    """Countries a word names (moved to readout.lang.ko.country_words; kept here for callers)."""
    from readout.lang.ko import country_words  # load order: country_words loads after this module with `Korean`

    return country_words.countries_of_word(noun)


def multiword_country(ws: list[Word]) -> tuple[int, str] | None:
    """(index, code) of the first country name of two or three words among `ws` ('마셜 제도', '세인트키츠
    네비스'), matched as written: kiwi may split a name's first word into a noun and a particle."""
    names = geo.country_index()
    for i in range(len(ws) - 1):
        for n in (3, 2):
            if i + n <= len(ws):
                joined = " ".join([w.text for w in ws[i:i + n - 1]] + [ws[i + n - 1].noun])
                code = names.get(joined) or names.get(joined.replace(" ", ""))
                if code:
                    return i, code
    return None


@functools.lru_cache(maxsize=WORD_MEMO)  # asked of every word before a title
def is_org_word(noun: str) -> bool:
    """An organization or a country word ('외교부', '미국무부', '서울대'): never part of a person's name."""
    lex = lexicon("ko")
    if noun in org_names() or country_of_word(noun):
        return True
    if any(noun.startswith(c) and len(noun) > len(c) for c in lex["org_country_prefixes"]):
        return True
    if len(noun) >= 3 and any(noun.endswith(s) for s in lex["org_suffixes"]):
        return True
    return bool(len(noun) >= 3 and lookup_city(noun[:2]) and noun[2:] in lex["org_city_suffixes"])


def org_country(noun: str) -> str | None:
    """The state of a listed body in a title chain ('국무부 대변인' is American, 'NATO 사무총장' is NATO's)."""
    listed = by_surface("ko").get(noun)
    return listed[1] if listed else None


HOST_WORDS = ("주재",)
NAME_JOINERS = ("·", "ㆍ")  # the middle dots that join names in a headline  # '중국 주재': stationed in China, the host state of an embassy


@functools.lru_cache(maxsize=WORD_MEMO)
def country_in(noun: str) -> str | None:
    """The state a chain word names: a country word ('아르메니아', '북·미' gives its first), or one
    that opens an organization or title ('중국외교부', '미국대사'); '주한', '주미' name the host, not it."""
    code = country_of_word(noun)
    if code:
        return code
    names = geo.country_index()
    for i in range(min(len(noun) - 1, 12), 1, -1):
        if noun[:i] in names and (title_of(noun[i:]) or is_org_word(noun[i:])):
            return names[noun[:i]]
    return None


APPOSITIVE_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})  # a content noun; not a bound one ('방문 중인': 중/NNB)


def appositive(word: Word) -> bool:
    """(ko-acts31) '북한이 [서해 접경지역인] 섬에서 포를 쐈다', '[수도인] 도시에서': a noun with the copula's adnominal
    ending ('...인', kiwi: NNG + 이/VCP + ㄴ/ETM) names what the next noun is; it closes no relative clause whose
    subject the case-marked word before it would be. Read as one, the sentence's own subject of the act was set
    aside and a bare office opening the sentence was read as the voice just heard. A bound noun's copula ('방문
    중인': 중/NNB) keeps its relative clause ('[장관이 방문 중인] 도시': the minister visits)."""
    toks = [(form, tag.split("-")[0]) for form, tag, _s, _l in word.tokens]
    return len(toks) >= 3 and toks[-1][1] == "ETM" and toks[-2][1] == "VCP" and toks[-3][1] in APPOSITIVE_NOUN_TAGS
