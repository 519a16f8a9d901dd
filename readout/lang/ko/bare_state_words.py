"""(kofix47) A short state name written as a word of its own, which kiwi split into pieces of other words before a
noun naming the state's people or a body of it: '가나 광부들이' read 가/NNG + 나/JC ('and'), '피지 교사들이' 피/VV + 지/EC
(to bloom), '기니 학생들은' 길/VA + 니/EC, '차드 보건부는' 차/NNG + 드/NNG, '통가 선관위는' 통/NNG + 가/NNG, and after a
week word '지난주 말리 정부는' 말/NNB + 리/NNG. Read back as the state's name (NNP), so the country reader sees the
state before its agent and the act reader its actor.

Why: kiwi's user words cover the names of three syllables or more (sentences.state_names); a two-syllable name is a
common word's or an ending's pieces as well, and kiwi prefers them before a noun. The pieces are read back only where
they make the whole word, exactly the name, with no particle (a name with its particle in one word is
split_names.rejoined_states'), and the next word opens with a noun a state's side is named by: an agent phrase
('광부들', '정부', '군'), a people plural ('유목민들'), a body ('보건부', '재무부', '외교부') or an office title ('총리'):
the words kiwi took them for stand before no such noun, or before a verb ('꽃이 피지 않았다', '어디 가나 사람들이')."""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.kb.loader import kb
from readout.lang.ko.tags import PLAIN_NOUN_TAGS
from readout.lang.ko.token_runs import Run, rewrite_runs
from readout.kb.agents import person_suffixes_ko
from readout.lang.ko.act_table import act_index
from readout.lang.ko.agent_chains import body_sector
from readout.lang.ko.agents import compound_sector, is_agent_word, sector_of
from readout.lang.ko.words import is_org_word, title_of

SHORT_NAME = 2  # syllables: longer names are kiwi's user words
PLURAL = "들"
JOINED_AGENT = 1  # syllables of an agent noun written onto a state's name ('가나군', '말리측')


@budget.table()
def short_state_names() -> frozenset[str]:
    """Every state's Korean forms of two syllables (CLDR's and the press's)."""
    return frozenset(f for c in kb().countries.countries if c.kind == "state" for f in c.ko
                     if f.isalpha() and len(f) == SHORT_NAME)


@budget.table()
def bare_name_re() -> re.Pattern:
    """A short state name opening a word, before another word or going on in its word ('가나군을'): the cheap test
    before the morphemes are read."""
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(sorted(short_state_names()))})[ 가-힣]")


def rejoined_bare_states(tokens: list, surface: str) -> list:
    """`tokens` (form, tag, start, length; offsets into `surface`, the sentence's text) with each whole word that is
    a short state's name, split by kiwi into two morphemes or more, before a word opening with a state's side noun,
    read back as (name, NNP)."""
    names = short_state_names()

    def bare_state_at(tokens: list, i: int) -> Run | None:
        start, n = tokens[i][2], len(tokens)
        word = surface[start:start + SHORT_NAME]
        if word not in names:
            return None
        j = i
        while j < n and tokens[j][2] < start + SHORT_NAME:
            j += 1
        if j - i >= 2 and tokens[j - 1][2] + tokens[j - 1][3] == start + SHORT_NAME and (
                whole_word(surface, start) and side_noun_after(tokens, j, surface)
                or word_opens(surface, start) and joined_agent_after(tokens, j, surface)):
            return [(word, "NNP", start, SHORT_NAME)], j - i
        return None

    return rewrite_runs(tokens, bare_state_at)


def whole_word(surface: str, start: int) -> bool:
    """The two syllables at `start` are a whole word: a space or the text's edge (or an opening mark) on both sides."""
    end = start + SHORT_NAME
    return word_opens(surface, start) and end < len(surface) and surface[end] == " "


def word_opens(surface: str, start: int) -> bool:
    """A word opens at `start`: the text's edge, a space or an opening mark before it."""
    return start == 0 or not surface[start - 1].isalnum()


def joined_agent_after(tokens: list, j: int, surface: str) -> bool:
    """(kofix48) The name goes on in its word with an agent noun of one syllable, which a state's name takes joined
    ('가나군을', read 가/NNG + 나/JC + 군/NNG + 을/JKO; `agents.sector_of`: 군 MIL, 측 GOV), the noun opening right after
    the name and ending the word or closed by a particle: the state's forces or side, as '가나군이' (가나/NNP + 군)
    reads. The words kiwi took the name's syllables for take no agent noun joined ('가나다', '말리는'), and a longer
    noun written onto them ('가나광부') is no name written with its agent."""
    if j >= len(tokens) or tokens[j][1] not in PLAIN_NOUN_TAGS or tokens[j][3] != JOINED_AGENT \
            or tokens[j][2] != tokens[j - 1][2] + tokens[j - 1][3]:
        return False
    end = tokens[j][2] + tokens[j][3]
    closed = j + 1 == len(tokens) or tokens[j + 1][2] > end or tokens[j + 1][1].startswith("J")
    return closed and sector_of(tokens[j][0]) is not None


def side_noun_after(tokens: list, j: int, surface: str) -> bool:
    """The word opening at token `j` starts with a noun run naming a state's side (`side_noun`)."""
    k = j
    while k < len(tokens) and (tokens[k][1] in PLAIN_NOUN_TAGS or tokens[k][1] == "XSN") \
            and (k == j or tokens[k][2] == tokens[k - 1][2] + tokens[k - 1][3]):
        k += 1
    if k == j:
        return False
    noun = surface[tokens[j][2]:tokens[k - 1][2] + tokens[k - 1][3]]
    return side_noun(noun)


@budget.table()
def owned_sites() -> frozenset[str]:
    """(koacts55) The sites of a state's forces that need no force word before them (ko_acts.yaml
    bare_military_site_noun: '초소', '기지'): after a state's name they are that state's ('토고군이 가나 초소에
    발포했다', read 가/VV + 나/EC, 'to go', before)."""
    return act_index().cue("bare_military_site_noun")


@functools.lru_cache(maxsize=4096)
def side_noun(noun: str) -> bool:
    """A noun a state's side is named by after its name: an agent phrase's first word or a compound agent ('광부들',
    '정부', '무장반군'), a plural of a person-suffixed noun ('유목민들'), a body ('재무부', '보건부', '중앙은행'), a
    listed organization's or ministry's word, an office title ('총리'), or (koacts55) a site of its forces ('초소')."""
    if sector_of(noun) or is_agent_word(noun) or compound_sector(noun) or body_sector(noun) \
            or is_org_word(noun) or title_of(noun) or noun in owned_sites():
        return True
    suffixes, exceptions = person_suffixes_ko()
    stem = noun.removesuffix(PLURAL)
    return stem != noun and len(stem) >= 2 and stem.endswith(suffixes) and stem not in exceptions
