"""The word tests every Korean name reader shares: whether a word may be (part of) a person's name, the state a
word of a title chain names, and the chain's modifiers (a posting abroad, '주한'); the Hangul forms of the knowledge
base's people.

Why a module of their own: the title reader (`mentions`) and the reader of the name run before a title (`name_runs`)
both ask them, and so do the country finder (a name is no country word) and the summons reader (a posted envoy's
host): one definition, imported by each.
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.geo import lookup_city
from readout.kb.loader import kb
from readout.kb.names import looks_korean_name
from readout.lang.ko.calendar_words import calendar_words
from readout.lang.ko.words import Word, country_in, country_of_word, is_org_word, org_names, title_of


HANGUL_NAME_RE = re.compile(r"[가-힣]{1,6}")  # compiled once: asked of every word before a title
# a double surname or given name written by sound with a hyphen ('코시니아크-카미시'): parts of two syllables
# or more, so that a pair of states ('한-미', '한-폴란드') is never one
HYPHEN_NAME_RE = re.compile(r"[가-힣]{2,6}(?:-[가-힣]{2,6})+")
# a word of a foreign name written by sound may be longer than a word of Korean ('그르첼레프스키', '무르타자예바')
NAME_WORD_RE = re.compile(r"[가-힣]{1,8}")


@budget.table()
def kb_hangul_names() -> frozenset[str]:
    """Every Hangul form of a person the knowledge base lists."""
    return frozenset(f for p in kb().persons.values() for f in p.ko)


def name_like(word: Word) -> bool:
    noun = word.noun
    if noun and HYPHEN_NAME_RE.fullmatch(noun):
        return word.proper and not any(is_org_word(part) or title_of(part) for part in noun.split("-"))
    if not noun or not NAME_WORD_RE.fullmatch(noun) or org_word(word) or place_word(noun) or noun in calendar_words():
        return False  # '금요일': a calendar word is a time, never a name (lang/ko/calendar_words)
    if word.proper:
        return True
    single_nng = any(f == noun and t == "NNG" for f, t, _s, _l in word.tokens)
    return len(noun) == 3 and looks_korean_name(noun) and not single_nng


def org_word(word: Word) -> bool:
    """A word of a body or a state (`is_org_word`), unless it is a Korean name that only looks like one."""
    return is_org_word(word.noun) and not suffix_shaped_name(word)


KOREAN_NAME_SYLLABLES = 3  # surname + a given name of two syllables: the shape of nearly every Korean name


def suffix_shaped_name(word: Word) -> bool:
    """(konames47) '황준국 대사', '박영부 차관': a Korean name whose last syllable is also an office suffix (국, 청, 처,
    부; lexicon org_suffixes) was read as a body, its title went to nobody and a later '황 대사' to a namesake of
    another state. A name is three syllables opening with a surname (romanization.yaml), and kiwi reads its
    opening as a proper noun (황/NNP, 박영/NNP) that names no state, city or body; an office's name is a common
    noun or opens with one ('조달청', '조세'+'국'), and a listed body is never a name."""
    noun = word.noun
    if len(noun) != KOREAN_NAME_SYLLABLES or not looks_korean_name(noun) or noun in org_names() \
            or country_of_word(noun) or lookup_city(noun[:2]):
        return False
    first = next((t for t in word.tokens if t[2] >= word.start), None)
    if first is None or first[1] != "NNP" or first[2] != word.start or len(first[0]) >= len(noun):
        return False
    opening = first[0]
    return not (country_of_word(opening) or lookup_city(opening) or is_org_word(opening) or title_of(opening))


def place_word(noun: str) -> bool:
    """'뉴욕서' (뉴욕에서 in a headline): a city or a country with the headline's locative 서 is where something
    happens, never a name after a title ('외교장관, 뉴욕서 회의'). A bare city is not refused: '소피아', '조지아'
    are first names too."""
    stem = noun[:-1] if len(noun) > 2 and noun.endswith("서") else ""
    return bool(stem) and bool(lookup_city(stem) or country_of_word(stem))


def chain_modifier(noun: str, lex) -> bool:
    """A word that qualifies the office in a title chain and is never a name: a listed modifier ('신임', '주한') or
    the host of a post written 주 + the host state's name ('주이스라엘 EU 대사', '주튀르키예 러시아대사관'): the
    post is the sending state's; the host is where it sits, and no part of a name."""
    return noun in lex["chain_modifiers"] or posted_host(noun) is not None


def posted_host(noun: str) -> str | None:
    """The host state of a '주X' word (X a state's full Korean name: '주이스라엘' -> ISR), else None."""
    if len(noun) < 3 or not noun.startswith(POST_HOST_PREFIX):
        return None
    return country_of_word(noun[len(POST_HOST_PREFIX):])


POST_HOST_PREFIX = "주"  # 駐: '주이스라엘 대사' is the ambassador posted in Israel


def chain_country(word: Word) -> str | None:
    """The state a chain word names, but never a lone one-syllable bound noun: '방한 중 X 총리' is 'during the
    visit to Korea', not China (kiwi reads that 중 as NNB; the one-syllable forms stand for states only in the
    compounds that license them)."""
    if len(word.noun) == 1 and all(t[1] == "NNB" for t in word.tokens if t[1][0] != "J"):
        return None
    return country_in(word.noun)
