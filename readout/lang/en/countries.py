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
The forms' table, the region and body readers live in those modules by topic, the patterns around a form in
country_patterns.py; other modules import each name from the module defining it (debt51: no re-export)."""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from readout import budget
from readout.lang.en.agents import agent_after, bracket_sector, modified_agent_sector, people_sector
from readout.lang.en.addressed_peoples import addressed_people_sector
from readout.lang.en.arrival_visits import visited_place
from readout.lang.en.clipped_agents import clipped_agent_mentions
from readout.lang.en.shared_adjective_heads import shared_adjective_heads
from readout.kb.countries import guarded_forms
from readout.kb.geo import country_index, metonym_index, world_forms
from readout.kb.loader import lexicon
from readout.lang.en.country_verbs import verb_after_name
from readout.lang.en.kin_owners import kin_owned
from readout.lang.en.country_bodies import (NAME_GOES_ON_RE, body_before, body_mentions, may_end_with_word, named_spans,
                                            owned_group)
from readout.lang.en.country_forms import (GOVERNED_BEFORE_RE, OWNER_GAP_RE, adjectives, forms_table, is_possessive,
                                           longest_form, start_re)
from readout.lang.en.country_regions import longer_region, region_before, region_re
from readout.lang.en.country_patterns import (
    ADDRESSED_BEFORE_RE, ADDRESSED_REACH, COMPASS_FORM_RE, HANDED_BEFORE_RE, HANDED_REACH, LONGER_NAME_RE,
    OWNER_LINKS, PLACE_BEFORE_RE, POSTED_REACH, SOURCED_BEFORE_RE, addressed_object, agent_after_re, domain_of_body,
    envoy_owner, ethnic_mentions, leader_owner, guard_verb_re, modifier_after_re, nation_people, owner_before_re,
    people_marker_before, posted_envoy_re, relation_owner, speaker_owner, state_holder)
from readout.model import CountryMention


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


def agent_sector(text: str, end: int) -> str | None:
    """The PLOVER sector of the agent noun right after a country word ("Syrian rebels" REB, "Iraq's
    police" COP, "the Afghan riot police" COP; lang/en/agents.py); None: the country itself, its government."""
    gap = OWNER_GAP_RE.match(text, end)
    found = agent_after(text, gap.end() if gap else end)
    return found[1] if found else None


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


@budget.table()
def late_readers() -> LateReaders:
    """The readers of the modules that import this one (so not importable when it loads), bound once: five import
    statements run in every call cost about 15 microseconds of the finder's 170 a sentence (speed71)."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.organizations import listed_bodies
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.state_phrases import (named_person, owned_body, peoples_words, posted_states,
                                               surname_side_mentions, world_mentions)  # they read this module's tables
    from readout.lang.en.misspelt_countries import misspelled_mentions  # these import this
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.place_agents import place_agent_mentions
    from readout.lang.en.towns import city_mentions  # cold start: not loaded with `English`, only on first use
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.groupings import grouping_mentions
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.name_conjuncts import names_beside_adjectives
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.located_agents import envoys_from, located_agent, partner_side_in_capital, vouching_agent

    return LateReaders(listed_bodies, named_person, owned_body, peoples_words, posted_states, surname_side_mentions,
                       world_mentions, city_mentions, misspelled_mentions, place_agent_mentions, grouping_mentions,
                       envoys_from, located_agent, vouching_agent, names_beside_adjectives, partner_side_in_capital)


def find_countries(text: str, offset: int) -> list[CountryMention]:
    """Country mentions of one sentence (`offset`: the sentence's start in the document): each form of the forms'
    table that names a side (not a place, a person, a people or another state's body), its phrase's sector and
    start, then the mentions read over the whole sentence (`later_mentions`)."""
    r = late_readers()
    table, _by_key = forms_table()
    out = []
    bodies = r.listed_bodies(text)  # read once: the forms inside them (named_spans) and the bodies themselves
    listed, peoples = None, []
    pending: list[tuple[int, int, str]] = []  # guarded state names of `world_forms` not counted in the loop
    for start, form in matches(text):
        end = start + len(form)
        if form in adjectives() and people_marker_before(text, start):
            peoples.append((start, start + len(form), table[form]))
            continue  # 'ethnic Albanians': a people, not the state; placed after the loop (ethnic_mentions)
        if owned_by_another(text, start, end):
            continue
        listed = listed if listed is not None else named_spans(text, bodies)
        if any(a <= start and end <= b and code != table[form] for a, b, code in listed):
            continue  # 'the Workers' Party of Korea', 'U.S. Forces Korea': the listed body says whose it is
        sector, end = form_sector(text, start, end, form, table[form], bodies)
        posted = posted_envoy_re().search(text, max(0, start - POSTED_REACH), start) is not None
        if capital_as_place(text, start, end, form, posted):
            continue  # "in Pyongyang" is a place, not the government
        if COMPASS_FORM_RE.fullmatch(form) and LONGER_NAME_RE.match(text, end):
            continue  # 'the North American market', 'the North Atlantic': a longer name, not the peninsula's North
        genitive = is_possessive(text, end, form)
        if form in world_forms() and r.named_person(text, start, end):
            continue  # 'Michael Jordan accused ...', 'Chad Wolf said': a person, even before a verb
        if guarded_not_state(text, start, end, form, genitive, sector, posted):
            if form in world_forms():
                pending.append((start, end, form))  # counted below in a world-news clause
            continue  # "Jordan Peterson", "Georgia voters": a name or a US state, not the government
        out.append(form_mention(text, offset, (start, end), form, table[form], (sector, genitive), bodies))
    out += clipped_agent_mentions(text, offset, out)  # places60: 'Aussie troops', the singular before a state's agents
    return later_mentions(text, offset, out, pending, peoples, bodies)


def owned_by_another(text: str, start: int, end: int) -> bool:
    """Whether the form only owns or qualifies another's word and is no side itself: a relation noun and a name after
    it ("Russia's neighbour Belarus said": the relation describes Belarus), a relative ("the Chilean president's wife
    met", enkin47: the relative is the party), or a body handling the land ("China's Taiwan Affairs Office", en33)."""
    return relation_owner(text, end) or kin_owned(text, start, end) or domain_of_body(text, end)


def adjective_head_sector(text: str, end: int, form: str) -> str | None:
    """(actors56) After a country adjective only, the sector of an agent noun one modifier noun on ('a Greek shipping
    company': BUS); a country name's next word may be its verb ('Kenya said police ...'), so names read none."""
    return modified_agent_sector(text, end) if form in adjectives() and form not in guarded_forms() else None


def form_sector(text: str, start: int, end: int, form: str, code: str, bodies: list) -> tuple[str | None, int]:
    """The sector of the form's phrase and where it ends: none for a group the state owns or a name before a verb;
    else the people or agent noun after it or its bracket ('Tigrayan forces': REB; 'Police (Nigeria)': COP; enactors68:
    a listed armed group after the word keeps its sector, 'Nigerian Islamic State militants': REB, not the REL of the
    agent word 'Islamic' inside the group's name). A listed body of the state around the form gives its own sector
    and end ('Saudi Aramco' BUS, 'Chinese Communist Party' PTY; actors66: 'the Free Syrian Army' REB, not the MIL of
    its name's agent noun)."""
    if (addressed := addressed_people_sector(text, start, end, form)) is not None:
        return addressed, end  # enpeople52: 'apologized to Nigerians': the people addressed, not their government
    group = owned_group(text, end, code, bodies, form in adjectives() and not is_possessive(text, end, form))
    sector = None if group or form not in adjectives() and verb_after_name(text, end) \
        else people_sector(form, agent_sector(text, end) or adjective_head_sector(text, end, form), text, end) \
        or bracket_sector(text, start, end)
    own = next((o for o in bodies if o.start <= start and end <= o.end and o.country == code), None)
    if own is not None and (sector is None or own.end > end and own.sector):
        sector, end = own.sector, max(end, own.end)
    return sector, end


def form_mention(text: str, offset: int, span: tuple[int, int], form: str, code: str,
                 read: tuple[str | None, bool], bodies: list) -> CountryMention:
    """The mention of a form that names a side (`span`, its `read` sector and possessive): its phrase grows over the
    state's own body named after it ("Iran's Supreme National Security Council"; threat62, en67: 'the Pakistani
    Taliban'), over agent nouns the clause reader would take it as a modifier of ('the Afghan government condemned'),
    and back to an owner or agent before it (`phrase_start`); a possessive or governed form is no subject."""
    r = late_readers()
    (start, end), (sector, genitive) = span, read
    body = r.owned_body(text, end, code, bodies) if sector is None and form not in r.peoples_words() else None
    body = body or (owned_group(text, end, code, bodies, form in adjectives() and not genitive)
                    if sector is None else None)
    if body is not None:
        end, sector = body
        genitive = is_possessive(text, end, "")
    head = agent_after_re().match(text, end) if modifier_after_re().match(text[end:end + 30]) else None
    if head and not genitive:
        end = head.end()
        genitive = is_possessive(text, end, text[start:end])
    start, before, sector = phrase_start(text, start, end, form, sector)
    governed = bool(GOVERNED_BEFORE_RE.search(before))
    return CountryMention(offset + start, offset + end, [code], genitive=genitive,
                          subject=not genitive and not governed, sector=sector)


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
        owner = outer_owner(text, owner) or owner
        start, before = owner.start(), text[max(0, owner.start() - 14):owner.start()]
        kept = envoy_owner(owner.group(0)) or (sector is not None and (speaker_owner(owner.group(0))
                                                                      or leader_owner(owner.group(0))))
        sector = sector if kept else agent_sector(text, owner.start()) or sector
        # actors56: 'a spokesman for the Kenyan army' speaks for the army (MIL), 'a spokesman for Kenya' for its GOV
        # actors57: 'a leader of the Kenyan opposition' leads the opposition (OPP), 'a leader of Kenya' is GOV
        # enmeet68: 'representatives of the Malian rebels' are the rebels' (REB), 'envoys of Mali' Mali's (GOV)
    envoys_of = owner is not None and envoy_owner(owner.group(0))
    located = r.located_agent(text, form_start) if sector is None or owner else None  # actors66;
    # 'the opposition leaders of Gabon': the whole agent phrase, not the owner noun 'leaders' alone
    longer = located is not None and owner is not None and located[0] < owner.start()
    if envoys_of and not longer:
        located = None
    if located is not None and located[0] < start:
        start, before = located[0], text[max(0, located[0] - 14):located[0]]
    # actors60b: an agent phrase of several words ending in the owner noun is read whole: 'the attorney generals of
    # Chile' (GOV: not the MIL of 'generals'), 'the union representatives of Peru' (LAB: not the envoys' GOV)
    sector = located[1] if located and (located[1] or longer) else sector  # located66: a state agent keeps the sector
    envoys = r.envoys_from(text, form_start) if form in metonym_index() and located is None else None
    if envoys is not None and envoys < start:  # enmeet68: 'their counterparts from Quito' take the envoys' role
        start, before = envoys, text[max(0, envoys - 14):envoys]
    body = body_before(text, form_start, end)
    if body is not None and body < start:  # 'the State Council of China said': a body named after its country
        start, before = body, text[max(0, body - 14):body]
    return start, before, sector


def outer_owner(text: str, owner: re.Match) -> re.Match | None:
    """(actors57) A second owner phrase of a speaker, envoy or leader right before the first ('a spokesman for the
    government of Kenya', 'envoys of the president of Chile'): the phrase is read from there, the person speaking for
    or leading the body the first owner names (its sector: a spokesman for the government is GOV, as 'a spokesman for
    Kenya'), where the first alone left the clause's subject governed by 'for' (no side). None: no such owner."""
    lo = max(0, owner.start() - 40)
    if not may_end_with_word(text, lo, owner.start(), OWNER_LINKS):
        return None
    outer = owner_before_re().search(text, lo, owner.start())
    words = outer.group(0) if outer else ""
    return outer if outer and (envoy_owner(words) or speaker_owner(words) or leader_owner(words)) else None


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
    return shared_adjective_heads(text, offset, r.names_beside_adjectives(text, offset, out))  # enpeople52

