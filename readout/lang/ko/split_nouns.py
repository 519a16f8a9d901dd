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
- (koclause56) An agent noun with the additive particle 도 that kiwi reads as another noun ('볼리비아군도 페루 초소를
  공격했다' read 볼리비아/NNP 군도/NNG, the archipelago): a common noun written onto a state's name (not any
  place's: '갈라파고스군도' stays the islands) that is an agent noun
  of the table (군, MIL) followed by a particle of a state's name (ko.yaml state_fused_particles: 도), closing its word
  (nothing but punctuation after it), is that agent noun and its particle, so the clause reader sees the subject
  ('칠레 해군도 ...', which kiwi splits, was read so already). An archipelago keeps its particle after it ('필리핀
  군도의 섬', '군도에서') or is written apart from any state's name, and stays one noun.
lang/ko/sentences.split asks these of each sentence's morphemes.
"""
from __future__ import annotations
from readout.lang.ko.agents import sector_of
from readout.lang.ko.country_tables import tables
from readout.lang.ko.fused_names import fusable_states, state_particles
from readout.lang.ko.token_runs import Run, rewrite_runs

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

    def demonym_at(tokens: list, i: int) -> Run | None:
        if i + 3 < len(tokens) and tokens[i][1] == NAME and tokens[i][0] in names and tokens[i + 1][:2] == COPULA \
                and tokens[i + 2][1] == ADNOMINAL and tokens[i + 1][2] == tokens[i][2] + tokens[i][3] \
                and tokens[i + 2][2] == tokens[i + 1][2] and tokens[i + 3][1] in COUNT_TAGS \
                and tokens[i + 3][2] > tokens[i + 1][2] + 1:
            return [tokens[i], (PEOPLE_NOUN, NOUN, tokens[i + 1][2], 1)], 3
        return None

    return rewrite_runs(tokens, demonym_at)


def cut_agent_nouns(tokens: list) -> list:
    """The tokens with each one-syllable NNP + one-syllable NNB that open a word of their own and join into an agent
    noun with a sector ('장/NNP 군/NNB' -> 장군/NNG) read as that one noun."""
    return rewrite_runs(tokens, cut_agent_at)


def cut_agent_at(tokens: list, i: int) -> Run | None:
    """Tokens i, i+1 as the one agent noun they spell (`cut_pair`), or None."""
    if i + 1 < len(tokens) and cut_pair(tokens, i) and sector_of(tokens[i][0] + tokens[i + 1][0]):
        word = tokens[i][0] + tokens[i + 1][0]
        return [(word, NOUN, tokens[i][2], len(word))], 2
    return None


def cut_pair(tokens: list, i: int) -> bool:
    """Tokens i, i+1: a one-syllable proper noun opening its word and a one-syllable dependent noun written onto it."""
    (tag, pos, size), nxt = tokens[i][1:4], tokens[i + 1]
    opens = i == 0 or tokens[i - 1][2] + tokens[i - 1][3] < pos
    return tag == NAME and size == 1 and nxt[1] == BOUND and nxt[3] == 1 and nxt[2] == pos + 1 and opens


def additive_agents(tokens: list) -> list:
    """(koclause56) The tokens with each common noun that is an agent noun + a state's fused particle ('군도' after
    '볼리비아', closing its word) read as the agent noun (NNG) and the particle."""
    particles, states = state_particles(), fusable_states()

    def additive_at(tokens: list, k: int) -> Run | None:
        form, tag, pos, size = tokens[k]
        head, last = form[:-1], form[-1:]
        if tag == NOUN and size == len(form) > 1 and last in particles and sector_of(head) and k > 0 \
                and tokens[k - 1][0] in states and tokens[k - 1][2] + tokens[k - 1][3] == pos \
                and closes_word(tokens, k):
            return [(head, NOUN, pos, len(head)), (last, particles[last], pos + len(head), len(last))], 1
        return None

    return rewrite_runs(tokens, additive_at)


def closes_word(tokens: list, k: int) -> bool:
    """Token k ends its whitespace word: the next token starts after a gap, or is punctuation, or there is none."""
    end = tokens[k][2] + tokens[k][3]
    return k + 1 == len(tokens) or tokens[k + 1][2] > end or tokens[k + 1][1][0] == "S"
