"""English country mentions in a sentence: names, short names, adjectives and demonyms of every country
and territory ("North Korea's", "Filipino", "Emirati"), international bodies ("NATO", "the UN"), and
capitals or seats standing for governments ("Pyongyang said", "Moscow and Beijing vetoed").

Rules, each for a class of false reading:
  - whole words only, longest form first, no part of a longer name or a stance ("Niger" in "Nigerian", "New
    Mexico", "pro-Russian", "the Gulf of Finland"), while "ROK-U.S." is two: lang/en/country_forms.py;
  - a form inside a region's name is the region's ("South American", "British Columbia"): lang/en/country_regions.py;
  - a capital after in/at/to/from is a place, not the government ("talks in Pyongyang");
  - a guarded form (declared ambiguous with guard 'governed': "Jordan", "Georgia", "Victoria") counts only
    before a possessive or a verb of `guard_verbs_en` ("Jordan said", "Georgia's").
"The Afghan government", "Syrian government forces": the span covers the agent nouns after the country
where the clause reader would take the country for a modifier of them.
"The government of Iraq", "the President of Ukraine": a body or office owning the country after 'of'
(`agent_nouns_en`) makes the phrase that country's side, from the phrase's own start.
A named body of one state or of the international system ("the Pentagon", "Hamas", "the Security Council",
organizations.yaml) stands for its state as well, where no country form already covers it
(lang/en/country_bodies.py).
The forms' table, the region and body readers live in those modules by topic; the names other modules import
from here are re-exported so that their import path stays.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple

from readout.lang.en.agents import agent_after, bracket_sector, people_sector
from readout.lang.en.arrival_visits import visited_place
from readout.cache import compile_pattern
from readout.kb.geo import country_index, guarded_forms, metonym_index, world_forms
from readout.kb.loader import kb, lexicon
from readout.lang.en.country_bodies import owned_group
from readout.lang.en.country_verbs import verb_after_name
from readout.lang.en.country_bodies import (BODY_OF_RE, CAP, NAME_BEFORE_RE, NAME_GOES_ON_RE, NAME_RE,
                                            QUALIFIER_ONE_RE, abbreviates_a_rule, body_before, body_heads,
                                            body_mentions, head_first_re, head_first_words, igo_words,
                                            may_end_with_word, members_after, named_bodies, named_spans)
from readout.lang.en.country_forms import (BACKER_SUFFIX_RE, GOVERNED_BEFORE_RE, HYPHEN_PART_RE, KEY, LATIN_RE,
                                           MAN_BASE_ENDINGS, MAN_SUFFIXES, NOT_AFTER_REACH, OWNER_GAP_RE,
                                           PART_RE, PERSON_SUFFIX_RE, POSSESSIVE, STANCE_PREFIX_RE, adjectives,
                                           backed_before, backs_a_name, cased_forms, demonym_bases, demonyms, forms_by_length,
                                           forms_table, is_possessive, longest_form, not_after_re, not_before_re,
                                           sponsored_text_re, start_re)
from readout.lang.en.country_regions import (longer_region, region_before, region_re,
                                             regions_ending_with_forms, regions_opening_with_forms)
from readout.model import CountryMention
from readout.patterns import alternation

# the module's own names and those the split moved to country_forms, country_regions, country_bodies (re-exported:
# `from readout.lang.en.countries import forms_table` keeps working)
__all__ = ["ADDRESSED_BEFORE_RE", "ADDRESSED_REACH", "BACKER_SUFFIX_RE", "BASED_RE", "BODY_OF_RE", "CAP",
           "COMPASS_FORM_RE", "GOVERNED_BEFORE_RE", "GUARD_AUXILIARIES", "HYPHEN_PART_RE", "KEY", "LATIN_RE",
           "LONGER_NAME_RE", "MAN_BASE_ENDINGS", "MAN_SUFFIXES", "NAME_BEFORE_RE", "NAME_GOES_ON_RE", "NAME_RE",
           "NOT_AFTER_REACH", "OWNER_GAP_RE", "OWNER_LINKS", "PART_RE", "PERSON_SUFFIX_RE", "PLACE_BEFORE_RE",
           "POSSESSIVE", "QUALIFIER_ONE_RE", "SOURCED_BEFORE_RE", "STANCE_PREFIX_RE", "abbreviates_a_rule",
           "addressed_object", "adjectives", "agent_after_re", "agent_sector", "backed_before", "backs_a_name",
           "body_before", "body_heads", "body_mentions", "cased_forms", "demonym_bases", "demonyms",
           "domain_body_after_re", "domain_of_body", "ethnic_mentions", "find_countries", "forms_by_length",
           "forms_table", "guard_object_re", "guard_verb_re", "head_first_re", "head_first_words", "igo_words",
           "is_possessive", "late_readers", "longer_region", "longest_form", "matches", "may_end_with_word", "members_after",
           "modifier_after_re", "named_bodies", "named_spans", "not_after_re", "not_before_re", "owner_before_re",
           "people_marker_before", "people_marker_re", "region_before", "region_re", "regions_ending_with_forms",
           "regions_opening_with_forms", "sponsored_text_re", "start_re"]

PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|to|from|visit to|near|outside)\s+$")
COMPASS_FORM_RE = re.compile(r"(?i)the\s+(?:north|south)")  # a state named by its half of a peninsula
LONGER_NAME_RE = re.compile(r"[ -](?!Korea)[A-Z][a-z]")  # a capitalized word right after it (not "Korean"): the name goes on
# what is said or sent "to" a capital is addressed to its government ('expressed concern to Beijing', 'protested to Tokyo')
ADDRESSED_BEFORE_RE = re.compile(r"\b(?:concerns?|protests?|complaints?|messages?|letters?|notes?|regrets?|condolences|"
                                 r"objections?|appeals?|requests?|warnings?|demands?|apolog(?:y|ies)|proposals?|"
                                 r"protested|complained|appealed|apologi[sz]ed|replied|responded|wrote)\s+to\s+$")
ADDRESSED_REACH = 40  # characters before a capital where the thing addressed may end
# what comes "from" a capital was said by its government ('brushing aside protests from Hanoi', 'criticism from Rabat')
SOURCED_BEFORE_RE = re.compile(r"\b(?:protests?|objections?|complaints?|criticism|condemnation|opposition|pressure|"
                               r"demands?|calls|requests?|warnings?|appeals?|concerns?|accusations?|threats?|"
                               r"objected|protested)\s+(?:(?:both\s+)?from|by)\s+$")
# (enact48) people handed over 'to' a capital go to its government ('extradited the suspect to Dushanbe', 'handed
# the two men over to Tashkent'): the handover's receiving state, as 'to Tajikistan' is
HANDED_BEFORE_RE = re.compile(r"\b(?:extradit(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+(?:[^,;.]{1,40}?\s+)?over|repatriat(?:e|es|ed|ing)|"
                              r"deport(?:s|ed|ing)?)\b[^,;.]{0,40}?\bto\s+$")
HANDED_REACH = 80  # characters before a capital where the handover's verb may start
POSTED_REACH = 50  # characters before a capital where an own envoy's noun and its 'in'/'to' may start
POSTED_WORDS = 2  # words between the possessive and the envoy noun ('its two senior diplomats')


@functools.lru_cache(maxsize=1)
def posted_envoy_re() -> re.Pattern:
    """(enrequest68) 'its ambassador in ', 'their diplomats to ': an own envoy's post right before a capital. The
    capital names the state that hosts the envoy (a recall or an order home is aimed at it), not a place an act
    happened in. The envoy nouns and own possessives are the act lexicon's ('his'/'her' name a person's own)."""
    from readout.lang.act_lexicon import load_act_lexicon
    from readout.lang.en.act_cue_filling import cues_of
    cues = cues_of(load_act_lexicon("en"))
    own = alternation(w for w in cues.own_possessives if w not in ("his", "her", "own"))
    return re.compile(rf"(?i)\b(?:{own})\s+(?:[a-z-]+\s+){{0,{POSTED_WORDS}}}(?:{alternation(cues.envoy_nouns)})"
                      r"\s+(?:in|to)\s+$")


BASED_RE = re.compile(r"-based\b")  # 'Gaza-based militants': the place before it locates the agent after it


@functools.lru_cache(maxsize=1)
def owner_before_re() -> re.Pattern:
    """'the government of ', 'The President of the ': an agent noun and 'of' right before a form; 'a
    spokesman for the ', 'an adviser to the ': a speaker noun and 'for', 'to' or 'of'."""
    of_nouns = [*kb().countries.agent_nouns_en, *kb().countries.head_nouns_en]
    return compile_pattern(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?:(?:" + alternation(of_nouns) + r")\s+of"
                           r"|(?:" + alternation(kb().countries.speaker_nouns_en) + r")\s+(?:for|to|of))\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def agent_after_re() -> re.Pattern:
    """' government', ' government forces', ' security forces': agent nouns right after a country form."""
    nouns = alternation(n for n in kb().countries.agent_nouns_en if n.islower())
    return re.compile(rf"(?:\s+(?:{nouns})){{1,2}}\b")


@functools.lru_cache(maxsize=1)
def modifier_after_re() -> re.Pattern:
    """The nouns after which the clause reader takes a name for a modifier ('the Moon government'):
    only there does a country's span take its agent nouns (a longer span would change how far it is
    from the next country, which the receiving side reads as coordination)."""
    return re.compile(lexicon("en")["clause"]["modifier_after_re"], re.I)


@functools.lru_cache(maxsize=1)
def guard_verb_re() -> re.Pattern:
    return re.compile(r"\s+(?:" + alternation(kb().countries.guard_verbs_en) + r")\b")


GUARD_AUXILIARIES = frozenset({"has", "had", "have", "will", "would", "is", "was", "and"})  # no verb of address


@functools.lru_cache(maxsize=1)
def guard_object_re() -> re.Pattern:
    """A verb of `guard_verbs_en` that addresses or acts on someone, ending right before a name ('urged ', 'condemned ')."""
    verbs = [v for v in kb().countries.guard_verbs_en if v not in GUARD_AUXILIARIES]
    return re.compile(r"\b(?:" + alternation(verbs) + r")\s+$")


def addressed_object(text: str, start: int, end: int) -> bool:
    """"The European Union urged Georgia to reverse the law", "Egypt accused Jordan of": a guarded form right after a
    verb of address is the state that verb acts on, as it is the state before one ('Georgia said'); a name going on
    ('urged Jordan Peterson') stays a person's."""
    return bool(guard_object_re().search(text[max(0, start - 16):start])) and not NAME_GOES_ON_RE.match(text, end)



def matches(text: str):
    """(start, form) of every country form in `text`, left to right, never overlapping; a form inside a
    region's name ('South American', 'Inter-American') is the region's, not the country's."""
    pos = 0
    regions: list[tuple[int, int]] | None = None
    for m in start_re().finditer(text):
        if m.start() < pos:
            continue
        form = longest_form(text, m.start())
        if form:
            if regions is None:  # looked for once, and only in a sentence with a country form
                regions = [r.span() for r in region_re().finditer(text)]
            if any(a <= m.start() < b for a, b in regions):
                continue
            longer = longer_region(text, m.start(), form)
            if longer:  # 'British Columbia', 'Tamil Nadu': another state's region, read by lang/en/towns.py
                pos = m.start() + len(longer)
                continue
            if region_before(text, m.start(), form):  # 'New South Wales', 'West Papua': the region's, too
                pos = m.start() + len(form)
                continue
            yield m.start(), form
            pos = m.start() + len(form)


OWNER_LINKS = ("of", "for", "to")  # the words `owner_before_re` ends with


ENVOY_OWNER_RE = re.compile(r"(?i)^(?:the\s+)?(?:representatives?|delegates?|delegations?|envoys?|emissar(?:y|ies))\s")


def envoy_owner(phrase: str) -> bool:
    """(enmeet68) Whether an owner phrase ('representatives of the ') names people sent to speak for the agent after
    it: they keep that agent's sector (the rebels' REB, a state's government), not the sector their own noun has
    elsewhere ('representatives' alone: lawmakers, LEG)."""
    return ENVOY_OWNER_RE.match(phrase) is not None


def agent_sector(text: str, end: int) -> str | None:
    """The PLOVER sector of the agent noun right after a country word ("Syrian rebels" REB, "Iraq's
    police" COP, "the Afghan riot police" COP; lang/en/agents.py); None: the country itself, its government."""
    gap = OWNER_GAP_RE.match(text, end)
    found = agent_after(text, gap.end() if gap else end)
    return found[1] if found else None


@functools.lru_cache(maxsize=1)
def people_marker_re() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, kb().countries.people_markers_en), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$") if words else re.compile(r"(?!)")


def people_marker_before(text: str, start: int) -> bool:
    """'ethnic' right before a demonym: the word names a people wherever they live ('ethnic Albanians')."""
    return people_marker_re().search(text, max(0, start - 16), start) is not None


def ethnic_mentions(offset: int, peoples: list[tuple[int, int, str]], found: list[CountryMention]) -> list[CountryMention]:
    """'Ethnic Albanians' act for the state where they live, as PLOVER codes a people: the first other state the
    sentence names after them ('... in Kosovo', '... against Sweden's decision', '... a Serbian police station'),
    else the one other state named before them ('In Macedonia, ethnic Albanians ...'); none when it names none
    (their own people's state, the origin, never). A people of the civilian sector (CVL)."""
    out = []
    for start, end, origin in peoples:
        after = [c.codes[0] for c in found if c.start >= offset + end and len(c.codes) == 1 and c.codes[0] != origin]
        before = {c.codes[0] for c in found if c.end <= offset + start and len(c.codes) == 1 and c.codes[0] != origin}
        code = after[0] if after else (next(iter(before)) if len(before) == 1 else None)
        if code is not None:
            out.append(CountryMention(offset + start, offset + end, [code], subject=True, sector="CVL"))
    return out


class LateReaders(NamedTuple):
    """The readers `late_readers` binds, by name."""

    listed_bodies: Callable
    named_person: Callable
    owned_body: Callable
    peoples_words: Callable
    posted_states: Callable
    surname_side_mentions: Callable
    world_mentions: Callable
    city_mentions: Callable
    misspelled_mentions: Callable
    place_agent_mentions: Callable
    grouping_mentions: Callable
    envoys_from: Callable
    located_agent: Callable
    vouching_agent: Callable
    names_beside_adjectives: Callable
    partner_side_in_capital: Callable  # meet50b


@functools.lru_cache(maxsize=1)
def late_readers() -> LateReaders:
    """The readers of the modules that import this one (so not importable when it loads), bound once: five import
    statements run in every call cost about 15 microseconds of the finder's 170 a sentence (speed71)."""
    from readout.lang.en.organizations import listed_bodies
    from readout.lang.en.state_phrases import (named_person, owned_body, peoples_words, posted_states,
                                               surname_side_mentions, world_mentions)  # they read this module's tables
    from readout.lang.en.misspelt_countries import misspelled_mentions  # these import this
    from readout.lang.en.place_agents import place_agent_mentions
    from readout.lang.en.towns import city_mentions
    from readout.lang.en.groupings import grouping_mentions
    from readout.lang.en.name_conjuncts import names_beside_adjectives
    from readout.lang.en.located_agents import envoys_from, located_agent, partner_side_in_capital, vouching_agent

    return LateReaders(listed_bodies, named_person, owned_body, peoples_words, posted_states, surname_side_mentions,
                       world_mentions, city_mentions, misspelled_mentions, place_agent_mentions, grouping_mentions,
                       envoys_from, located_agent, vouching_agent, names_beside_adjectives, partner_side_in_capital)


def find_countries(text: str, offset: int, tokens: list | None = None) -> list[CountryMention]:
    """Country mentions of one sentence (`offset`: the sentence's start in the document): each form of the forms'
    table that names a side (not a place, a person, a people or another state's body), its phrase's sector and
    start, then the mentions read over the whole sentence (`later_mentions`)."""
    from readout.lang.en.kin_owners import kin_owned

    r = late_readers()
    listed_bodies, named_person, owned_body, peoples_words = r.listed_bodies, r.named_person, r.owned_body, \
        r.peoples_words
    table, _by_key = forms_table()
    out = []
    bodies = listed_bodies(text)  # read once: the forms inside them (named_spans) and the bodies themselves
    listed, peoples = None, []
    pending: list[tuple[int, int, str]] = []  # guarded state names of `world_forms` not counted in the loop
    for start, form in matches(text):
        end = start + len(form)
        if form in adjectives() and people_marker_before(text, start):
            peoples.append((start, start + len(form), table[form]))
            continue  # 'ethnic Albanians': a people, not the state; placed after the loop (ethnic_mentions)
        if relation_owner(text, end):
            continue  # "Russia's neighbour Belarus said": the relation describes Belarus; Russia is no side
        if kin_owned(text, start, end):
            continue  # enkin47: "the Chilean president's wife met": the relative is the party; Chile only owns her
        if domain_of_body(text, end):
            continue  # "China's Taiwan Affairs Office": the land the body handles, not a side (en33)
        listed = listed if listed is not None else named_spans(text, bodies)
        if any(a <= start and end <= b and code != table[form] for a, b, code in listed):
            continue  # 'the Workers' Party of Korea', 'U.S. Forces Korea': the listed body says whose it is
        group = owned_group(text, end, table[form], bodies, form in adjectives() and not is_possessive(text, end, form))
        sector = None if group or form not in adjectives() and verb_after_name(text, end) \
            else people_sector(form, agent_sector(text, end), text, end) \
            or bracket_sector(text, start, end)  # 'Tigrayan forces': REB; 'Police (Nigeria)': COP; enactors68: a
        # listed armed group after the word keeps its sector ('Nigerian Islamic State militants': REB, not the REL
        # of the agent word 'Islamic' inside the group's name)
        own = next((o for o in bodies if o.start <= start and end <= o.end and o.country == table[form]), None)
        if own is not None and (sector is None or own.end > end and own.sector):  # 'Saudi Aramco' BUS, 'Chinese
            # Communist Party' PTY: the body's; 'the Free Syrian Army' REB, not the MIL of its name's agent noun (actors66)
            sector, end = own.sector, max(end, own.end)
        posted = posted_envoy_re().search(text, max(0, start - POSTED_REACH), start) is not None
        if capital_as_place(text, start, end, form, posted):
            continue  # "in Pyongyang" is a place, not the government
        if COMPASS_FORM_RE.fullmatch(form) and LONGER_NAME_RE.match(text, end):
            continue  # 'the North American market', 'the North Atlantic': a longer name, not the peninsula's North
        genitive = is_possessive(text, end, form)
        if form in world_forms() and named_person(text, start, end):
            continue  # 'Michael Jordan accused ...', 'Chad Wolf said': a person, even before a verb
        if guarded_not_state(text, start, end, form, genitive, sector, posted):
            if form in world_forms():
                pending.append((start, end, form))  # counted below in a world-news clause
            continue  # "Jordan Peterson", "Georgia voters": a name or a US state, not the government
        body = owned_body(text, end, table[form], bodies) if sector is None and form not in peoples_words() else None
        body = body or (owned_group(text, end, table[form], bodies, form in adjectives() and not genitive)
                       if sector is None else None)  # threat62; en67: 'the Pakistani Taliban'
        if body is not None:  # "Iran's Supreme National Security Council": the state's own body, by its name
            end, sector = body
            genitive = is_possessive(text, end, "")
        head = agent_after_re().match(text, end) if modifier_after_re().match(text[end:end + 30]) else None
        if head and not genitive:  # 'the Afghan government condemned': the phrase, not a modifier of it
            end = head.end()
            genitive = is_possessive(text, end, text[start:end])
        start, before, sector = phrase_start(text, start, end, form, sector)
        governed = bool(GOVERNED_BEFORE_RE.search(before))
        out.append(CountryMention(offset + start, offset + end, [table[form]], genitive=genitive,
                                  subject=not genitive and not governed, sector=sector))
    return later_mentions(text, offset, out, pending, peoples, bodies)


def capital_as_place(text: str, start: int, end: int, form: str, posted: bool) -> bool:
    """A capital or other metonym after 'in', 'at', 'to', 'from' ('in Pyongyang') names a place, not the government,
    unless the words around it make it the state: its own envoy posted there ('its ambassador in Lima': the host
    state), a message addressed or handed to it, an agent located in it (enfollow68: 'officials in Lima' opening their
    noun phrase are the capital's state's, located_agent), envoys sent from it (enmeet68: 'their counterparts from
    Quito'), or the host visited (enconsult46: 'arrived in Vientiane for a state visit', lang/en/arrival_visits.py)."""
    r = late_readers()
    return form in metonym_index() and form not in country_index() \
        and bool(PLACE_BEFORE_RE.search(text[max(0, start - 14):start])) and not posted \
        and not ADDRESSED_BEFORE_RE.search(text, max(0, start - ADDRESSED_REACH), start) \
        and not SOURCED_BEFORE_RE.search(text, max(0, start - ADDRESSED_REACH), start) \
        and not HANDED_BEFORE_RE.search(text, max(0, start - HANDED_REACH), start) \
        and not (r.located_agent(text, start) and not r.partner_side_in_capital(text, start)) \
        and r.envoys_from(text, start) is None \
        and not visited_place(lexicon("en"), text, start, end)


def guarded_not_state(text: str, start: int, end: int, form: str, genitive: bool, sector: str | None,
                      posted: bool) -> bool:
    """A guarded form ("Jordan Peterson", "Georgia voters": a name or a US state) names no state unless its words
    make it one: a possessive, a guard verb after it, its own envoy, a sector ('the Georgian foreign ministry'), an
    addressed object, a vouching agent, an agent located in the capital (enmeet68: 'Officials in Lima met ...' is its
    state's whatever verb follows), or a people or office holder of the nation."""
    r = late_readers()
    return form in guarded_forms() and not genitive and not guard_verb_re().match(text, end) and not posted \
        and not (sector is not None and form in adjectives()) and not addressed_object(text, start, end) \
        and not (r.vouching_agent(text, start) and not NAME_GOES_ON_RE.match(text, end)) \
        and not (form in metonym_index() and (r.located_agent(text, start) or r.envoys_from(text, start) is not None)) \
        and not (form in adjectives() and (nation_people(text, start, end) or state_holder(text, end)))


def phrase_start(text: str, start: int, end: int, form: str, sector: str | None) -> tuple[int, str, str | None]:
    """Where the side's phrase starts, the text just before it, and its sector: the phrase is read from an owner
    before the form ('the government of Iraq said'), an agent located in it, envoys sent from it, or a body named
    after it ('the State Council of China said'), whichever starts first of those found."""
    r = late_readers()
    form_start, before = start, text[max(0, start - 14):start]
    owner = owner_before_re().search(text, max(0, start - 40), start) \
        if may_end_with_word(text, max(0, start - 40), start, OWNER_LINKS) else None
    if owner:  # 'the government of Iraq said': the phrase is Iraq's side, read from where it starts
        start, before = owner.start(), text[max(0, owner.start() - 14):owner.start()]
        sector = sector if envoy_owner(owner.group(0)) else agent_sector(text, owner.start()) or sector
        # enmeet68: 'representatives of the Malian rebels' are the rebels' (REB), 'envoys of Mali' Mali's (GOV)
    envoys_of = owner is not None and envoy_owner(owner.group(0))
    located = r.located_agent(text, form_start) if (sector is None or owner) and not envoys_of else None  # actors66;
    # 'the opposition leaders of Gabon': the whole agent phrase, not the owner noun 'leaders' alone
    if located is not None and located[0] < start:
        start, before = located[0], text[max(0, located[0] - 14):located[0]]
    sector = located[1] if located and located[1] else sector  # located66: a state agent keeps the sector
    envoys = r.envoys_from(text, form_start) if form in metonym_index() and located is None else None
    if envoys is not None and envoys < start:  # enmeet68: 'their counterparts from Quito' take the envoys' role
        start, before = envoys, text[max(0, envoys - 14):envoys]
    body = body_before(text, form_start, end)
    if body is not None and body < start:  # 'the State Council of China said': a body named after its country
        start, before = body, text[max(0, body - 14):body]
    return start, before, sector


def later_mentions(text: str, offset: int, out: list[CountryMention], pending: list[tuple[int, int, str]],
                   peoples: list[tuple[int, int, str]], bodies: list) -> list[CountryMention]:
    """The sentence's mentions read over the whole sentence once the forms are read, each reader given those found
    before it (in this order): guarded world names in a world-news clause, surname sides, bodies, posted states,
    peoples, cities, misspellings, groupings ('the E3': every member, kb/groupings.py), places' agents, and the
    names beside adjectives ('Senegal and Malian rebels': the rebels are Mali's alone)."""
    r = late_readers()
    out += r.world_mentions(text, offset, pending, out)
    out += r.surname_side_mentions(text, offset, out)
    out += body_mentions(text, offset, out, bodies)
    out = r.posted_states(text, offset, out)
    out += ethnic_mentions(offset, peoples, out)
    out += r.city_mentions(text, offset, out)
    out += r.misspelled_mentions(text, offset, out)
    out += r.grouping_mentions(text, offset, out)
    out = sorted(out + r.place_agent_mentions(text, offset, out), key=lambda c: c.start)
    return r.names_beside_adjectives(text, offset, out)


@functools.lru_cache(maxsize=1)
def domain_body_after_re() -> re.Pattern:
    return re.compile(lexicon("en")["domain_body_after_re"])


def domain_of_body(text: str, end: int) -> bool:
    """Whether the country word ending at `end` opens the name of a body handling that land ('Taiwan Affairs
    Office', 'Hong Kong and Macao Affairs Office'): the body is another state's (or the land's own, named
    elsewhere), so the word names no side of the acts the body reports."""
    return bool(domain_body_after_re().match(text, end))



@functools.lru_cache(maxsize=1)
def relation_owner_after_re() -> re.Pattern:
    return re.compile(lexicon("en")["relation_owner_after_re"])


def relation_owner(text: str, end: int) -> bool:
    """Whether the country word ending at `end` owns a relational noun followed by a name ("Kenya's ally Uganda
    accused", "Russia's neighbour Belarus said"): the phrase names the other side and says how it stands to the
    possessor, who does nothing in the clause; counting it would give the act a second, wrong actor."""
    return bool(relation_owner_after_re().match(text, end))


@functools.lru_cache(maxsize=1)
def state_holder_re() -> re.Pattern:
    return re.compile(lexicon("en")["state_holder_after_re"])


def state_holder(text: str, end: int) -> bool:
    """(actors63) Whether the guarded demonym ending at `end` qualifies a counterpart ('his Georgian counterpart',
    'their Georgian and Chilean counterparts'): a counterpart holds an office of a state, so the demonym names the
    state, not a US state."""
    return state_holder_re().match(text, end) is not None


@functools.lru_cache(maxsize=1)
def nation_people_re() -> re.Pattern:
    return re.compile(lexicon("en")["nation_people_around_re"])


def nation_people(text: str, start: int, end: int) -> bool:
    """(welcome49) Whether the guarded demonym at start..end names a nation's people ('with the Georgian people'):
    the state's people, whom solidarity or support is given to, not a US state's voters."""
    m = nation_people_re().match(text, start)
    return m is not None and m.end() == end
