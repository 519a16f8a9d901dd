"""(actors66) An agent noun phrase linked to a state by 'in' or 'of' ("rebels in Mali", "the police of Chad",
"trade unions in Nepal"): the state acting or acted on through that agent, so its mention takes the agent's PLOVER
sector wherever the phrase stands, as "Malian rebels" and "Mali's rebels" do (lang/en/agents.py). Before, only a
phrase the clause read as the act's subject kept its agent (the pipeline's people subject), and one after the
verb ("Peru condemned rebels in Mali") named the state's government.

The agent must open its noun phrase, as for a place (place_agents.agent_in_place_mentions): after a capitalized word or a
country adjective the agent is that name's or that state's ("Chadian troops in Mali", "Reuters reporters in
Lima"), after an outsider's word someone else's ("foreign troops in Mali", kb/agents.py outsider_modifiers_en),
and after a possessive determiner the owner's ("deployed its troops in Mali"); the state then only says where
they are, and its mention keeps no sector.

(located66) A state's own agent noun (GOV: 'officials', 'authorities') spans the phrase too, so 'met officials in
Mali' names Mali as the one met, not the meeting's place; not after a preposition of the act ('marched against the
government in Benin'), where the place phrase is the act's."""
from __future__ import annotations

import re

from readout.sectors import ARMED_GROUP_SECTORS, ARMED_NOUN_SECTORS, PARTY_SIDE_SECTORS
from readout.kb.agents import outsider_modifiers_en
from readout.lang.en.place_agents import adjectives_set, agent_before

LINK_BEFORE_RE = re.compile(r"\s(?:in|of)\s+(?:the\s+)?$")  # ' in ', ' of the ' right before the country word
LINK_REACH = 12  # characters of the link before the country word
# enarmed68: a compass word between ('Rebels in northern Mali attacked', 'in north-eastern Nigeria') is part of the place;
# read so only for a phrase opening its clause (after an object, 'attacked police in northern X' says where)
# enarmed68b: and a compass part named as a noun ('rebels in the south of Chad', 'in the north-east of the Congo')
COMPASS_LINK_BEFORE_RE = re.compile(r"\s(?:in|of)\s+(?:the\s+)?(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?ern"
                                    r"|central)\s+|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?)$")
COMPASS_LINK_REACH = 30
CLAUSE_OPEN_RE = re.compile(r"(?:^|[,;:])$")  # nothing before the agent phrase but the clause's opening
WORD_BEFORE_RE = re.compile(r"([\w'’.-]+)\s*$")
STATE_SECTOR = "GOV"  # the sector a country word has with no agent noun
# located66: a preposition of the act before a state's own agent ('against the government in Benin'): the place phrase
# after it is the act's; a direct object or subject ('met officials in Mali') is the state's government
ACT_PLACE_PREPOSITIONS = frozenset({"against", "at", "to", "toward", "towards", "on", "outside", "near", "for", "by",
                                    "from", "before"})
OWNER_WORDS = frozenset({"its", "their", "his", "her", "our", "my", "your", "whose"})


def located_agent(text: str, start: int) -> tuple[int, str] | None:
    """(start, sector) of the agent phrase linked by 'in' or 'of' to the country word starting at `start` (from
    'the' before it), or None. The country's mention spans it from there, so it takes the agent's role in the
    clause: 'accused the teachers of Togo' names Togo's teachers, not a people of the accuser's own."""
    link = COMPASS_LINK_BEFORE_RE.search(text, max(0, start - COMPASS_LINK_REACH), start)  # first: 'the south of'
    compass = link is not None  # ends in 'of' too
    if not compass:
        link = LINK_BEFORE_RE.search(text, max(0, start - LINK_REACH), start)
    if link is None:
        return None
    agent = agent_before(text, link.start())
    if agent is None:
        return None
    at, sector = agent
    before = WORD_BEFORE_RE.search(text, max(0, at - 30), at)
    if before is not None and before.group(1).lower() == "the":
        at = before.start(1)
        before = WORD_BEFORE_RE.search(text, max(0, at - 30), at)
    if compass and not CLAUSE_OPEN_RE.search(text[:at].rstrip()):
        return None  # 'attacked police in northern Nigeria': the place of the act, no agent's state
    if before is not None and owned_elsewhere(before.group(1), before.start()):
        return None
    if sector == STATE_SECTOR and before is not None and before.group(1).lower() in ACT_PLACE_PREPOSITIONS:
        return None  # located66: 'marched against the government in Benin': the place phrase says where the act
        # happened; the bare country word stays a place
    return at, None if sector == STATE_SECTOR else sector  # the government: no sector, as the bare country word


VOUCHING_IN_SECTORS = ARMED_NOUN_SECTORS  # agents no US state or person has: rebels, gunmen, troops
OF_BEFORE_RE = re.compile(r"\sof\s+(?:the\s+)?$")  # 'the police of Chad', 'the judges of the Gambia'


def vouching_agent(text: str, start: int) -> bool:
    """(located66) Whether an agent noun phrase and 'of' stand right before the country word at `start` ('the police
    of Chad', 'the army of Jordan'): a name's other reading (a person, a US state) owns no state's agents, so the
    agent vouches for the state, as a genitive or a verb after it does (the guard of countries.find_countries).
    (enarmed68b) So does an armed agent linked by 'in', with a compass word or part between ('rebels in northern
    Chad', 'militants in the south of Chad'): a person is never where armed men are; police or officials 'in' a
    name may be a US state's ('police in northern Georgia'), so only armed agents vouch so."""
    link = OF_BEFORE_RE.search(text, max(0, start - LINK_REACH), start)
    if link is not None and agent_before(text, link.start()) is not None:
        return True
    link = COMPASS_LINK_BEFORE_RE.search(text, max(0, start - COMPASS_LINK_REACH), start) \
        or LINK_BEFORE_RE.search(text, max(0, start - LINK_REACH), start)
    agent = agent_before(text, link.start()) if link is not None else None
    return agent is not None and agent[1] in VOUCHING_IN_SECTORS


PARTNER_SIDE_SECTORS = ARMED_GROUP_SECTORS | PARTY_SIDE_SECTORS  # meet50b: a state's non-government sides
PARTNER_BEFORE_RE = re.compile(r"\b(?:with|met|meets|meeting|received|receives|receiving)\s+(?:the\s+)?$", re.I)  # 'talks with (the) ', 'met with '; meet52b: a meeting verb's object ('met the opposition in')


def partner_side_in_capital(text: str, start: int) -> bool:
    """(meet50b) Whether the capital at `start` follows a non-government side that is a 'with' partner ('held talks
    with the rebels in Havana', 'met with the opposition in Nairobi'): such sides meet a government abroad, in a
    third state's capital, so the capital says where the talks are and makes the side no one's (the state the
    sentence names, pipeline/states.domestic_items, owns it). 'Officials in Lima', 'rebels in Kabul attacked' (no
    partner's 'with') stay the capital's state's."""
    link = LINK_BEFORE_RE.search(text, max(0, start - LINK_REACH), start)
    agent = agent_before(text, link.start()) if link is not None and link.group(0).lstrip().startswith("in") else None
    if agent is None or agent[1] not in PARTNER_SIDE_SECTORS:
        return False
    return bool(PARTNER_BEFORE_RE.search(text, max(0, agent[0] - 12), agent[0]))


def owned_elsewhere(word: str, at: int) -> bool:
    """Whether the word before the agent phrase makes the agent another's: a capitalized word not opening the
    text, a country adjective, an outsider's word or a possessive determiner."""
    low = word.lower()
    return word[:1].isupper() and at > 0 or low.rstrip("'’s") in adjectives_set() \
        or low in outsider_modifiers_en() or low in OWNER_WORDS


FROM_BEFORE_RE = re.compile(r"\sfrom\s+$")  # 'officials from ', right before the capital
FROM_REACH = 8
# enmeet68: the envoys of a state to a meeting, named by the other side ('their counterparts from Quito'): a possessive
# determiner before them says whose counterparts they are, not whose they are
COUNTERPART_BEFORE_RE = re.compile(r"\b(?:(?:its|their|his|her|our)\s+)?(?:counterparts?|delegations?|negotiators)\s+$")


def envoys_from(text: str, start: int) -> int | None:
    """(enmeet68) Where the envoys start when a state's own agent noun (GOV: 'officials', 'diplomats', 'a government delegation') or a
    counterpart noun stands right before 'from' and the capital starting at `start` ('met their counterparts from
    Quito', 'talks with officials from Lima'): people sent from a capital are its state's, so the capital names a side,
    not a place, and its mention spans them so it takes their role in the clause. An agent owned by an adjective, a name or an outsider's word stays theirs ('Chilean diplomats from
    Lima'), and forces are not envoys ('troops from Kyiv' says where they left)."""
    link = FROM_BEFORE_RE.search(text, max(0, start - FROM_REACH), start)
    if link is None:
        return None
    counterpart = COUNTERPART_BEFORE_RE.search(text, max(0, link.start() - 40), link.start() + 1)
    if counterpart is not None:
        return counterpart.start()
    agent = agent_before(text, link.start())
    if agent is None or agent[1] != STATE_SECTOR:
        return None
    before = WORD_BEFORE_RE.search(text, max(0, agent[0] - 30), agent[0])
    return agent[0] if before is None or not owned_elsewhere(before.group(1), before.start()) else None
