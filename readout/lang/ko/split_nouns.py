"""(koacts55b) Two nouns kiwi splits into morphemes that are no nouns, put back together before any reader sees them.

- A demonym before a count ('미얀마인 200명을 추방했다'): kiwi reads '미얀마인' as the state's name with the copula and
  its adnominal ending (미얀마/NNP 이/VCP ᆫ/ETM, 'who is Myanmar'), while before a count word ('미얀마인 수백 명') it
  reads 미얀마/NNP 인/NNG, the people. A copula's adnominal form written onto a state's name and followed by a count
  (digits or a number word, in the next word) describes nothing; it is the people noun 인, so the deportation reads
  private people deported (COERCE deport, ko_acts.yaml deportee_noun) as 'deported 200 Myanmar nationals' does.
  '그는 미얀마인이다' (the copula closing its own word, no count after) is read as before.
- A one-syllable agent noun cut in two ('장군을' read 장/NNP 군/NNB: the surname 장 and the dependent noun 군): a proper
  noun and a dependent noun of one syllable each, written as one word of their own, that together are a noun of
  the agent table with a sector ('장군' MIL) are that noun, so '케냐 경찰은 장군을 체포했다' holds a general (MIL) as
  'Kenyan police arrested a general' does, not the civilians' default.
lang/ko/sentences.split asks both of each sentence's morphemes.
"""
from __future__ import annotations
from readout.lang.ko.agents import sector_of
from readout.lang.ko.country_tables import tables

COPULA = ("이", "VCP")
ADNOMINAL = "ETM"
COUNT_TAGS = frozenset({"SN", "NR"})  # '200', '수백'
PEOPLE_NOUN = "인"
NOUN = "NNG"
NAME = "NNP"
BOUND = "NNB"


def demonyms_before_counts(tokens: list) -> list:
    """The tokens with each state's name + 이/VCP + ᆫ/ETM written as one word before a count read name + 인/NNG."""
    names = tables().names
    out, i, n = [], 0, len(tokens)
    while i < n:
        if i + 3 < n and tokens[i][1] == NAME and tokens[i][0] in names and tokens[i + 1][:2] == COPULA \
                and tokens[i + 2][1] == ADNOMINAL and tokens[i + 1][2] == tokens[i][2] + tokens[i][3] \
                and tokens[i + 2][2] == tokens[i + 1][2] and tokens[i + 3][1] in COUNT_TAGS \
                and tokens[i + 3][2] > tokens[i + 1][2] + 1:
            out += [tokens[i], (PEOPLE_NOUN, NOUN, tokens[i + 1][2], 1)]
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


def cut_agent_nouns(tokens: list) -> list:
    """The tokens with each one-syllable NNP + one-syllable NNB that open a word of their own and join into an agent
    noun with a sector ('장/NNP 군/NNB' -> 장군/NNG) read as that one noun."""
    out, i, n = [], 0, len(tokens)
    while i < n:
        if i + 1 < n and cut_pair(tokens, i) and sector_of(tokens[i][0] + tokens[i + 1][0]):
            word = tokens[i][0] + tokens[i + 1][0]
            out.append((word, NOUN, tokens[i][2], len(word)))
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def cut_pair(tokens: list, i: int) -> bool:
    """Tokens i, i+1: a one-syllable proper noun opening its word and a one-syllable dependent noun written onto it."""
    (tag, pos, size), nxt = tokens[i][1:4], tokens[i + 1]
    opens = i == 0 or tokens[i - 1][2] + tokens[i - 1][3] < pos
    return tag == NAME and size == 1 and nxt[1] == BOUND and nxt[3] == 1 and nxt[2] == pos + 1 and opens
