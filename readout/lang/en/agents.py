"""English agent nouns after a country word or as a party ("Syrian rebels", "the Afghan riot police",
"police arrested protesters"), looked up in the one agent table (kb/agents.py)."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.agents import lower_case_only_en, phrases, follower_links, followers, meeting_sectors
from readout.model import CountryMention
from readout.sectors import (ARMED_NOUN_SECTORS, NON_STATE_SECTORS, PARTY_SIDE_SECTORS, STATE_BODY_SECTORS,
                             STATE_FORCE_SECTORS)
from readout.kb.heads import person_state
from readout.kb.loader import parse
from readout.pattern_gates import CaseFreeGated
from readout.patterns import alternation

MAX_WORDS = 4  # the longest agent phrase looked up after a country word ("armed riot police officers")
WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z\-]*)")
# (actors57b) a word of an agent phrase with its possessive: the table's phrases that hold one ("people's assembly",
# "party's military wing", Phoenix PEOPLE'S_ASSEMBLY LEG) are read whole; elsewhere the possessive ends the phrase
PHRASE_WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z\-]*)(['’]s(?=\s))?")


def sector_of(phrase: str) -> str | None:
    """The sector of an agent phrase as written ("Rebels", "riot  police"), or None."""
    return phrases("en").get(" ".join(phrase.lower().split()))


@budget.table()
def first_words() -> frozenset[str]:
    """The first word of every agent phrase."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases("en"))


def agent_after(text: str, pos: int, named: bool = True) -> tuple[int, str] | None:
    """(end, sector) of the longest agent phrase of up to MAX_WORDS words starting at `pos` ("rebels",
    "riot police", "foreign ministry spokesman"), or after up to MAX_NAME_WORDS capitalized words that
    name the group ("Yemen's Houthi rebels", "Syrian Kurdish fighters": the noun says what they are); None
    when no agent phrase follows. Not `named`: the phrase itself only, right at `pos`."""
    first = WORD_RE.match(text, pos)
    if not first:
        return None
    if first.group(1).lower() not in first_words() and possessive_first(text, pos) not in first_words():
        # most words after a country word start no agent phrase
        return named_agent_after(text, first) if named and first.group(1)[:1].isupper() else None
    return phrase_at(text, pos)


def qualified_agent_after(text: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of an agent phrase right after one lower-case word qualifying it ('transitional government',
    'provincial police'), or None. Only the phrase itself: capitalized words after the lower-case one open another
    noun phrase, not a name inside this one ('Senegal met Malian rebels', 'Chad hosted Sudanese militias': the verb
    is no qualifier and the rebels are Mali's alone; enactors70)."""
    qualifier = QUALIFIER_RE.match(text, pos)
    return agent_after(text, qualifier.end(), named=False) if qualifier else None


def modified_agent_sector(text: str, pos: int) -> str | None:
    """(actors56) The sector of an agent noun after one lower-case noun modifying it, right after a country adjective
    ('a Greek shipping company', 'Kenyan oil firms', 'Thai tech lenders': BUS, the head's), as Phoenix reads a
    phrase by its head noun; None where the word between is a verb or participle ('-ed': 'a Kenyan accused police
    of'), a plural or a verb in -s ('Kenyans say police'), or no agent noun follows."""
    qualifier = QUALIFIER_RE.match(text, pos)
    if qualifier is None or qualifier.group(0).endswith(("ed", "s")):
        return None
    found = agent_after(text, qualifier.end(), named=False)
    return found[1] if found else None


# the country words coordinated after a first one (', Chadian and Malian', " and Peru's")
COORDINATED_WORDS_RE = re.compile(r"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w.'’-]*(?:['’]s)?)+")


def coordinated_agent_after(text: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of the agent phrase after the country words coordinated with the one ending at `pos`
    ('Senegalese and Chadian soldiers', "Chile's and Peru's judges"): the noun all of them modify, or None."""
    joined = COORDINATED_WORDS_RE.match(text, pos)
    return agent_after(text, joined.end(), named=False) if joined else None


POSSESSIVE_RE = re.compile(r"['’]s(?=\s)")  # a country word's possessive before its agent noun
QUALIFIER_RE = re.compile(r"\s+(?!(?:and|or|but|nor)\s)[a-z][a-z-]+(?=\s)")  # a lower-case word qualifying the agent noun after it
# (enmeet50) never a conjunction: "the Sudanese government and the opposition" are two parties, not one qualified noun


def party_after(text: str, end: int, qualified: bool = True) -> tuple[int, str] | None:
    """(end, sector) of what makes the country word ending at `end` a meeting's party, beyond the diplomatic
    groups the lexicon's state_group_re reads: an organized part of the state (kb/agents meeting_sectors: 'the
    Ecuadorian parliament', 'Colombian rebels', after a possessive "Ghana's generals"), also after one lower-case
    word qualifying it ('the Malian transitional government'), or an office title naming nobody ('the Argentine
    economy minister')."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.mentions import title_after

    owned = POSSESSIVE_RE.match(text, end)  # actors66: "Ghana's generals", "Chile's senators", as 'Chilean senators'
    at = owned.end() if owned else end
    agent = agent_after(text, at) or (qualified_agent_after(text, at) if qualified else None) \
        or coordinated_agent_after(text, at)
    if agent and agent[1] in meeting_sectors():
        return agent
    return title_after(text, end)


MAX_NAME_WORDS = 2  # capitalized words of a group's name between a country word and its agent noun


def named_agent_after(text: str, first: re.Match) -> tuple[int, str] | None:
    """The agent phrase after one or two capitalized words that start none ('Houthi rebels', 'Boko Haram
    militants'); the words must be the whole gap (no comma, no verb)."""
    at = first.end()
    for _ in range(MAX_NAME_WORDS):
        nxt = WORD_RE.match(text, at)
        if not nxt:
            return None
        if nxt.group(1).lower() in first_words():
            return phrase_at(text, at)
        if not nxt.group(1)[:1].isupper():
            return None
        at = nxt.end()
    return None


def possessive_first(text: str, pos: int) -> str | None:
    """The first word at `pos` with its possessive ("people's"), lower case; None where it has none."""
    m = PHRASE_WORD_RE.match(text, pos)
    return (m.group(1) + "'s").lower() if m and m.group(2) else None


def phrase_words(text: str, pos: int) -> list[re.Match]:
    """Up to MAX_WORDS words from `pos`; a word's possessive is kept only where a longer agent phrase goes on past it
    ("people's assembly"): the table holds such phrases whole, and any other possessive ends the phrase ("the Kenyan
    police's spokesman" reads 'police')."""
    words: list[re.Match] = []
    at = pos
    for _ in range(MAX_WORDS):
        m = PHRASE_WORD_RE.match(text, at)
        if not m:
            break
        words.append(m)
        if m.group(2):
            break
        at = m.end()
    if words and words[-1].group(2):
        owner = words[-1]
        tail: list[re.Match] = []
        at = owner.end()
        for _ in range(MAX_WORDS - len(words)):
            m = PHRASE_WORD_RE.match(text, at)
            if not m or m.group(2):
                break
            tail.append(m)
            at = m.end()
        stem = " ".join(w.group(1).lower() for w in words[:-1]) + " " * (len(words) > 1) + owner.group(1).lower() + "'s"
        if tail and any(" ".join([stem, *(w.group(1).lower() for w in tail[:k])]) in phrases("en")
                        for k in range(1, len(tail) + 1)):
            return words + tail
        words[-1] = WORD_RE.match(text, owner.start())
    return words


def word_text(m: re.Match) -> str:
    """A phrase word in lower case, with its possessive where it kept one."""
    return (m.group(1) + ("'s" if m.re is PHRASE_WORD_RE and m.group(2) else "")).lower()


def phrase_at(text: str, pos: int) -> tuple[int, str] | None:
    table = phrases("en")
    words = phrase_words(text, pos)
    for n in range(len(words), 0, -1):
        phrase = " ".join(word_text(w) for w in words[:n])
        if phrase in table and not name_adjective(words[:n]):
            if n < len(words) and table[phrase] in STATE_BODY_SECTORS and words[n].group(1).lower() in leaver_heads():
                return words[n].end(), table[words[n].group(1).lower()]  # 'army defectors': OPP, not the army
            return words[n - 1].end(), table[phrase]
    return None


def name_adjective(words: list[re.Match]) -> bool:
    """(enactor48) The phrase's head (its last word) is an agent in lower case only, here capitalized: the adjective
    of a proper name ('the Somali National Army'), not the people noun ('a Somali national'); a longer phrase it
    opens ('the National Assembly') keeps its reading."""
    head = words[-1].group(1)
    return head.lower() in lower_case_only_en() and not head.islower()


@budget.table()
def leaver_heads() -> frozenset[str]:
    """Nouns for those who left a state's body, after a word naming the body ('army deserters', 'military defectors',
    'government defector'): the Phoenix dictionary codes such a compound with the noun's own sector outside the state
    (NON_STATE_SECTORS: OPP), not the body's. Read off the table itself: a noun whose every listed compound after a
    state force's word ('army', 'military', 'navy') keeps the noun's non-state sector. Such a noun after any state
    body's word takes its own sector ('Syrian army defectors', 'police deserters', 'regime defectors'; enactors70).""" 
    table = phrases("en")
    found: dict[str, bool] = {}
    for phrase, sector in table.items():
        words = phrase.split(" ")
        if len(words) == 2 and table.get(words[0]) in STATE_FORCE_SECTORS and words[1] in table:
            found[words[1]] = found.get(words[1], True) and sector == table[words[1]] in NON_STATE_SECTORS
    return frozenset(w for w, ok in found.items() if ok)


BRACKET_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,3})\s*\($")


def bracket_sector(text: str, start: int, end: int) -> str | None:
    """The sector of the agent phrase before a country in brackets ('Police (Nigeria)' COP, 'Armed Rebel
    (Syria)' REB, 'Head of Government (Pakistan)' GOV: how coded event data writes an actor): the longest
    phrase of up to MAX_WORDS words ending at the bracket; None when none or no bracket."""
    if text[end:end + 1] != ")" or text[max(0, start - 1):start] != "(":
        return None
    m = BRACKET_BEFORE_RE.search(text, max(0, start - 60), start)
    if not m:
        return None
    words = m.group(1).lower().split()
    return next((phrases("en")[p] for n in range(len(words), 0, -1)
                 if (p := " ".join(words[-n:])) in phrases("en")), None)


@budget.table()
def peoples() -> dict[str, str]:
    """Peoples and regions inside one state ('Tigrayan', 'Bavarian', 'Crimean') -> the state of their home
    region: our own list (agents.yaml) over the region demonyms derived from ISO 3166-2 names
    (subdivisions_world.yaml)."""
    regions = parse("subdivisions_world.yaml", "SubdivisionsFile").demonyms
    return {**regions, **parse("agents.yaml", "AgentsFile").peoples_en}


@budget.table()
def shared_peoples() -> dict[str, frozenset[str]]:
    """Peoples whose homeland spans several states ('Kurdish': Iraq, Syria, Turkey, Iran) -> those states:
    such a word names no state by itself, only the one of them the phrase places it in."""
    return {w: frozenset(codes) for w, codes in parse("agents.yaml", "AgentsFile").peoples_shared_en.items()}


PLACED_RE = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?")


def placed_state(text: str, offset: int, end: int, states: frozenset[str], found: list) -> str | None:
    """The one state of `states` that a country mention names right after the phrase ending at `end`, after
    'in', 'from' or 'of' ('Kurdish fighters in Syria'), or None."""
    for c in found:
        at = c.start - offset
        if at >= end and len(c.codes) == 1 and c.codes[0] in states and PLACED_RE.fullmatch(text, end, at):
            return c.codes[0]
    return None


def fought_state(states: frozenset[str], found: list) -> str | None:
    """The one state of a shared people's `states` that the sentence names elsewhere, for the people's armed
    group ('Kurdish rebels attacked Turkish troops', 'Baloch militants ambushed a Pakistani convoy'): the state it
    fights in, as PLOVER codes an insurgency (the side of the state where it operates), where the sentence names
    that state's forces. None when it names none or several of them ('Kurdish fighters attacked Iranian and
    Turkish posts', 'Kurdish fighters condemned Turkey')."""
    codes = {c.codes[0] for c in found
             if len(c.codes) == 1 and c.codes[0] in states and c.sector in STATE_FORCE_SECTORS}
    return next(iter(codes)) if len(codes) == 1 else None


def people_sector(form: str, sector: str | None, text: str, end: int) -> str | None:
    """The sector of a people's word before an agent noun: an armed noun makes the people's side an armed
    group against its state ('Tigrayan forces', 'Kurdish fighters': REB, not the state's military); any
    other noun keeps its own ('Catalan police' COP). `sector` as the agent noun gave it."""
    if form not in peoples() and form not in shared_peoples():
        return sector
    noun = WORD_RE.match(text, end)
    armed = sector in ARMED_NOUN_SECTORS or (noun is not None and noun.group(1).lower() in armed_followers())
    return "REB" if armed else sector


@budget.table()
def armed_followers() -> frozenset[str]:
    return frozenset(n for n, s in followers("en").items() if s == "ARMED")


@budget.table()
def people_words() -> dict[str, tuple[str | None, frozenset[str] | None]]:
    """(speed46) Every people's or region's word -> (its state, or None; the states of a people of several, or None),
    `peoples` and `shared_peoples` in one table built once per knowledge: `people_mentions` asks one lookup per
    capitalized word of a sentence, not two tables each time."""
    table, shared = peoples(), shared_peoples()
    return {w: (table.get(w), shared.get(w)) for w in (*table, *shared)}


def people_mentions(text: str, offset: int, found: list) -> list:
    """A people's or region's word that is no country form ('Tigrayan fighters', 'Amhara militias', 'Bavarian
    officials') before an agent noun: that people's state, with `people_sector`; a people of several states
    ('Kurdish fighters') only where the phrase places it ('... in Syria'). Not inside a mention already found."""
    out: list = []
    words = people_words()
    for m in PEOPLE_WORD_RE.finditer(text):
        known = words.get(m.group(0))
        if known is None:
            continue
        code, states = known
        if any(c.start <= offset + m.start() < c.end for c in found) \
                or any(text[c.end - offset:m.start()].strip() in ("", "'s", "’s") for c in found
                       if offset <= c.end <= offset + m.start()):
            continue  # 'Syrian Kurdish fighters', 'Iraq's Kurdish fighters': the country word's agents
        agent = agent_after(text, m.end())
        sector = people_sector(m.group(0), agent[1] if agent else None, text, m.end())
        if sector is None:
            continue  # no agent noun after it: 'Kurdish' alone names no side
        if sector in PARTY_SECTORS and qualified_name(text, m.start()):
            continue  # groups53b: 'the opposition [Unity] Alliance party': a word of the party's name, no region
        if states is not None:  # a people of several states: only the state the phrase places it in
            code = placed_state(text, offset, agent[0] if agent else m.end(), states, found) \
                or (fought_state(states, found) if sector == "REB" else None)
            if code is None:
                continue
        out.append(CountryMention(offset + m.start(), offset + m.end(), [code], subject=True, sector=sector))
    return out


PARTY_SECTORS = PARTY_SIDE_SECTORS  # a party's or the opposition's noun after a people's word


def qualified_name(text: str, start: int) -> bool:
    """(groups53b, issue 14) The capitalized word at `start` opens a name after a domestic party qualifier ('the
    opposition [Unity] Alliance party', 'the ruling [Unity] party': lexicon en domestic_party_qualifiers): a party's
    name, whose words name no region or people of their own (Unity is also a South Sudanese state)."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.qualified_parties import qualifier_re

    return qualifier_re().search(text, 0, start) is not None


PEOPLE_WORD_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?![\w'’-])")


NAME_WORD = r"[A-ZÀ-Þ](?:[A-Za-zÀ-ÿ\-]|['’](?=[A-Za-z])(?!s\b))+"  # O'Brien, al-Sadr; never Haftar's
NAME_RUN = rf"{NAME_WORD}(?:\s+(?:(?:al|el|bin|ibn|de|da|del|van|von)\s+)?{NAME_WORD}){{0,3}}"


@budget.table()
def follower_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """('Haftar's forces', 'Maduro supporters') and ('forces loyal to Haftar', 'supporters of Maduro'): a name
    before a follower noun, and a follower noun, a link and a name (a title may open it: 'General X'). The gate
    (any follower noun as a word, case-free) is looked for first as the nouns' letters in the lower-cased
    sentence (`pattern_gates.CaseFreeGated`, speed46): most sentences hold none, and a case-free pattern is tried at
    every position of the sentence."""
    nouns = alternation(followers("en"))
    links = alternation(follower_links())
    before = re.compile(rf"(?<![\w'’.-])(?P<name>{NAME_RUN})(?:['’]s)?\s+(?P<noun>(?i:{nouns}))\b")
    after = re.compile(rf"\b(?P<noun>(?i:{nouns}))\s+(?:{links})\s+(?:the\s+)?(?P<name>{NAME_RUN})")
    gate = re.compile(rf"(?i:\b(?:{nouns})\b)")
    needs = sorted({n.lower() for n in followers("en")})
    return (CaseFreeGated(gate, needs) if needs and all(n.isascii() for n in needs) else gate), before, after


def follower_state(name: str) -> tuple[int, str, str] | None:
    """(offset of the words naming the person in `name`, state, armed sector): the whole run, or the run
    without its first words ('General Khalifa Haftar', 'Field Marshal Haftar'); a single word only when it is
    no ordinary capitalized word of English news (a title, month, country or body word: 'Islamic State')."""
    from readout.lang.en.mentions import stop_words  # cold start: not loaded with `English`, only on first use

    words = list(re.finditer(r"\S+", name))
    for i, w in enumerate(words):
        rest = name[w.start():]
        if " " not in rest and (rest in stop_words() or len(rest) < 3):
            continue
        found = person_state(rest)
        if found:
            return (w.start(), *found)
    return None


def follower_mentions(text: str, offset: int, found: list) -> list:
    """The state of a known person acting through the people who follow him ('Haftar's forces' LBY MIL,
    'forces loyal to Dagalo' SDN REB, 'Maduro supporters' VEN CVL): any person of the knowledge base or
    the world table (kb/heads.py person_state), with the sector the follower noun gives (ARMED: the
    person's armed side). The mention spans the noun and the name, so it is the clause's subject."""
    gate, *patterns = follower_patterns()
    out: list = []
    if not gate.search(text):
        return out

    nouns = followers("en")
    for pattern in patterns:
        for m in pattern.finditer(text):
            state = follower_state(m.group("name"))
            if state is None:
                continue
            at, code, armed = state
            start, end = min(m.start("noun"), m.start("name") + at), m.end()
            if any(c.start < offset + end and offset + start < c.end for c in found + out):
                continue
            sector = nouns[m.group("noun").lower()]
            out.append(CountryMention(offset + start, offset + end, [code], subject=True,
                                      sector=armed if sector == "ARMED" else sector))
    return out
