"""Places standing for a state in English through an agent or a site: a large city or a region before an agent
noun or a title ("Texas police", "Kandahar officials"), an agent located in a place ("police in Kandahar"), a
military site in a place ("a naval base near Adre"), and a group of places qualifying an agent noun.

Why apart from `towns`: these read the agent noun, title or site around a place's name; `towns` reads the
place names themselves (its gazetteer, the person-name guard, a place acting before a verb).
"""
from __future__ import annotations

import re

from readout import budget
from readout.lang.en.agents import (PARTY_SECTORS, agent_after, coordinated_agent_after, follower_mentions,
                                    people_mentions, qualified_agent_after, qualified_name)
from readout.lang.en.common_word_places import is_common_word_place  # entowns49: 'Mobile police'
from readout.lang.en.bare_towns import state_named
from readout.lang.en.unlisted_groups import unlisted_group_mentions
from readout.lang.en.region_towns import qualifying_region
from readout.lang.en.country_bodies import NAME_BEFORE_RE
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE, forms_table, adjectives
from readout.lang.en.country_patterns import BASED_RE
from readout.lang.en.towns import (PLACE_RUN_RE, may_be_person, place_of, place_openings,
    proper_words, type_word_re, common_word_towns)
from readout.lang.en.word_runs import words_before
from readout.model import CountryMention
from readout.kb.agents import outsider_modifiers_en, phrases
from readout.kb.geo import country_index, metonym_index
from readout.kb.leaders import key, name_words
from readout.kb.loader import lexicon
from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.en.act_cue_filling import cues_of
from readout.lang.en.shared_cities import shared_cities
from readout.pattern_gates import CaseFreeGated
from readout.patterns import alternation


def place_agent_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A large city or a region before an agent noun or a title ("Texas police", "California Governor
    Gavin Newsom", "Kandahar officials", "the Punjab government", "Gaza-based militants") is that state's
    agent, as a country word before one is: the agent noun says the place acts, so no verb need follow. The longest place
    name at the start of a capitalized run is taken; the person-name guard of city_mentions applies."""
    # cold start: not loaded with the pipeline, only on first use
    from readout.lang.en.raid_hosts import raid_host_mentions

    if not PLACE_RUN_RE.search(text):
        return follower_mentions(text, offset, found)  # (no capitalized run: no people's word either)
    out: list[CountryMention] = []
    openings = place_openings()
    for m in PLACE_RUN_RE.finditer(text):
        words = m.group(1).replace("-", " ").split(" ")
        if words[0] not in openings:
            continue  # no place's name opens with its first word: none at any length
        for k in range(len(words), 0, -1):
            name = m.group(1)[:len(" ".join(words[:k]))]
            code = sentence_state(text, name, place_of(name))
            if code is None:
                continue
            start, end = m.start(1), m.start(1) + len(name)
            typed = type_word_re().match(text, end) if k == len(words) else None
            agent = place_agent_after(text, end, typed.end() if typed else end)
            end = typed.end() if typed else end  # 'Sumy region officials'
            if not agent or name in forms_table()[0] or may_be_person(words[:k]) \
                    or is_common_word_place(name) and not state_named(text, code) \
                    or any(c.start < offset + end and offset + start < c.end for c in found) \
                    or NAME_BEFORE_RE.search(text, max(0, start - 30), start) \
                    or agent[1] in PARTY_SECTORS and qualified_name(text, start):  # groups53b: 'the opposition
                break  # [Unity] Alliance party': a party's name, no region's party
            governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))
            out.append(CountryMention(offset + start, offset + end, [code], subject=not governed, sector=agent[1],
                                      town=True))  # places58b: 'Harrington police' after 'Mara Harrington': no town
            break
    out += group_place_mentions(text, offset, found + out)
    out += unlisted_group_mentions(text, offset, found + out)  # orgs52: a group no table lists, of the sentence's state
    out += agent_in_place_mentions(text, offset, found + out)
    out += site_in_place_mentions(text, offset, found + out)
    out += raid_host_mentions(text, offset, found + out)  # enplace47: 'a police raid on the X embassy in Riga'
    out += people_mentions(text, offset, found + out)  # 'Kurdish fighters'
    return out + follower_mentions(text, offset, found + out)


def sentence_state(text: str, name: str, code: str | None) -> str | None:
    """(enattack50, issue 14) The state of the place `name` before an agent noun as the sentence says it: a town named
    by an English word ('Van residents', common_words of towns_world.yaml) where the sentence names its state by a
    country form; of a name large cities of several states share ('Birmingham police'), the one sharing state the
    sentence names, which beats the index's most populous city (and the story's state); else `code`."""
    if code is None:
        town = common_word_towns().get(name)
        return town if town is not None and state_named(text, town) else None
    named = [c.country for c in shared_cities().get(name, ()) if state_named(text, c.country)]
    return named[0] if len(named) == 1 else code


def place_agent_after(text: str, name_end: int, end: int) -> tuple[int, str] | None:
    """(end, sector) of the agent phrase after a place's name ending at `name_end` (and its type word, ending at
    `end`): right after it ('Sumy region officials', 'Gaza-based militants'), or a type word that opens an agent
    phrase itself ('Texas state troopers'), or after one lower-case word saying the level of government, as
    after a country word ('Guangdong provincial authorities', 'Ontario provincial police'; lang/en/agents.py)."""
    based = BASED_RE.match(text, end)
    agent = agent_after(text, based.end() if based else end) or (agent_after(text, name_end) if end > name_end else None)
    return agent or qualified_agent_after(text, end) or coordinated_agent_after(text, end)


IN_PLACE_RE = re.compile(r" (?:in|near|outside) (?=[A-Z])")  # a literal first character: `re` skips to each
# " in "; ensubj46: people just outside a town ('villagers near Timbuktu') are of the town's state as those in it


def agent_before(text: str, end: int) -> tuple[int, str] | None:
    """(start, sector) of the longest agent phrase of up to four words ending at `end` ('police',
    'riot police', 'opposition supporters'), or None."""
    span = words_before(text, max(0, end - 60), end)  # AGENT_WORDS_BEFORE_RE's match, read backwards (speed46)
    if span is None:
        return None
    words = list(WORD_PART_RE.finditer(text, *span))
    table = phrases("en")
    for k in range(len(words)):
        phrase = " ".join(w.group(0).lower() for w in words[k:])
        if phrase in table:
            portfolio = PORTFOLIO_AND_RE.search(text, max(0, words[k].start() - PORTFOLIO_REACH), words[k].start())
            if portfolio is not None:  # actors57: 'the minister of trade and industry of X': the office's, not BUS
                return agent_before(text, portfolio.start())
            return words[k].start(), table[phrase]
    portfolio = PORTFOLIO_TAIL_RE.search(text, max(0, end - PORTFOLIO_REACH), end)
    return agent_before(text, portfolio.start()) if portfolio is not None else None  # actors57b: no agent noun in it


WORD_PART_RE = re.compile(r"[A-Za-z][A-Za-z\-]*")
# (actors57) the last noun of an 'of' portfolio coordinated with 'and' ('minister of trade and industry', 'ministry of
# labour and social affairs'): the phrase's head is the office before 'of', not the noun ('industry' BUS)
PORTFOLIO_AND_RE = re.compile(r"(?<=\w)\s+of\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
                              r"\s+and\s+(?:[a-z][a-z-]*\s+)?$")
# (actors57b) a whole coordinated 'of' portfolio that holds no agent noun ('minister of tourism and wildlife',
# 'ministry of lands and housing'), ending where the agent phrase should: the agent is the office before its 'of'
PORTFOLIO_TAIL_RE = re.compile(r"(?<=\w)\s+of\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
                               r"\s+and\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*\s*$")
PORTFOLIO_REACH = 50  # characters before the noun where the portfolio's 'of' may stand


def agent_in_place_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """An agent noun phrase located in (or near, outside) a city or region no country form names ("police in Ontario",
    "officials in Nairobi", "rebels in Michoacan", "opposition supporters in Lome"): the place's state acting
    through that agent, as "Texas police" reads (place_agent_mentions). The phrase must open its noun phrase:
    after a country word or a capitalized name ("Chinese officials in Hanoi", "Reuters reporters in Kyiv") the
    agent is that country's or that name's, and the place only says where they are. The mention spans the
    agent and the place, so it takes the agent's role in the clause. Nor after a word that makes the agent an
    outsider's ('Foreign officials in Haifa': kb/agents.py outsider_modifiers_en). (meet51b) Nor a non-government side
    met 'with' in a capital ('talks with the rebels in Havana', located_agents.partner_side_in_capital): the capital
    is where the talks are, as capital_as_place reads it since meet50b, so the side is the story's own state's."""
    # cold start: not loaded with the pipeline, only on first use
    from readout.lang.en.located_agents import partner_side_in_capital

    out: list[CountryMention] = []
    for m in IN_PLACE_RE.finditer(text):
        agent = agent_before(text, m.start())
        if agent is None:
            continue
        start, sector = agent
        before = re.search(r"([\w'’.-]+)\s*$", text[max(0, start - 30):start])
        if before and (before.group(1)[:1].isupper() and start - len(before.group(0)) > 0
                       or before.group(1).lower().rstrip("'’s") in adjectives_set()
                       or before.group(1).lower() in outsider_modifiers_en()) \
                or any(c.start < offset + m.end() and offset + start - 30 < c.end for c in found):
            continue
        place = PLACE_RUN_RE.match(text, m.end())
        if not place:
            continue
        words = place.group(1).replace("-", " ").split(" ")
        state, known = comma_state(text, place.end(1)), place_of(place.group(1))
        if state is None and known is not None:  # enattack50: 'police in Birmingham, Alabama': the region the writer
            state = qualifying_region(text, place.end(1))  # names beats the index's namesake
            known = None if state not in (None, known) else known
        if state is not None and known is None and place.group(1) not in country_index() \
                and not may_be_person(proper_words(place.group(1))):  # ensubj46: 'villagers near Zorgho, Burkina
            governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))  # Faso': a town no list
            out.append(CountryMention(offset + start, offset + place.end(1), [state], subject=not governed,  # knows,
                                      sector=sector))  # its state named after the comma
            continue
        for k in range(len(words), 0, -1):
            name = place.group(1)[:len(" ".join(words[:k]))]
            code = place_of(name)
            if code is None or name in country_index() or may_be_person(proper_words(name)):
                continue  # (a country's name after 'in' is read by the country forms)
            if name in metonym_index() and partner_side_in_capital(text, place.start(1)):
                break  # meet51b: 'held talks with the rebels in Havana': the talks' place, not the side's state
            end = place.start(1) + len(name)
            governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))
            out.append(CountryMention(offset + start, offset + end, [code], subject=not governed, sector=sector))
            break
    return out


@budget.table()
def site_in_place_re() -> re.Pattern:
    """A site of the armed forces ('military base', 'army outposts': the act lexicon's `military_site_modifiers` and
    `held_site_heads`) before 'in', 'near' or 'outside' and a capitalized place."""
    cues = cues_of(load_act_lexicon("en"))
    compiled = re.compile(rf"(?i:\b(?:{alternation(cues.military_site_modifiers)})\s+(?:{alternation(cues.held_site_heads)})"
                          r"\s+(?:in|near|outside)\s+)(?=[A-Z])")
    needs = sorted({m.lower() for m in cues.military_site_modifiers})  # (speed47) a sentence naming no modifier is
    # passed over in C: the case-free pattern was tried at every position of every sentence
    return CaseFreeGated(compiled, needs) if needs and all(n.isascii() for n in needs) else compiled


MILITARY = "MIL"  # the sector of a site of the armed forces
OWNER_GAP = 2  # characters between an owner's word and the site ('a Sudanese military base': one space)


def site_in_place_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """(ensubj46) A site of the armed forces in (near, outside) a town of a known state ('a military base in Adre', 'an
    army outpost near Zorgho, Burkina Faso'): the site is that state's forces' (MIL), as 'a Chadian military base'
    reads (act_military_sites): the mention spans the site and the town. A country's own name after 'in' is read by
    the country forms; a site with its owner named before it ('a Sudanese military base in X') keeps that owner."""
    out: list[CountryMention] = []
    for m in site_in_place_re().finditer(text):
        place = PLACE_RUN_RE.match(text, m.end())
        if not place or any(c.start <= offset + m.start() < c.end or offset + m.start() - OWNER_GAP < c.end <= offset + m.start()
                            for c in found):  # 'a Sudanese military base in X': its owner named right before it
            continue
        name = place.group(1)
        code = None if name in country_index() else place_of(name) or comma_state(text, place.end(1))
        if code is None or may_be_person(proper_words(name)):
            continue
        out.append(CountryMention(offset + m.start(), offset + place.end(1), [code], subject=False, sector=MILITARY))
    return out


COMMA_STATE_RE = re.compile(r",\s+((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)(?![\w'’-])")


def comma_state(text: str, end: int) -> str | None:
    """(ensubj46) The state a country's name after a comma names for the place ending at `end` ('Zorgho, Burkina
    Faso', 'Timbuktu, Mali'): a place and its state, as datelines and gazetteers write them; None otherwise."""
    m = COMMA_STATE_RE.match(text, end)
    if m is None:
        return None
    words, index = m.group(1).split(" "), country_index()
    names = (" ".join(words[:k]) for k in range(len(words), 0, -1))  # the longest first: 'Burkina Faso', not 'Burkina'
    return next((index[name] for name in names if name in index), None)


@budget.table()
def adjectives_set() -> frozenset[str]:
    """Lower-case country adjectives ('chinese'): an agent after one is that country's."""
    return frozenset(a.lower() for a in adjectives())


GROUP_RUN_RE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|in|de|del|la)\s+)*[A-Z][\w'’-]*)+")
GROUP_JOINERS = frozenset({"of", "for", "the", "and", "in", "de", "del", "la"})
MAX_PLACE_WORDS = 3  # a place inside a group's name spans at most this many words ('Nong Bua Lamphu')


@budget.table()
def group_heads() -> tuple[re.Pattern, frozenset[str]]:
    """The head words of an armed group's name (lexicon en `armed_group_heads`): a gate pattern over the
    sentence and the set of head words (a multi-word head's words too)."""
    heads = lexicon("en")["armed_group_heads"]
    return re.compile(rf"\b(?:{alternation(heads)})\b"), frozenset(w for h in heads for w in h.split())


def place_in_group(words: list[str]) -> str | None:
    """The one state of the places named inside a group's name (large city, region or town; the head
    words and joiners are not places), longest place first; None for none or two states."""
    _gate, heads = group_heads()
    codes: set[str] = set()
    named: list[str] = []  # one-word places that are also a person's name somewhere ('Aden', 'Abyan')
    used = [False] * len(words)
    for n in range(MAX_PLACE_WORDS, 0, -1):
        for i in range(len(words) - n + 1):
            window = words[i:i + n]
            if any(used[i:i + n]) or any(w in heads or w in GROUP_JOINERS for w in window):
                continue
            code = place_of(" ".join(window))
            if not code:
                continue
            if n == 1 and key(window[0]) in name_words():
                named.append(code)
            else:
                codes.add(code)
            used[i:i + n] = [True] * n
    if not codes and len(named) > 1:  # two such words of one state are places, not a person ('Aden Abyan')
        codes = set(named)
    return next(iter(codes)) if len(codes) == 1 else None


def group_place_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """An armed group named after a place ("the Karbala Brigades", "the Aden Abyan Islamic Army", "the
    Front for the Liberation of the Cabinda Enclave", "Barisan Revolusi Nasional Melayu Pattani" does
    not: no head word) acts for the state the place lies in, sector REB: a capitalized run holding a head
    word of `armed_group_heads` and the places of one state. Not a run a country form or another
    mention already covers ("the Sudan People's Liberation Army" keeps what the country form says)."""
    gate, heads = group_heads()
    if not gate.search(text):
        return []  # most sentences name no armed group
    out = []
    for m in GROUP_RUN_RE.finditer(text):
        words = m.group(0).split()
        if not heads.intersection(words) or any(c.start < offset + m.end() and offset + m.start() < c.end
                                                for c in found):
            continue
        code = place_in_group([w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in words])
        if code is None:
            continue
        start = m.start() + 4 if m.group(0).startswith("The ") else m.start()
        genitive = m.group(0).endswith(("'s", "’s", "'", "’"))
        end = m.end() - len(m.group(0)) + len(m.group(0).rstrip("'’s")) if genitive else m.end()
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(offset + start, offset + end, [code], genitive=genitive,
                                  subject=not genitive and not governed, sector="REB"))
    return out
