"""The agent phrase after a Korean country word: '미얀마 반군은', '토고 정부 관계자는', '이란 군 당국은', '이란의 국방부는'.

`agent_chain` walks the agent and head nouns after the word (the agents table, a body's name, a portfolio inside a
title chain, a compound no table lists) to the phrase's particle and gives the sector of the last agent phrase; the
country's mention ends there (lang/ko/countries.find_countries).
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import kb, lexicon
from readout.lang.ko.agents import (CIVILIANS, PLURAL, agent_words, compound_sector, is_agent_word, modified_agent, people_plural,
                                    sector_of as agent_sector, stance_word)
from readout.lang.ko.country_tables import tables
from readout.lang.ko.country_words import countries_of_word
from readout.lang.ko.tags import PEOPLE_COUNTER
from readout.lang.orgs_common import by_surface, portfolios
from readout.sectors import ARMED_GROUP_SECTORS, ARMED_PEOPLE_SECTORS, PARTY_SIDE_SECTORS, STATE_FORCE_SECTORS
from readout.lang.ko.words import appositive


def joined_sector(noun: str, codes: list[str]) -> str | None:
    """The sector of an agent noun written in one word with the country (러시아군 MIL, 중국측 GOV). (accuse66) A
    demonym in the plural ('케냐인들', `demonym_suffixes_ko` + 들) names the state's people, CVL, as '케냐 국민들' and
    a person suffix in the plural do (`people_plural`)."""
    for n in range(len(noun) - 1, 0, -1):
        if tables().names.get(noun[:n]) in codes:
            if noun[n:] == PLURAL and noun[:n].endswith(tuple(kb().countries.demonym_suffixes_ko)):
                return CIVILIANS
            return agent_sector(noun[n:])
    return None


def agent_chain(words: list, skip: int, particle: str, sector: str | None) -> tuple[int, str, str | None]:
    """The agent nouns and head nouns after a country word without a particle ('미얀마 반군은', '토고 정부
    관계자는', '이란 군 당국은', '한미 양국은'): (index of the last word taken, its particle, the sector of
    the last agent phrase). Words inside a phrase carry no particle."""
    heads = lexicon("ko")["country_head_nouns"]
    owner = particle == "의"  # '이란의 국방부는', '태국의 헌법재판소는': the body right after the owner is its own
    if particle in LOCATED_PARTICLES and located_agent(words[skip + 1:]):
        skip, particle = skip + 1, ""  # kofollow66: '말리에 [있는] 반군은': the agent located in the state is its own
    start = skip
    while (not particle or owner) and skip + 1 < len(words):
        if closed_by_comma(words[skip]):
            break  # kofollow48: '가나군, 반군 거점 공격': the comma ends the headline's subject; the next noun is another
        if skip == start and not particle and (within_agent(words[skip + 1:]) or part_agent(words[skip + 1:])):
            skip += 1  # actors66: '말리 내 반군은', koactors68 '말리 북부의 반군은': the agent inside the state is its own
        brief = portfolio_words(words[skip + 1:]) if skip > start else 0
        rest = words[skip + 1 + brief:]
        agent = agent_words([unordered(x.noun) for x in rest]) if rest else None
        if brief and agent is None:  # '외무성 [미국 담당] 부상': the organ's own title, read across the portfolio
            joined = agent_words([words[skip].noun] + [unordered(x.noun) for x in rest])
            agent = (joined[0] - 1, joined[1]) if joined and joined[0] > 1 else None
        if agent is None and not owner:
            agent = compound_agent(rest)
        body = body_sector(rest[0].noun)
        group = named_armed_group(rest) if agent is None and not owner and not brief else None
        group = group or (named_party(rest) if agent is None and body is None and not brief and skip == start else None)
        if agent and joined_forces_before_group(sector, agent[1]):
            break  # kofix49: '가나군 반군 거점 공격': the state's forces, then the armed group they fight; koattack51:
            # also forces read as the chain's last agent ('칠레 정부군 반군 거점 공습')
        if agent and not any(x.particle for x in rest[:agent[0] - 1]):
            kept = sector if agent[0] == 1 and sector is not None and agent_people(rest) else None
            skip, sector = skip + brief + agent[0], kept or agent[1]
        elif brief:
            break  # a portfolio is only read before the office it qualifies
        elif group:
            skip, sector = skip + group[0], group[1]  # kofollow66: '레바논 헤즈볼라는': the state's armed group
        elif sector is not None and skip > start and agent_group(rest):
            skip += 1  # kofollow68b: '말리 내 민병대 [조직은]': the armed agent's own body keeps its sector
        elif body and not owner or body and rest[0].particle:
            skip, sector = skip + 1, body
        elif rest[0].noun in heads and not owner or skip > start and rest[0].noun in lexicon("ko")["member_share_nouns"]:
            skip += 1  # request59: '여당 의원 대다수는': a share of the agents just named acts as they would
        else:
            break
        if sector is not None and apposed_name(words, skip, sector):
            skip += 1  # groups54: '케냐의 야당인 [민주연합당은]': the name the agent noun says what it is
            owner, particle = False, words[skip].particle or ""
            continue
        if owner and words[skip].particle is None and agent_people(words[skip + 1:]):
            owner, particle = False, ""  # kofollow68b: '말리의 반군 [지도자들과]': the owner's agent's people
            continue
        if owner and words[skip].particle in (None, "의"):
            return skip - (agent[0] if agent else 1), "의", None  # '중국의 외교부 대변인의 ...': left as it was
        owner, particle = False, words[skip].particle or ""
    if (sector is not None or skip == start and demonym(words[skip].noun)) and not particle and skip + 1 < len(words):
        counted = head_count(words[skip + 1:])
        if counted:  # kofollow66: '케냐 국민 [수천 명이]', '케냐인 [수천 명이]': the count carries the agents' particle
            skip, sector = skip + counted, sector or CIVILIANS
            particle = words[skip].particle or ""
    return skip, particle, sector


def joined_forces_before_group(sector: str | None, after: str) -> bool:
    """(kofix49) Whether a state's forces joined in its word ('가나군', '말리군': sector MIL or COP passed in) stand before
    an armed group's noun (REB, UAF, ...): no state's forces hold an armed group of their own, so the group is another
    side ('가나군 반군 거점 공격', as with a comma: `closed_by_comma`); '가나군 대변인' keeps its chain. (koattack51) The
    same for forces read as an agent word of the chain ('칠레 [정부군] 반군 거점 공습': Chile's forces, not its rebels)."""
    return sector in STATE_FORCE_SECTORS and after in ARMED_PEOPLE_SECTORS - STATE_FORCE_SECTORS


def closed_by_comma(word) -> bool:
    """(kofollow48) Whether the word ends on a comma ('가나군,'): a headline's subject ends there, so no agent noun
    after it belongs to its chain ('가나군, 반군 거점 공격': the forces attack the rebels, not Ghana's rebels)."""
    return word.text.rstrip().endswith((",", "，"))


def agent_people(rest: list) -> bool:
    """(kofollow68b) Whether `rest` opens with a leaders' or representatives' noun (lexicon `agent_people_nouns`:
    '지도자들', '대표단', '지도부'): after an agent phrase ('말리 반군 [지도자들과]') they are that agent's people and
    keep its sector; read alone they name a state's leader or envoy."""
    return bool(rest) and rest[0].noun in lexicon("ko")["agent_people_nouns"] and not rest[0].has_verb


def agent_group(rest: list) -> bool:
    """(kofollow68b) Whether `rest` opens with a group or organization noun (lexicon `agent_group_nouns`: '조직',
    '단체', '집단'): after an agent phrase ('민병대 [조직은]') it is that agent's own body and keeps its sector."""
    return bool(rest) and rest[0].noun in lexicon("ko")["agent_group_nouns"] and not rest[0].has_verb


def demonym(noun: str) -> bool:
    """A state's name with a demonym suffix (`demonym_suffixes_ko`: '케냐인'): one of its people."""
    suffix = next((x for x in kb().countries.demonym_suffixes_ko if noun.endswith(x)), None)
    return suffix is not None and tables().names.get(noun[:-len(suffix)]) is not None


COUNT_TAGS = frozenset({"SN", "NR", "MM"})  # '200', '수천', '두'
COUNT_SUFFIX = ("여", "XSN")  # '200여 명': about
HEAD_COUNT_WORDS = 2  # '수천 명이', '3천여명이'


def head_count(rest: list) -> int:
    """(kofollow66) The words of a count of people right after an agent phrase ('국민 [수천 명이]', '시민 [200여 명이]',
    '관계자 [2명이]'): a number (digits or a numeral, with 여) and the person counter 명, the particle on the counter's
    word; 0 where the words are no such count ('수천 달러를')."""
    taken: list = []
    for n, word in enumerate(rest[:HEAD_COUNT_WORDS], 1):
        own = [t[:2] for t in word.tokens if t[1][0] != "J"]
        taken += own
        if not own or any(t[1] not in COUNT_TAGS and t != COUNT_SUFFIX and t != PEOPLE_COUNTER for t in own):
            return 0
        if word.particle or PEOPLE_COUNTER in own:
            break
    numbers = [t for t in taken if t[1] in COUNT_TAGS]
    return n if numbers and taken[-1] == PEOPLE_COUNTER and taken.index(PEOPLE_COUNTER) > taken.index(numbers[0]) else 0


GROUP_WORDS = 2  # words of a listed armed group's Korean name ('하카니 네트워크')


def named_armed_group(rest: list) -> tuple[int, str] | None:
    """(kofollow66) (words, sector) of a listed armed group named right after a country word ('레바논 [헤즈볼라는]',
    '아프간 [탈레반은]', '파키스탄 [탈레반은]'): an organization of organizations.yaml whose sector is an armed
    non-state one (REB, UAF), its name's words carrying no particle but the last. The state written before it is
    the group's (the Pakistani Taliban are Pakistan's), and the group's sector, not the state's government, acts."""
    table = by_surface("ko")
    for n in range(min(GROUP_WORDS, len(rest)), 0, -1):
        if any(x.particle for x in rest[:n - 1]):
            continue
        listed = table.get(" ".join(x.noun for x in rest[:n])) or table.get("".join(x.noun for x in rest[:n]))
        if listed and listed[2] in ARMED_PEOPLE_SECTORS:
            return n, listed[2]
    return None


def apposed_name(words: list, k: int, sector: str | None = None) -> bool:
    """(groups54, issue 14) Whether the agent word at `k` carries the copula's adnominal ('야당인', '반군 조직인': what
    the next noun is, lang/ko/words.appositive) and the next word is a party's or an armed group's name no table lists
    ('케냐의 야당인 [민주연합당은]', '말리 반군인 [사헬해방전선이]'): one side, the agent's sector and the name's particle.
    A common noun after the copula ('야당인 정당', '수도인 도시') is no name and ends the chain as before.
    (groups54b) So is a bare agent word of a party side or an armed group (`sector`: OPP, PTY, REB) written right
    before the name with no particle ('케냐 야당 [민주연합당은]', '야권 [민주연합당은]'): the word qualifies the name as
    English 'the opposition X Party' does; left out, the chain stopped at '야당' and the name's particle was lost, so
    the country word was no subject and a bare '정부를' after it read as the home government."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.unlisted_groups import group_word, party_word

    if k + 1 >= len(words) or words[k + 1].has_verb:
        return False
    bare = words[k].particle is None and not words[k].has_verb and sector in QUALIFYING_SIDE_SECTORS
    if not appositive(words[k]) and not bare:
        return False
    return party_word(words[k + 1].noun) or group_word(words[k + 1].noun)


# (groups54b) the sectors of a bare agent word that qualifies a party's or an armed group's name after it
QUALIFYING_SIDE_SECTORS = PARTY_SIDE_SECTORS | ARMED_GROUP_SECTORS


def named_party(rest: list) -> tuple[int, str] | None:
    """(groups54, issue 14) (1, PTY) where the word right after a country word, bare or in the genitive, is a party's
    name no table lists ('케냐 [민주연합당은]', '케냐의 [국민통합당] 대표는': lang/ko/unlisted_groups.party_word): the
    state written before a party is the party's, and the party, not the state's government, acts. (2, sector) after a
    party qualifier (lexicon ko `party_name_qualifiers`: '집권 국민통합당은' PTY, as English 'the ruling X party'). None
    otherwise."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.unlisted_groups import PARTY_SECTOR, party_word

    first = rest[0]
    qualified = lexicon("ko")["party_name_qualifiers"].get(first.noun)  # '케냐 [집권] 국민통합당은': the ruling party
    n, sector = (2, qualified) if qualified and len(rest) > 1 and not first.particle else (1, PARTY_SECTOR)
    name = rest[n - 1]
    if any(x.has_verb for x in rest[:n]) or not party_word(name.noun):
        return None
    if not name.particle and n < len(rest) and is_agent_word(rest[n].noun):
        return None  # '라오스 인민혁명당 [대표단을]': the party's body or people, read by the body readers as before
    return n, sector


LOCATED_PARTICLES = frozenset({"에"})  # '말리에 있는': where the agent is
LOCATED_STEMS = frozenset({"있"})  # the verb of being located ('있는', '있던')
ADNOMINAL_TAG = "ETM"


def located_agent(rest: list) -> bool:
    """(kofollow66) Whether the words after a country word in the locative are the adnominal of being located, with
    no particle, then an agent phrase ('말리에 [있는 반군은]', '니제르에 [있던 무장세력이]'): the agent is the state's own,
    as '말리 내 반군은' (`within_agent`). An outsider's agent ('말리에 있는 외국 군대') or another state's ('케냐에 있는
    미국 대사관') is only placed there."""
    if len(rest) < 2 or rest[0].particle or len(rest[0].tokens) != 2:
        return False
    (stem, stem_tag, *_), (_ending, ending_tag, *_) = rest[0].tokens
    if stem not in LOCATED_STEMS or stem_tag[:2] not in ("VV", "VA", "VX") or ending_tag != ADNOMINAL_TAG:
        return False
    if rest[1].noun in lexicon("ko")["located_outsider_words"] or countries_of_word(rest[1].noun):
        return False
    return agent_opens(rest[1:])


def within_agent(rest: list) -> bool:
    """(actors66) Whether the words after a country word are a word placing what follows inside it (lexicon
    `located_within_nouns`: '내') with no particle, then an agent phrase ('말리 내 반군은', '가나 내 경찰이')."""
    if not within_word(rest) or rest[1].noun in lexicon("ko")["located_outsider_words"]:
        return False  # '말리 내 외국 군대': an outsider's agent, placed there
    return agent_opens(rest[1:])  # '말리 내 이슬람 반군은'


def part_agent(rest: list) -> bool:
    """(koactors68) Whether the words after a country word are a part of it in the genitive (lexicon `state_part_nouns`:
    '북부의', '서부의'), then an agent phrase ('말리 북부의 반군은'): the agent is the state's, as '말리 내 반군은'. An
    outsider's agent placed there ('말리 북부의 외국 군대') is not."""
    if len(rest) < 2 or rest[0].noun not in lexicon("ko")["state_part_nouns"] or rest[0].particle != "의" \
            or rest[0].has_verb or rest[1].noun in lexicon("ko")["located_outsider_words"]:
        return False
    return agent_opens(rest[1:])


def within_word(rest: list) -> bool:
    """Whether the words after a country word open with a bare word placing what follows inside it (lexicon
    `located_within_nouns`: '내'), another word after it."""
    return len(rest) >= 2 and rest[0].noun in lexicon("ko")["located_within_nouns"] and not rest[0].particle \
        and not rest[0].has_verb


def agent_opens(words: list) -> bool:
    """Whether an agent phrase opens `words`, its words carrying no particle but the last ('이슬람 반군은')."""
    agent = agent_words([unordered(x.noun) for x in words]) or compound_agent(words)
    return agent is not None and not any(x.particle for x in words[:agent[0] - 1])


def outsiders_within(rest: list) -> bool:
    """(located66) Whether the words after a bare country word place an outsider's agents inside it ('말리 내 외국
    군대', lexicon `located_within_nouns` then `located_outsider_words`): the state is only where they are, no side of
    the act, as English 'foreign troops in Mali' (lang/en/act_placed_outsiders.py)."""
    return within_word(rest) and rest[1].noun in lexicon("ko")["located_outsider_words"]


PORTFOLIO_REACH = 2  # words of a portfolio before its marker ('아시아태평양 담당', '북미 협상 담당')
ORDINAL_RE = re.compile(r"제?[1-9](?=[가-힣])")  # '제1부상', '2차관': the rank among an organ's deputies


def portfolio_words(rest: list) -> int:
    """(koacts38) The words of a portfolio named inside a title chain after an organ ('외무성 [미국 담당] 부상',
    '외교부 [아시아 담당] 차관'): at most PORTFOLIO_REACH words without a particle, closed by a portfolio marker
    (lexicon `portfolio_markers`), with a word after it. A state named there is the office's business, not a
    side of the act; 0 when there is none."""
    markers = lexicon("ko")["portfolio_markers"]
    for n in range(1, PORTFOLIO_REACH + 1):
        if n >= len(rest) or rest[n - 1].particle or rest[n - 1].has_verb:
            return 0
        if rest[n].noun in markers and not rest[n].particle and n + 1 < len(rest):
            return n + 1
    return 0


def unordered(noun: str) -> str:
    """(koacts38) An office word without the ordinal that ranks it among the organ's deputies ('제1부상' -> '부상',
    '1차장' -> '차장'): the rank names the same office, and the agent table lists the office."""
    m = ORDINAL_RE.match(noun)
    return noun[m.end():] if m and len(noun) > m.end() + 1 else noun


def compound_agent(rest: list) -> tuple[int, str] | None:
    """(words, sector) of an agent phrase no table lists whole: a compound word ending in an agent noun
    ('연방경찰은') or one qualifying noun before one ('의류 노동자들은'), not a country word ('미국 중국 대사')."""
    compound = compound_sector(rest[0].noun)
    if compound:
        return 1, compound
    if countries_of_word(rest[0].noun) and not stance_word(rest[0]):  # '친이란 민병대': a stance, not a state's
        return None
    return modified_agent(rest) or placed_people(rest) or people_plural(rest)


def placed_people(rest: list) -> tuple[int, str] | None:
    """(actors58, issue 14) (words, sector) of the people of a place named in two proper nouns of one morpheme each,
    with no particle, before their group noun ('이스라엘 [요르단강 서안] 정착민들은', '미국 [뉴욕 브루클린] 주민들'): read
    as after a one-word place name (`modified_agent`: '이스라엘 서안 정착민들'), the state word before the place naming
    their state. Not a state's name as the second word ('미국 중국 대사관'), nor an office title (a name before it is a
    person's: `modified_agent` reads group nouns only after a name)."""
    if len(rest) < 3 or countries_of_word(rest[1].noun) \
            or not all(len(x.tokens) == 1 and x.tokens[0][1] == "NNP" and not x.particle for x in rest[:2]):
        return None
    found = modified_agent(rest[1:])
    return (found[0] + 1, found[1]) if found else None


def qualified(phrase: list) -> bool:
    """An agent phrase that holds a word no agent table lists: a qualifier before the agent ('의류 노동자들') or a
    compound ('연방경찰'). The clause reader walks only over listed agent words from a country to the phrase's
    particle, so such a phrase is part of the country's mention, as a body's name is."""
    heads = lexicon("ko")["country_head_nouns"]
    return any(not is_agent_word(w.noun) and w.noun not in heads for w in phrase)


def body_sector(noun: str) -> str | None:
    """The sector of a body whose name ends with a head noun of `body_heads_ko` ('헌법재판소' JUD,
    '최고국가안보회의' GOV, '중앙은행' GOV): the agent table's entry for the whole word first."""
    heads = kb().countries.body_heads_ko
    head = next((h for h in heads if noun.endswith(h) and len(noun) > len(h) or noun == h), None)
    return (agent_sector(noun) or heads[head]) if head else ministry_sectors().get(noun)


@budget.table()
def ministry_sectors() -> dict[str, str]:
    """(kofix47) Every portfolio's Korean ministry words (offices.yaml `ko_ministry`: '보건부', '교육부', '농업부',
    '통상부') with the portfolio's sector: a country word before a ministry of any portfolio names that state's
    ministry ('토고 보건부는', '가나 재무부를'), as the few ministries `body_heads_ko` lists always did; read so, the
    bare organ word no longer stands alone for the listed body of the reader's own state."""
    return {m: p.sector for p in portfolios().values() for m in p.ko_ministry}
