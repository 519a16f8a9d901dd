"""The context patterns of English country mentions (from countries.py, debt50): the words around a country form
that say what it stands for, each a regex or a one-pattern test. Before it: a place preposition ('in Pyongyang': a
place), a thing addressed, sourced or handed over to a capital (its government), an own envoy posted there, an owner
noun and 'of' ('the government of Iraq'), a people marker ('ethnic Albanians'). After it: agent nouns ('the Afghan
government'), a guard verb ('Jordan said'), a body handling the land ('Taiwan Affairs Office'), a relation noun
('Russia's neighbour Belarus'), a counterpart ('his Georgian counterpart'), a nation's people; and the state a
people named with its marker acts for (`ethnic_mentions`).
Why a module of its own: lang/en/countries.py reads the forms of a sentence and decides, and towns, places,
place_agents and misspelt_countries ask the same patterns; kept apart, the reader stays a few hundred lines and
the patterns are found by topic.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern
from readout.kb.loader import kb, lexicon
from readout.lang.en.country_bodies import NAME_GOES_ON_RE
from readout.model import CountryMention
from readout.patterns import alternation

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


@budget.table()
def posted_envoy_re() -> re.Pattern:
    """(enrequest68) 'its ambassador in ', 'their diplomats to ': an own envoy's post right before a capital. The
    capital names the state that hosts the envoy (a recall or an order home is aimed at it), not a place an act
    happened in. The envoy nouns and own possessives are the act lexicon's ('his'/'her' name a person's own)."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.act_lexicon import load_act_lexicon
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.act_cue_filling import cues_of
    cues = cues_of(load_act_lexicon("en"))
    own = alternation(w for w in cues.own_possessives if w not in ("his", "her", "own"))
    return re.compile(rf"(?i)\b(?:{own})\s+(?:[a-z-]+\s+){{0,{POSTED_WORDS}}}(?:{alternation(cues.envoy_nouns)})"
                      r"\s+(?:in|to)\s+$")


BASED_RE = re.compile(r"-based\b")  # 'Gaza-based militants': the place before it locates the agent after it


@budget.table()
def owner_before_re() -> re.Pattern:
    """'the government of ', 'The President of the ': an agent noun and 'of' right before a form; 'a
    spokesman for the ', 'an adviser to the ': a speaker noun and 'for', 'to' or 'of'."""
    of_nouns = [*kb().countries.agent_nouns_en, *kb().countries.head_nouns_en]
    return compile_pattern(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?:(?:" + alternation(of_nouns) + r")\s+of"
                           r"|(?:" + alternation(kb().countries.speaker_nouns_en) + r")\s+(?:for|to|of))\s+(?:the\s+)?$")


@budget.table()
def agent_after_re() -> re.Pattern:
    """' government', ' government forces', ' security forces': agent nouns right after a country form."""
    nouns = alternation(n for n in kb().countries.agent_nouns_en if n.islower())
    return re.compile(rf"(?:\s+(?:{nouns})){{1,2}}\b")


@budget.table()
def modifier_after_re() -> re.Pattern:
    """The nouns after which the clause reader takes a name for a modifier ('the Moon government'):
    only there does a country's span take its agent nouns (a longer span would change how far it is
    from the next country, which the receiving side reads as coordination)."""
    return re.compile(lexicon("en")["clause"]["modifier_after_re"], re.I)


@budget.table()
def guard_verb_re() -> re.Pattern:
    return re.compile(r"\s+(?:" + alternation(kb().countries.guard_verbs_en) + r")\b")


GUARD_AUXILIARIES = frozenset({"has", "had", "have", "will", "would", "is", "was", "and"})  # no verb of address


@budget.table()
def guard_object_re() -> re.Pattern:
    """A verb of `guard_verbs_en` that addresses or acts on someone, ending right before a name ('urged ', 'condemned ')."""
    verbs = [v for v in kb().countries.guard_verbs_en if v not in GUARD_AUXILIARIES]
    return re.compile(r"\b(?:" + alternation(verbs) + r")\s+$")


def addressed_object(text: str, start: int, end: int) -> bool:
    """"The European Union urged Georgia to reverse the law", "Egypt accused Jordan of": a guarded form right after a
    verb of address is the state that verb acts on, as it is the state before one ('Georgia said'); a name going on
    ('urged Jordan Peterson') stays a person's."""
    return bool(guard_object_re().search(text[max(0, start - 16):start])) and not NAME_GOES_ON_RE.match(text, end)


OWNER_LINKS = ("of", "for", "to")  # the words `owner_before_re` ends with


ENVOY_OWNER_RE = re.compile(r"(?i)^(?:the\s+)?(?:representatives?|delegates?|delegations?|envoys?|emissar(?:y|ies))\s")


def envoy_owner(phrase: str) -> bool:
    """(enmeet68) Whether an owner phrase ('representatives of the ') names people sent to speak for the agent after
    it: they keep that agent's sector (the rebels' REB, a state's government), not the sector their own noun has
    elsewhere ('representatives' alone: lawmakers, LEG)."""
    return ENVOY_OWNER_RE.match(phrase) is not None


def speaker_owner(phrase: str) -> bool:
    """(actors56) Whether an owner phrase ('a spokesman for the ', 'an adviser to the ') names a speaker for the body
    after it: the speaker speaks with that body's voice, so an agent named after the state keeps its sector ('a
    spokesman for the Kenyan army': MIL, as 'the Kenyan army spokesman' reads; Phoenix codes a body's spokesman
    with the body's code); a bare state after it ('a spokesman for Kenya') stays the government's."""
    words = [w for w in phrase.lower().split() if w != "the"]
    if len(words) < 2 or words[-1] not in ("for", "to"):
        return False
    return words[-2] in speaker_nouns() or " ".join(words[-3:-1]) in speaker_nouns()


def leader_owner(phrase: str) -> bool:
    """(actors57) Whether an owner phrase ('a leader of the ', 'the president of the ') names a body's leader: with an
    agent named after the state, the leader is that body's ('a leader of the Kenyan opposition': OPP, as 'the Kenyan
    opposition leader' reads), not the state's government that the bare noun gives ('the leader of Kenya': GOV)."""
    words = [w for w in phrase.lower().split() if w not in ("the", "a", "an")]
    return len(words) >= 2 and words[-1] == "of" and words[-2] in leader_nouns()


@budget.table()
def leader_nouns() -> frozenset[str]:
    """The leader nouns of the countries table, lower case (`leader_owner`)."""
    return frozenset(n.lower() for n in kb().countries.leader_nouns_en)


@budget.table()
def speaker_nouns() -> frozenset[str]:
    """The speaker nouns of the countries table, lower case (`speaker_owner`)."""
    return frozenset(n.lower() for n in kb().countries.speaker_nouns_en)


@budget.table()
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


@budget.table()
def domain_body_after_re() -> re.Pattern:
    return re.compile(lexicon("en")["domain_body_after_re"])


def domain_of_body(text: str, end: int) -> bool:
    """Whether the country word ending at `end` opens the name of a body handling that land ('Taiwan Affairs
    Office', 'Hong Kong and Macao Affairs Office'): the body is another state's (or the land's own, named
    elsewhere), so the word names no side of the acts the body reports."""
    return bool(domain_body_after_re().match(text, end))


@budget.table()
def relation_owner_after_re() -> re.Pattern:
    return re.compile(lexicon("en")["relation_owner_after_re"])


def relation_owner(text: str, end: int) -> bool:
    """Whether the country word ending at `end` owns a relational noun followed by a name ("Kenya's ally Uganda
    accused", "Russia's neighbour Belarus said"): the phrase names the other side and says how it stands to the
    possessor, who does nothing in the clause; counting it would give the act a second, wrong actor."""
    return bool(relation_owner_after_re().match(text, end))


@budget.table()
def state_holder_re() -> re.Pattern:
    return re.compile(lexicon("en")["state_holder_after_re"])


def state_holder(text: str, end: int) -> bool:
    """(actors63) Whether the guarded demonym ending at `end` qualifies a counterpart ('his Georgian counterpart',
    'their Georgian and Chilean counterparts'): a counterpart holds an office of a state, so the demonym names the
    state, not a US state."""
    return state_holder_re().match(text, end) is not None


@budget.table()
def nation_people_re() -> re.Pattern:
    return re.compile(lexicon("en")["nation_people_around_re"])


def nation_people(text: str, start: int, end: int) -> bool:
    """(welcome49) Whether the guarded demonym at start..end names a nation's people ('with the Georgian people'):
    the state's people, whom solidarity or support is given to, not a US state's voters."""
    m = nation_people_re().match(text, start)
    return m is not None and m.end() == end
