"""Korean agent nouns after a country word ("미얀마 반군은", "토고 정부 관계자는", "러시아군"), looked up in
the one agent table (kb/agents.py), where Korean office titles join them with their office's sector."""
from __future__ import annotations


from readout import budget
from readout.kb.agents import nouns_ko, phrases, followers, local_heads_ko, person_suffixes_ko
from readout.lang.ko.tags import PLAIN_NOUN_TAGS
from readout.sectors import ARMED_NOUN_SECTORS, STATE_FORCE_SECTORS
from readout.kb.geo import lookup_city
from readout.kb.loader import kb, parse
from readout.kb.names import looks_korean_name
from readout.lang.ko.words import role_of
from readout.model import CountryMention

MAX_WORDS = 4  # the longest agent phrase looked up after a country word


PLURAL = "들"  # '군인들', '경찰관들', '정부 관계자들': the plural of an agent phrase is the same agent


def sector_of(phrase: str) -> str | None:
    """The sector of an agent phrase, also one joined to a country name in one word (러시아'군', 중국'측'), and
    of its plural ('군인들')."""
    table = phrases("ko")
    found = table.get(phrase)
    if found is None and phrase.endswith(PLURAL) and len(phrase) > len(PLURAL):
        found = table.get(phrase[:-len(PLURAL)])
    return found


def agent_words(nouns: list[str]) -> tuple[int, str] | None:
    """(number of words, sector) of the longest agent phrase at the start of `nouns` (each a word's noun:
    ['정부', '관계자'] -> (2, GOV); ['군인들'] -> (1, MIL)); None when the first word starts none."""
    for n in range(min(len(nouns), MAX_WORDS), 0, -1):
        found = sector_of(" ".join(nouns[:n]))
        if found is not None:
            return n, found
    return None


MIN_COMPOUND = 2  # syllables of each part of a compound agent word ('연방'+'경찰', '무장'+'반군')


def compound_sector(noun: str) -> str | None:
    """The sector of one word that ends in a one-word agent noun after a stem of its own ('연방경찰' COP,
    '무장반군' REB, '연방검찰' JUD): Korean writes a body's or a group's qualifier in one word with its head,
    and the head says who acts. Both parts have two syllables or more (a one-syllable head such as 군 or 측 ends
    too many ordinary words), and the longest head wins. Asked only of a word right after a country word."""
    table = nouns_ko()
    noun = noun[:-len(PLURAL)] if noun.endswith(PLURAL) and noun[:-len(PLURAL)] not in table else noun
    for cut in range(MIN_COMPOUND, len(noun) - MIN_COMPOUND + 1):
        found = table.get(noun[cut:])
        if found is not None:
            return found
    return None


def modified_agent(rest: list) -> tuple[int, str] | None:
    """(words, sector) of an agent phrase after one qualifying common noun ('의류 노동자들', '석유 노동자들',
    '교원 노조'): Korean noun phrases are head-final, so the agent noun at the end names who acts and the
    noun before it only says which ones. The qualifier is one common noun of one morpheme: no particle, no
    verb, not a name (a person's name before a title is the person: '바이든 대통령'), not a compound (a body's
    own name, '인민혁명당 대표단', is the body's group and read as such by lang/ko/states.py); but a name
    (one proper noun, any length) before a city's or region's government or police is that place's
    ('르비우 시장', '할리스코 주지사': kb/agents.py local_heads_ko), and before a group noun of the agent files
    (not an office title, which a name before it makes a person's) the place's or group's people ('바이에른주
    관리들', '쿠르드족 전투원들')."""
    first = rest[0]
    if len(rest) < 2 or first.particle or first.has_verb:
        return None
    found = agent_words([x.noun for x in rest[1:]])
    if found is None:
        return None
    if len(first.tokens) == 1 and first.tokens[0][1] == "NNG" or stance_word(first):
        return found[0] + 1, found[1]
    phrase = " ".join(x.noun for x in rest[1:1 + found[0]])  # a place's or a group's name before its people
    group = phrase in nouns_ko() or phrase.endswith(PLURAL) and phrase[:-len(PLURAL)] in nouns_ko()
    return (found[0] + 1, found[1]) if (phrase in local_heads_ko() or group) and first.tokens[0][1] == "NNP" else None


STANCE_PREFIXES = ("친", "반")  # pro-, anti-: '친러 분리주의자들', '친이란 민병대', '반정부 무장세력'
DESCENT = ("계", "XSN")  # of X descent: '세르비아계'


def stance_word(w) -> bool:
    """A qualifier that says whom an agent supports or opposes ('친러', '친이란', '반정부'): the prefix and one noun.
    It says nothing of whose the agent is, which the country word before it says ('우크라이나 친러 분리주의자들'
    UKR: PLOVER codes an actor by where it is)."""
    toks = w.tokens
    if len(toks) == 2 and toks[1][:2] == DESCENT and toks[0][1] in PLAIN_NOUN_TAGS:
        return True  # '보스니아 세르비아계 지도자들': of a people's descent, the state before it holds them
    return len(toks) == 2 and toks[0][1] == "XPN" and toks[0][0] in STANCE_PREFIXES and toks[1][1] in PLAIN_NOUN_TAGS


CIVILIANS = "CVL"  # the sector of a state's people no agent table names ('유목민들': herders)
MAX_QUALIFIERS = 1  # common nouns that may stand before a people noun ('세관 직원들', '화물차 운전사들')


def people_plural(rest: list) -> tuple[int, str] | None:
    """(words, CVL) of a plural people noun no agent table lists ('유목민들', '세관 직원들', '민주화 운동가들'):
    a noun that ends in a person suffix (kb/agents.py person_suffixes_ko) and the plural 들, after at most one
    common noun qualifying it. Korean marks people so (-民, -員, -者, -家 ...) and the plural after a country
    word names its people; the common words ending in the same syllable ('국가들', '회사들') are excepted."""
    suffixes, exceptions = person_suffixes_ko()
    for n in range(1, MAX_QUALIFIERS + 2):
        if len(rest) < n or rest[n - 1].has_verb or any(x.particle for x in rest[:n - 1]):
            return None
        stem = rest[n - 1].noun.removesuffix(PLURAL)
        if stem != rest[n - 1].noun and len(stem) >= 2 and stem.endswith(suffixes) and stem not in exceptions \
                and all(t[1].startswith(("NNG", "XSN", "J")) for x in rest[:n] for t in x.tokens):
            return n, CIVILIANS
    return None


@budget.table()
def agent_word_set() -> frozenset[str]:
    """Every word of an agent phrase ('고위', '관리', '반군'): a noun phrase of a country word and these
    words names the country's agent, and its particle is the country's."""
    return frozenset(w for phrase in phrases("ko") for w in phrase.split())


def is_agent_word(noun: str) -> bool:
    return noun in agent_word_set() or (noun.endswith(PLURAL) and noun[:-len(PLURAL)] in agent_word_set())


def place_agent_mentions(offset: int, words: list, found: list) -> list:
    """A place right before an agent noun ('다르푸르 반군은', '돈바스 분리주의 세력은', '베이징 당국은', '도네츠크
    분리주의자들이'): the place's state acting through that agent (its sector), as English reads 'Darfur rebels'
    (lang/en/towns.py). The place is a city (GeoNames' Hangul names) or a place alias (places.yaml, regions that
    name armed groups); a word no country form already covers, without a particle, and the agent phrase's
    particle is the place's; a city in the genitive before its agent names it too ('예레반의 시위대는'). Why only
    before an agent noun: a place alone is where things happen."""
    from readout.lang.ko.agent_chains import agent_chain  # cycle: agent_chains imports this module
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.regional_heads import joined_head_mentions
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.market_sites import site_after_genitive
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.town_site_places import site_before_noun

    out = []
    for i, w in enumerate(words[:-1]):
        if (w.particle and w.particle != "의") or w.has_verb or not first_agent(words[i + 1].noun):
            continue  # most words: no agent noun after them ('다카의 대학생들은': the city's own people)
        entry = lookup_city(w.noun) if nominal(w) else None
        code = entry.country if entry is not None else region_word(w, words[i + 1:]) or people_state(w)
        states = shared_people_states(w) if code is None else None
        start, end = offset + w.start, offset + w.start + len(w.noun)
        if (code is None and not states) or any(c.start < end and start < c.end for c in found):
            continue
        last, particle, sector = agent_chain(words, i, "", None)
        if sector is None or site_before_noun(words, last, sector):
            continue  # towns48: '하르키우의 병원 공습', the town's hospital struck, no party
        if w.particle and last == i + 1 and site_after_genitive(words, last):
            continue  # kofix49: '라고스의 시장을 공격했다', the town's market, not its mayor
        if states:  # '쿠르드 반군은 ... 터키군을 공격했다': the one of the people's states the sentence names (en: fought_state)
            named = {c.codes[0] for c in found if len(c.codes) == 1 and c.codes[0] in states
                     and c.sector in STATE_FORCE_SECTORS}  # '터키군을': the state's forces, not '터키를 비난'

            if sector not in ARMED_NOUN_SECTORS or len(named) != 1 \
                    or any(0 <= start - c.end <= GENITIVE_GAP for c in found):
                continue  # '시리아의 쿠르드 민병대': the state before it places the group
            code, sector = named.pop(), "REB"
        if w.particle:  # the genitive city opens the agent's phrase, which carries the clause's particle
            end = offset + words[last].start + len(words[last].noun)
        role = role_of(particle)
        if entry is None and sector in ARMED_NOUN_SECTORS and people_state(w):
            sector = "REB"  # '티그라이 반군', '로힝야 무장세력': a people's armed side is a group against its state
        out.append(CountryMention(start, end, [code], genitive=particle == "의", subject=role == "subject",
                                  particle=particle or None, sector=sector))
    out += joined_head_mentions(offset, words, found + out)  # '경기도지사는', '텍사스주지사는'
    return out + follower_mentions(offset, words, found + out)


NOMINAL_TAGS = ("NNP", "NNG", "SL", "SH")


def nominal(w) -> bool:
    """The word is a noun before its particle: a place's name; an adverb or a determiner that GeoNames also
    spells as a town ('다만 당국은': however, not Daman) never is."""
    return all(tag in NOMINAL_TAGS or tag[0] in "JX" for _f, tag, _s, _l in w.tokens)


GENITIVE_GAP = 2  # characters between a country word and the people's word it owns ('시리아의 쿠르드': '의 ')
PEOPLE_SUFFIXES = ("족", "인")  # '위구르족', '로힝야인': the people's name with its noun of a people


@budget.table()
def peoples_ko() -> dict[str, str]:
    return dict(parse("agents.yaml", "AgentsFile").peoples_ko)


@budget.table()
def peoples_shared_ko() -> dict[str, frozenset[str]]:
    return {w: frozenset(c) for w, c in parse("agents.yaml", "AgentsFile").peoples_shared_ko.items()}


def shared_people_states(w) -> frozenset[str] | None:
    """The states of a people whose homeland spans several (agents.yaml peoples_shared_ko: '쿠르드' IRQ, SYR, TUR,
    IRN), bare or with 족 or 인: such a word names no state by itself."""
    if w.particle not in (None, "의"):
        return None
    table = peoples_shared_ko()
    return table.get(w.noun) or next((table[w.noun[:-len(x)]] for x in PEOPLE_SUFFIXES
                                      if w.noun.endswith(x) and w.noun[:-len(x)] in table), None)


def people_state(w) -> str | None:
    """The state of a people inside one state that a word names (agents.yaml peoples_ko: '위구르족' CHN, '로힝야'
    MMR), bare or with 족 or 인; as English reads 'Uyghur activists' (lang/en/agents.py people_mentions)."""
    if w.particle not in (None, "의"):
        return None
    table = peoples_ko()
    return table.get(w.noun) or next((table[w.noun[:-len(x)]] for x in PEOPLE_SUFFIXES
                                      if w.noun.endswith(x) and w.noun[:-len(x)] in table), None)


MIN_COMMON_REGION = 4  # syllables of a region's name with its type word that kiwi tagged a common noun


def region_word(w, rest: list) -> str | None:
    """The state of a foreign region a proper noun names ('바이에른주', '광둥성', '캘리포니아' before '주지사'): written
    with a region's type word joined, or bare before a region's office (countries.yaml subdivision_type_words_ko,
    subdivision_heads_ko), and heard as a region of the subdivision table (kb/region_sound.py). Why only so: a
    bare word is heard as a region nowhere else, and a common noun before 주 or 성 ('가능성', '이번주') is no name."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.kb.region_sound import region_by_sound

    if not w.tokens or w.particle not in (None, "의") or w.tokens[0][1] != "NNP" and (
            w.tokens[0][1] != "NNG" or len(w.noun) < MIN_COMMON_REGION):
        return None  # kiwi tags a rare region's name NNG at times ('후베이성'); two-syllable common nouns ('가능성') are no region
    c, exact = kb().countries, looks_korean_name(w.noun)  # '허난성' is Henan, '김민성' a person
    after = " ".join(x.noun for x in rest[:2])
    if any(after == h or after.startswith(h + " ") for h in c.subdivision_heads_ko):
        return region_by_sound(w.noun, exact)
    suffix = next((t for t in c.subdivision_type_words_ko if w.noun.endswith(t)), None)
    return region_by_sound(w.noun[:-len(suffix)], exact) if suffix else None


def follower_mentions(offset: int, words: list, found: list) -> list:
    """A known person's name right before a follower noun ('마두로 지지자들은' VEN CVL, '하프타르 세력은' LBY MIL):
    the person's state (kb/heads.py person_state) acting through the followers, with the noun's sector (ARMED:
    the person's armed side). The mention is the name and the follower words with their particle, so the
    followers, not the person named in it, are the clause's subject (the act reader drops a person's mention
    inside a longer agent phrase: pipeline/acts.py side_items)."""
    from readout.kb.heads import person_state  # cold start: not loaded with `Korean`, only on first use

    table = followers("ko")
    out = []
    for i, w in enumerate(words[:-1]):
        if w.particle or w.has_verb:
            continue
        n = next((n for n in (2, 1) if " ".join(x.noun for x in words[i + 1:i + 1 + n]) in table
                  and len(words[i + 1:i + 1 + n]) == n), 0)
        state = person_state(w.noun) if n else None
        if state is None:
            continue
        last = words[i + n]
        start, end = offset + words[i + 1].start, offset + last.start + len(last.noun)
        if any(c.start < end and start < c.end for c in found + out):
            continue
        start = offset + w.start  # the name inside the mention: the person's own mention gives way to it
        if any(c.start < end and start < c.end for c in found + out):
            continue
        sector = table[" ".join(x.noun for x in words[i + 1:i + 1 + n])]
        particle = last.particle
        out.append(CountryMention(start, end, [state[0]], genitive=particle == "의",
                                  subject=role_of(particle) == "subject", particle=particle or None,
                                  sector=state[1] if sector == "ARMED" else sector))
    return out


@budget.table()
def first_agent_words() -> frozenset[str]:
    """The first word of every Korean agent phrase ('반군', '분리주의', '정부')."""
    return frozenset(phrase.split()[0] for phrase in phrases("ko"))


def first_agent(noun: str) -> bool:
    return noun in first_agent_words() or (noun.endswith(PLURAL) and noun[:-len(PLURAL)] in first_agent_words())
