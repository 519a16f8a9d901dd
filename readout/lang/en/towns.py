"""Places and near-miss country words standing for a state in English: a large city or a region acting
("Haifa condemned", "Tatarstan said"), a town or an older spelling before a verb or an agent noun
("Entebbe said", "Calcutta officials", data/towns_world.yaml), a place before an agent noun ("Texas
police", "Kandahar officials"), and a word one edit from a country's name before an agent noun ("Sveden's
foreign ministry"), which the spelling guard (data/spelling_guard_en.yaml) keeps off English words.

Why a module of its own: these read places and spellings, not the country forms of
lang/en/countries.py; find_countries adds what they find where no country form covers it.
"""
from __future__ import annotations

import functools
import re

from readout.cache import disk_cached
from readout.kb.loader import kb
from readout.lang.en.agents import (agent_after, coordinated_agent_after, follower_mentions, people_mentions,
                                     qualified_agent_after)
from readout.lang.en.countries import (BASED_RE, GOVERNED_BEFORE_RE, NAME_BEFORE_RE, OWNER_GAP_RE, PLACE_BEFORE_RE,
                                       agent_sector, forms_table, guard_verb_re, is_possessive)
from readout.lang.en.word_runs import words_before
from readout.model import CountryMention

# the capital first and the lookbehinds after it (one character further back): `re` skips to the next capital
# a name's words may be joined by a Romance connecting word ('Rio de Janeiro', 'Mato Grosso do Sul')
JOIN = r"(?:[ -]|\s(?:de|do|da|del|dos|das)\s)"
CITY_RE = re.compile(r"([A-Z](?<![\w'’.-].)(?<![A-Z][a-z]\s.)[a-z]+(?:" + JOIN + r"[A-Z][a-z]+){0,2})(?=['’]s\b|\s+[a-z])")


CONNECTOR_RE = re.compile(r"(?<=\s)(De|Do|Da|Del|Dos|Das)(?=\s)")


def connectors_lowered(name: str) -> str:
    """A place's name with the Romance connecting words inside it in lower case, as the gazetteers write them:
    a headline's title case ('Vina Del Mar', 'Rio De Janeiro', 'Mato Grosso Do Sul') finds the place."""
    return CONNECTOR_RE.sub(lambda m: m.group(1).lower(), name) if " D" in name else name


@functools.lru_cache(maxsize=1)
def type_word_re() -> re.Pattern:
    """A lower-case region type word after a place's name ('the Sumy region', 'Jalisco state', 'the Kursk
    region's governor'): countries.yaml subdivision_type_words, as news writes them in running text."""
    words = sorted({w.lower() for w in kb().countries.subdivision_type_words if w[:1].isupper()}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def proper_words(name: str) -> list[str]:
    """The words of a place's name without a region type word after it ('Shan State' -> ['Shan']): the
    person-name guard asks about these."""
    words = name.split()
    return words[:-1] if len(words) > 1 and words[-1] in kb().countries.subdivision_type_words else words


def may_be_person(words: list[str]) -> bool:
    """Whether a place's name may be a person's ('Hamilton said', 'Fukushima officials'): one word that opens or
    ends a name of the world table; several words only when they are a known person's whole name. Why not
    each word of a longer name: 'Bac Ninh', 'Surat Thani', 'Gia Lai' are provinces, though 'Ninh', 'Thani'
    and 'Lai' each end some leader's name."""
    from readout.kb.leaders import index, key, name_words

    if len(words) == 1:
        return key(words[0]) in name_words()
    return key(" ".join(words)) in index()[0]


def city_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A large city or a region acting ("Haifa condemned", "Guangzhou's decision", "Tatarstan said";
    kb/geo.py, GeoNames and ISO 3166-2) stands for its state, as a capital does: only right before a verb of `guard_verbs_en` or a possessive, never after a place preposition
    ("talks in Haifa"), never inside a longer capitalized name, never a form already found, and never
    a place whose name may be a person's ("Hamilton said": may_be_person)."""
    from readout.kb.geo import lookup_city, subdivision_named

    out = []
    openings = place_openings()
    for m in CITY_RE.finditer(text):
        name, end, at = m.group(1), m.end(1), m.start(1)
        if name.startswith("The ") and place_of(name) is None:  # 'The Sumy region said' (but 'The Hague said')
            name, at = name[4:], at + 4
        if FIRST_WORD_RE.match(name).group(0) not in openings:
            continue  # (speed47) no city, region or town opens with its first word: none is looked up below
        start = offset + at
        typed = type_word_re().match(text, end)  # 'the Sumy region said': the region named by its city
        end = typed.end() if typed else end
        stop = offset + end
        genitive = is_possessive(text, end, name)
        verb = guard_verb_re().match(text, end)
        if not genitive and (not verb or verb.group(0).split()[0] in ("and", "is", "was") or group_noun(text, verb)):
            continue  # 'Indiana and Omaha are far', 'Haifa is a port': a place named, not acting
        key = connectors_lowered(name)
        city = lookup_city(key)
        code = city.country if city else subdivision_named(key) or town_of(key)
        words = proper_words(name)
        if code is None or name in forms_table()[0] or may_be_person(words) \
                or PLACE_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]) \
                or any(c.start < stop and start < c.end for c in found):
            continue
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(start, stop, [code], genitive=genitive,
                                  subject=not genitive and not governed))
    return out


FIRST_WORD_RE = re.compile(r"[^\s-]*")  # a run's first word: every name `city_mentions` looks up opens with it
# (`subdivision_named` joins the words before a type word by one space; `connectors_lowered` changes later words only)


def group_noun(text: str, verb: re.Match) -> bool:
    """'Gulf states urged ...', 'Gulf states, including X, said': the verb after the name is a plural noun (lexicon en
    `guard_verbs_as_nouns`) whose own verb (a guard verb or auxiliary) or a comma follows: the name qualifies a group
    of many, it does not act. 'Haifa states that ...' keeps its verb."""
    from readout.kb.loader import lexicon

    if verb.group(0).split()[0] not in lexicon("en")["guard_verbs_as_nouns"]:
        return False
    rest = text[verb.end():]
    return rest.lstrip().startswith(",") or bool(guard_verb_re().match(rest))


PLACE_RUN_RE = re.compile(r"(?<![\w'’.-])(?:The\s+)?([A-Z][a-z]+(?:" + JOIN + r"[A-Z][a-z]+){0,3})")


def place_of(name: str) -> str | None:
    """The state of a large city or a first-level region named `name` ('Shan State' too), or None: a city
    wins over a region of the same name, as city_mentions reads them. The two indexes are asked in turn,
    not merged into one table (building that table of 45,000 names cost a new process about 20 ms)."""
    from readout.kb.geo import city_index, subdivision_index, subdivision_named

    name = connectors_lowered(name)
    city = city_index().get(name)
    return ((city.country if city else subdivision_index().get(name))
            or (subdivision_named(name) if " " in name else None) or town_of(name))


@functools.lru_cache(maxsize=1)
def towns_file():
    """towns_world.yaml, read once for its three tables (names, positional, shared)."""
    from readout.kb.loader import parse

    return parse("towns_world.yaml", "TownsFile")


@functools.lru_cache(maxsize=1)
def towns() -> dict[str, str]:
    """Towns and smaller cities (and older or foreign spellings of large ones: 'Calcutta') -> their state
    (data/towns_world.yaml, GeoNames without English words and people's names). Read only where a large
    city would act: before a verb, a possessive or an agent noun ('Entebbe said', 'Dhahran officials')."""
    from readout.errors import DataFileError
    from readout.kb.geo import all_country_codes

    names = towns_file().names
    unknown = sorted(set(names.values()) - all_country_codes())
    if unknown:
        raise DataFileError(f"unknown country code {unknown[0]}", doc="towns_world.yaml")
    return names


def town_of(name: str) -> str | None:
    """The state of a town named `name` (towns_world.yaml), or None."""
    return towns().get(name)


@functools.lru_cache(maxsize=1)
def positional_towns() -> dict[str, str]:
    """(enplace47) Towns whose names are also people's words or three letters long ('Sabha', 'Abu Ghraib'): read only
    right after a plain place preposition (lang/en/bare_towns.py), towns_world.yaml `positional`."""
    from readout.errors import DataFileError
    from readout.kb.geo import all_country_codes

    names = towns_file().positional
    unknown = sorted(set(names.values()) - all_country_codes())
    if unknown:
        raise DataFileError(f"unknown country code {unknown[0]}", doc="towns_world.yaml")
    return names


@functools.lru_cache(maxsize=1)
def shared_towns() -> dict[str, tuple[str, ...]]:
    """(enplace47) Town names towns of several states share ('Gao': Burkina Faso, Mali) -> those states, towns_world.yaml
    `shared`: read only after a plain place preposition where the sentence names one of them (lang/en/bare_towns.py)."""
    from readout.errors import DataFileError
    from readout.kb.geo import all_country_codes

    names = towns_file().shared
    unknown = sorted({c for codes in names.values() for c in codes} - all_country_codes())
    if unknown:
        raise DataFileError(f"unknown country code {unknown[0]}", doc="towns_world.yaml")
    return {name: tuple(codes) for name, codes in names.items()}


@functools.lru_cache(maxsize=1)
@disk_cached("en-place-openings")
def place_openings() -> frozenset[str]:
    """(speed71) The first word (to a space or a hyphen) of every name `place_of` finds: a large city, a region, a
    town. A capitalized run opening with none of them names no place at any of its lengths, since every name tried
    opens with the run's first word (`connectors_lowered` and a region's type word change later words only): two runs
    in three are passed over without a lookup per length. Built once per knowledge (64,000 words), kept on disk."""
    from readout.kb.geo import city_index, subdivision_index

    return frozenset(OPENING_WORD_RE.split(name, maxsplit=1)[0] for index in (city_index(), subdivision_index(), towns())
                     for name in index)


OPENING_WORD_RE = re.compile(r"[ -]")  # where a run's words part (`place_agent_mentions` splits the same way)


def place_agent_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A large city or a region before an agent noun or a title ("Texas police", "California Governor
    Gavin Newsom", "Kandahar officials", "the Punjab government", "Gaza-based militants") is that state's
    agent, as a country word before one is: the agent noun says the place acts, so no verb need follow. The longest place
    name at the start of a capitalized run is taken; the person-name guard of city_mentions applies."""
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
            code = place_of(name)
            if code is None:
                continue
            start, end = m.start(1), m.start(1) + len(name)
            typed = type_word_re().match(text, end) if k == len(words) else None
            agent = place_agent_after(text, end, typed.end() if typed else end)
            end = typed.end() if typed else end  # 'Sumy region officials'
            if not agent or name in forms_table()[0] or may_be_person(words[:k]) \
                    or any(c.start < offset + end and offset + start < c.end for c in found) \
                    or NAME_BEFORE_RE.search(text, max(0, start - 30), start):
                break
            governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))
            out.append(CountryMention(offset + start, offset + end, [code], subject=not governed, sector=agent[1]))
            break
    out += group_place_mentions(text, offset, found + out)
    out += agent_in_place_mentions(text, offset, found + out)
    out += site_in_place_mentions(text, offset, found + out)
    out += raid_host_mentions(text, offset, found + out)  # enplace47: 'a police raid on the X embassy in Riga'
    out += people_mentions(text, offset, found + out)  # 'Kurdish fighters'
    return out + follower_mentions(text, offset, found + out)


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
    from readout.kb.agents import phrases

    span = words_before(text, max(0, end - 60), end)  # AGENT_WORDS_BEFORE_RE's match, read backwards (speed46)
    if span is None:
        return None
    words = list(WORD_PART_RE.finditer(text, *span))
    table = phrases("en")
    for k in range(len(words)):
        phrase = " ".join(w.group(0).lower() for w in words[k:])
        if phrase in table:
            return words[k].start(), table[phrase]
    return None


WORD_PART_RE = re.compile(r"[A-Za-z][A-Za-z\-]*")


def agent_in_place_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """An agent noun phrase located in (or near, outside) a city or region no country form names ("police in Ontario",
    "officials in Nairobi", "rebels in Michoacan", "opposition supporters in Lome"): the place's state acting
    through that agent, as "Texas police" reads (place_agent_mentions). The phrase must open its noun phrase:
    after a country word or a capitalized name ("Chinese officials in Hanoi", "Reuters reporters in Kyiv") the
    agent is that country's or that name's, and the place only says where they are. The mention spans the
    agent and the place, so it takes the agent's role in the clause. Nor after a word that makes the agent an
    outsider's ('Foreign officials in Haifa': kb/agents.py outsider_modifiers_en)."""
    from readout.kb.agents import outsider_modifiers_en
    from readout.kb.geo import country_index

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
        state = comma_state(text, place.end(1))
        if state is not None and place_of(place.group(1)) is None and place.group(1) not in country_index() \
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
            end = place.start(1) + len(name)
            governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))
            out.append(CountryMention(offset + start, offset + end, [code], subject=not governed, sector=sector))
            break
    return out


@functools.lru_cache(maxsize=1)
def site_in_place_re() -> re.Pattern:
    """A site of the armed forces ('military base', 'army outposts': the act lexicon's `military_site_modifiers` and
    `held_site_heads`) before 'in', 'near' or 'outside' and a capitalized place."""
    from readout.lang.act_lexicon import load_act_lexicon
    from readout.lang.en.act_cues import cues_of
    from readout.patterns import CaseFreeGated, alternation

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
    from readout.kb.geo import country_index

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
    from readout.kb.geo import country_index

    m = COMMA_STATE_RE.match(text, end)
    if m is None:
        return None
    words, index = m.group(1).split(" "), country_index()
    names = (" ".join(words[:k]) for k in range(len(words), 0, -1))  # the longest first: 'Burkina Faso', not 'Burkina'
    return next((index[name] for name in names if name in index), None)


@functools.lru_cache(maxsize=1)
def adjectives_set() -> frozenset[str]:
    """Lower-case country adjectives ('chinese'): an agent after one is that country's."""
    from readout.lang.en.countries import adjectives

    return frozenset(a.lower() for a in adjectives())


GROUP_RUN_RE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|in|de|del|la)\s+)*[A-Z][\w'’-]*)+")
GROUP_JOINERS = frozenset({"of", "for", "the", "and", "in", "de", "del", "la"})
MAX_PLACE_WORDS = 3  # a place inside a group's name spans at most this many words ('Nong Bua Lamphu')


@functools.lru_cache(maxsize=1)
def group_heads() -> tuple[re.Pattern, frozenset[str]]:
    """The head words of an armed group's name (lexicon en `armed_group_heads`): a gate pattern over the
    sentence and the set of head words (a multi-word head's words too)."""
    from readout.kb.loader import lexicon
    from readout.patterns import alternation

    heads = lexicon("en")["armed_group_heads"]
    return re.compile(rf"\b(?:{alternation(heads)})\b"), frozenset(w for h in heads for w in h.split())


def place_in_group(words: list[str]) -> str | None:
    """The one state of the places named inside a group's name (large city, region or town; the head
    words and joiners are not places), longest place first; None for none or two states."""
    from readout.kb.leaders import key, name_words

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


MISSPELT_RE = re.compile(r"[A-Z](?<![\w'’.-].)[a-z]{5,}(?=['’]s\b|[^\w'’-]|$)")
SPELLING_MIN_LETTERS = 6  # shorter names are a letter away from too many words (Iran/Iraq, Mali/Bali)


@functools.lru_cache(maxsize=1)
@disk_cached("spelling-index")
def deletion_index() -> dict[str, frozenset[str]]:
    """Each one-word country name or adjective of SPELLING_MIN_LETTERS letters or more, and each form of it
    with one letter deleted -> the codes (a symmetric-delete index: two words within one edit, a
    transposition included, share a key). Names and adjectives only: a word one edit from another
    language's name of a country (the variants, thousands of them) is far more often a name of its own."""
    from readout.kb.geo import country_index

    index: dict[str, set[str]] = {}
    for form, code in country_index().items():
        if len(form) < SPELLING_MIN_LETTERS or not form.isalpha() or not form[:1].isupper():
            continue
        for k in {form, *(form[:i] + form[i + 1:] for i in range(1, len(form)))}:
            index.setdefault(k, set()).add(code)
    return {k: frozenset(v) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def spelling_guard() -> frozenset[str]:
    """English words one edit from a country form ('Liberal' ~ Liberia): data/spelling_guard_en.yaml."""
    from readout.kb.loader import parse

    return frozenset(parse("spelling_guard_en.yaml", "SpellingGuardFile").words)


@functools.lru_cache(maxsize=4096)
def misspelt_code(word: str) -> str | None:
    """The one state whose name or adjective `word` is one edit away from, keeping its first letter
    ('Sveden', 'Tiawanese', 'Kazakstani'), or None (none, or two: 'Gambia'/'Zambia')."""
    index = deletion_index()
    codes: set[str] = set()
    for k in {word, *(word[:i] + word[i + 1:] for i in range(1, len(word)))}:
        codes |= index.get(k, frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def acting_verb(text: str, end: int) -> bool:
    """A verb of `guard_verbs_en` right after `end`, other than the auxiliaries and 'said' ('Isreal
    condemned', not 'Greene said', 'Turkye is')."""
    verb = guard_verb_re().match(text, end)
    return bool(verb) and verb.group(0).split()[0] not in ("and", "is", "was", "has", "had", "have", "will",
                                                            "would", "said", "says", "say")


def typo_of(word: str, code: str) -> bool:
    """`word` is a typing slip of a name or adjective of `code`: one letter left out, one added, or two
    neighbours swapped ('Isreal', 'Grecce', 'Cyrpus'). Not a changed letter: 'Greene', 'Kenyon', 'Serbin'
    are surnames one letter from a country, and a surname before a verb is the usual case."""
    from readout.kb.geo import country_index

    for form, owner in country_index().items():
        if owner != code or abs(len(form) - len(word)) > 1 or form[:1] != word[:1]:
            continue
        if len(form) == len(word):
            diff = [i for i, (a, b) in enumerate(zip(form, word)) if a != b]
            if len(diff) == 2 and diff[1] == diff[0] + 1 and form[diff[0]] == word[diff[1]] \
                    and form[diff[1]] == word[diff[0]]:
                return True
        else:
            short, long_ = sorted((form, word), key=len)
            if any(long_[:i] + long_[i + 1:] == short for i in range(len(long_))):
                return True
    return False


def misspelled_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A capitalized word one edit from a country's name before an agent noun or title ("Sveden's
    foreign ministry", "Tiawanese officials"): a misspelt country, which the agent noun says acts; or a
    typing slip of one before an act verb ("Isreal condemned": typo_of, acting_verb). Not a
    word that is an English word (spelling_guard: 'Liberal officials'), a person's name somewhere
    (kb/leaders.py), a city, a town or a region, and not without the agent noun: "Greene said" is a person."""
    from readout.kb.leaders import key, name_words

    out = []
    for m in MISSPELT_RE.finditer(text):
        word = m.group(0)
        code = misspelt_code(word)  # a few dictionary hits: most words are near no country and end here
        if code is None or word in forms_table()[0]:
            continue
        sector = agent_sector(text, m.end())
        if sector is None and not agent_after(text, (OWNER_GAP_RE.match(text, m.end()) or m).end()) \
                and not (acting_verb(text, m.end()) and typo_of(word, code)):
            continue
        if word in spelling_guard() or key(word) in name_words() or place_of(word) \
                or any(c.start < offset + m.end() and offset + m.start() < c.end for c in found):
            continue
        genitive = is_possessive(text, m.end(), word)
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(offset + m.start(), offset + m.end(), [code], genitive=genitive,
                                  subject=not genitive and not governed, sector=sector))
    return out
