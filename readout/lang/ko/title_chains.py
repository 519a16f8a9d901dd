"""The state and office a Korean title's chain gives its mention (from mentions.py, debt50): `fill_chain` reads the
words between a name and its title ('아르메니아 총리', '중국 외교부 대변인'): the office the title means in the chain's
first state (`set_office`, an organ's own office: `organ_office`), the role its particle gives, the state named
before the name when the chain names none (an organ or a copula description: 'B국 외교부 작전국장인 X'), and a Latin
alias in brackets after the name. `genitive_state` reads a state in the genitive before the chain ('X의 신임 총리').
Why a module of its own: mentions.py finds where a titled name stands; what its chain says of it is another
question, asked by the title, body and first-title readers alike.
"""
from __future__ import annotations

import re

from readout.kb.loader import kb, lexicon
from readout.kb.offices import office_for
from readout.lang.ko.name_runs import guarded_given_name
from readout.lang.ko.name_words import chain_country
from readout.lang.ko.words import (HOST_WORDS, Word, country_in, country_of_word, is_org_word, multiword_country,
                                   org_country, role_of, title_of)
from readout.model import RawMention


LATIN_ALIAS_RE = re.compile(r"^[(（]\s*([A-Z][A-Za-z.'\- ]{2,40})\s*[)）]")
CHAIN_GAP_RE = re.compile(r"\s+|[(（][^)）]*[)）]")
LIST_MARKS = ",，、"  # the marks that close one item of a list of titled names


def fill_chain(mention: RawMention, text: str, words: list[Word], j: int, hit: tuple[str, str], lex) -> None:
    chain_text = text[mention.name_end:mention.end]
    chain_words = [w for w in words if mention.name_end <= w.start < mention.end]
    set_office(mention, chain_text, hit, chain_words)
    mention.role = role_of(words[j].particle)
    if mention.country is None and mention.surface:
        mention.country = country_before(words, mention)
        mention.office = office_for(mention.office, mention.country)
    alias = LATIN_ALIAS_RE.match(text[mention.name_end:mention.name_end + 45])
    mention.alias = alias.group(1).strip() if alias else None


def set_office(mention: RawMention, chain_text: str, hit: tuple[str, str], chain_words: list[Word]) -> None:
    """Title, office, country and exclusion from the chain: the longest title the chain ends with,
    the first state it names (not a host state before 주재: '중국 주재 미국 대사' is American), and the
    office that title means in that state ('미국 국방장관' -> secretary_of_defense)."""
    chain_text = chain_text.rstrip().rstrip(LIST_MARKS)  # 'A 페루 국방부 장관, B ...': the list's comma is no part of it
    mention.title = chain_text.strip() or hit[0]
    flat = CHAIN_GAP_RE.sub("", chain_text)
    office = title_of(flat)
    mention.office = organ_office(chain_words, hit) or (office[1] if office else hit[1])
    for i, w in enumerate(chain_words):
        code = country_in(w.noun) or org_country(w.noun)
        hosted = i + 1 < len(chain_words) and chain_words[i + 1].noun in HOST_WORDS
        if code and not hosted:
            mention.country = code
            break
    multi = None if mention.country else multiword_country(chain_words)
    mention.country = mention.country or (multi[1] if multi else None) or kb().offices[mention.office].country
    mention.office = office_for(mention.office, mention.country)
    mention.excluded = kb().offices[mention.office].role == "excluded"


def organ_office(chain_words: list[Word], hit: tuple[str, str]) -> str | None:
    """'합참 작전본부장': a head noun with a word of its own before it ('작전'), after an organ: the organ's own office
    of that noun ('합참 본부장': the JCS's division head), not the bare noun's ('본부장': the peace envoy's)."""
    if len(chain_words) < 2 or chain_words[-1].noun == hit[0]:
        return None
    own = title_of(chain_words[-2].noun + hit[0])
    return own[1] if own and own[0] == chain_words[-2].noun + hit[0] else None


def country_before(words: list[Word], mention: RawMention) -> str | None:
    """'한국의 박진 장관', '일본의 하야시 외상': a country in the genitive just before the name; '칠레군 대변인인 X
    준장': the state of an office the name is described by with the copula (`described_state`)."""
    prev = [w for w in words if w.end <= mention.start]
    while prev and not prev[-1].particle and guarded_given_name(words, words.index(prev[-1])):
        prev = prev[:-1]  # kosubj49: '외교부의 [오만] 시사왓 대변인': the guarded first name is the person's
    if prev and prev[-1].particle == "의":
        return country_of_word(prev[-1].noun) or organ_state(prev)
    return described_state(prev) if prev else None


def genitive_state(words: list[Word], chain: list[int], j: int) -> str | None:
    """(koforeign70) '에스토니아의 신임 총리는', '라트비아의 외교 장관은': a title with no name, whose chain (modifiers and
    the title's own words) names no state, right after a state in the genitive: the office is that state's, as
    '에스토니아 신임 총리는' reads it without the particle. The chain words must all be modifiers or common words of
    the office (no name, no body); None otherwise."""
    first = chain[0] if chain else j
    if first == 0 or any(words[k].proper or is_org_word(words[k].noun) for k in chain):
        return None
    owner = words[first - 1]
    if owner.particle != "의" or owner.has_verb:
        return None
    code = country_of_word(owner.noun)
    return government_owner(words, first - 1) or (code if code and country_in(owner.noun) == code else None)


def government_owner(words: list[Word], at: int) -> str | None:
    """(actors60b) '칠레 정부의 국방장관은': the genitive is a state's government noun (lexicon `state_body_nouns`) right
    after the state's name, no particle between: the office is that state's, as '칠레의 국방장관은' reads it. Without
    this the bare '정부의' read as the home state's (a Korean paper's '정부' is Korea's), and the office with it."""
    if at == 0 or words[at].noun not in lexicon("ko")["state_body_nouns"]:
        return None
    state = words[at - 1]
    code = None if state.particle or state.has_verb else country_of_word(state.noun)
    return code if code and country_in(state.noun) == code else None


COPULA_ADNOMINAL = (("이", "VCP"), ("ᆫ", "ETM"))  # '대변인인': 'who is the spokesman'
DESCRIPTION_WORDS = 3  # words of the office phrase before the copula word ('페루 국방부 작전국장인')


def organ_state(prev: list[Word]) -> str | None:
    """kosubj49: '라오스 외교부의 X 대변인은': a state's organ in the genitive before the name ('외교부의', '국방부의',
    the state's word right before it, no particle between) is the person's employer, so its state is the person's."""
    if len(prev) < 2 or not is_org_word(prev[-1].noun) or prev[-2].particle:
        return None
    return country_of_word(prev[-2].noun)


def described_by_copula(word: Word) -> bool:
    """'...부부장인', '...대변인인': an office word closed by the copula's adnominal form, describing the name after it."""
    return tuple(tuple(t[:2]) for t in word.tokens[-2:]) == COPULA_ADNOMINAL


def described_state(prev: list[Word]) -> str | None:
    """'칠레군 대변인인 X 준장은', '페루 국방부 국장인 X 소장': a name after an office phrase closed by the copula's
    adnominal form is that office's holder, and a rank after the name names no state; the state is the one the
    phrase names (a country word or a body of one), within DESCRIPTION_WORDS words that carry no particle."""
    last = prev[-1]
    if tuple(tuple(t[:2]) for t in last.tokens[-2:]) != COPULA_ADNOMINAL or title_of(last.noun) is None:
        return None
    phrase: list[Word] = []
    for w in reversed(prev[-1 - DESCRIPTION_WORDS:-1]):
        if w.particle or w.has_verb:
            break
        phrase.insert(0, w)
    # the first state the phrase names, as in a title chain ('페루 국방부': Peru's, not the ministry's default state)
    return next((c for w in phrase if (c := chain_country(w))), None) \
        or next((c for w in phrase if (c := org_country(w.noun))), None)
