"""Bodies that stand for a state in English text: listed bodies with a state no country form covers ('the
Pentagon said', 'Hamas fired', 'the Security Council condemned'; organizations.yaml), a body's own people after
its possessive ("Hezbollah's leader"), a body named before its country ('the State Council of China'), and
international bodies by the shape of their name ('Organization', 'Union' with a word of more than one state).
Why a module of its own: these readers find bodies, not country forms; lang/en/countries.py asks them once per
sentence after the forms are read, and lang/en/state_phrases.py shares their head nouns.
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import kb, lexicon
from readout.kb.nonstate import NGO_CODE, ngo_words_en
from readout.lang.en.org_owners import shared_surfaces
from readout.sectors import ARMED_PEOPLE_SECTORS
from readout.lang.en.agents import agent_after
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE, OWNER_GAP_RE, backed_before, is_possessive
from readout.model import CountryMention
from readout.patterns import alternation
from readout.kb.agents import followers
from readout.kb.heads import person_state


def may_end_with_word(text: str, lo: int, end: int, words: tuple[str, ...]) -> bool:
    """False where text[lo:end] cannot end with '<space>WORD<spaces>' or '<space>WORD<spaces>the<spaces>'
    for a word of `words`, which BODY_OF_RE and `owner_before_re` both end with: two string tests
    before a pattern that a search tries at every position of the window (most country words follow
    no 'of' or 'in'; `body_before` searching 80 characters was a tenth of the English country reader)."""
    window = text[lo:end]
    last = window.rstrip()
    if len(last) == len(window):
        return False
    if last.endswith("the"):
        rest = last[:-3]
        last = rest.rstrip()
        if len(last) == len(rest):
            return False
    return last.endswith(words)


NAME_GOES_ON_RE = re.compile(r" [A-Z]")
BODY_OF_RE = re.compile(r"(?<![\w'’.-])(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*"
                        r"[A-Z][\w'’.-]*)*)\s+(?:of|in)\s+(?:the\s+)?$")


@budget.table()
def body_heads() -> frozenset[str]:
    c = kb().countries
    return frozenset(c.igo_heads_en) | frozenset(c.body_heads_en)


def body_before(text: str, start: int, end: int) -> int | None:
    """Where a capitalized body's name that ends in 'of'/'in' + this country form starts ('the State
    Council of the People's Republic of China', 'the Movement for Justice in Syria', 'the Supreme Council
    of Egypt'): the body is the country's, as 'the government of Iraq' is. Only when the name holds a
    head noun (igo_heads_en, body_heads_en), the form ends the name (not 'the Organization of American
    States') and no word of more than one state makes it an international body (named_bodies reads those)."""
    if NAME_GOES_ON_RE.match(text, end):
        return None  # the name goes on; a hyphened wing ('the Communist Party of India-Maoist') does not
    if not may_end_with_word(text, max(0, start - 80), start, ("of", "in")):
        return None
    m = BODY_OF_RE.search(text, max(0, start - 80), start)
    if not m:
        return None
    words = set(m.group("name").split())
    _heads, markers = igo_words()
    if not words & body_heads() or words & set(markers):
        return None
    return m.start()


def body_mentions(text: str, offset: int, found: list[CountryMention], bodies: list | None = None) -> list[CountryMention]:
    """Listed bodies with a state (or UNO/EUR/IGO) that no country form overlaps: 'the Pentagon said',
    'Hamas fired', 'the Security Council condemned'. A ministry found by pattern has its country word
    already ('the Japanese Defense Ministry'), so only listed names are added."""
    if bodies is None:
        # cold start: not loaded with `English`, only on first use
        from readout.lang.en.organizations import listed_bodies

        bodies = listed_bodies(text)
    out: list[CountryMention] = []
    for org in bodies + named_bodies(text):
        if org.country is None:
            continue
        start, end = offset + org.start, offset + org.end
        if any(c.start < end and start < c.end for c in found) or any(c.start < end and start < c.end for c in out):
            continue
        if any(OWNER_GAP_RE.fullmatch(text, c.end - offset, org.start) for c in found if c.end <= start):
            continue  # 'the Philippine Senate', "Iraq's parliament": the body of the state named before it
        if NAME_BEFORE_RE.search(text, max(0, org.start - 30), org.start) and not backed_before(text, org.start) \
                and not owner_possessive_before(text, org.start):
            continue  # 'the African National Congress': the end of a longer name, not the listed body
        if abbreviates_a_rule(text, org.start):
            continue  # 'the Andean Trade Pact (ATP)': the agreement's short name, no body
        genitive = is_possessive(text, org.end, org.surface)
        if text.startswith(("'s", "’s"), org.end):  # "Hezbollah's leader said": the body's own people act
            member = members_after(text, org.end, org.surface)
            if member is None:
                continue  # "Hezbollah's attack", "Assad's forces" (a follower noun): read as before, by others
            end, genitive = offset + member, False
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, org.start - 14):org.start]))
        out.append(CountryMention(start, end, [org.country], genitive=genitive, subject=not genitive and not governed,
                                  sector=org.sector))
    return out


OWNED_GROUP_SECTORS = ARMED_PEOPLE_SECTORS | {"CRM"}  # threat62: groups of no state office, named after their state


def owned_group(text: str, end: int, code: str, bodies: list, qualifier: bool = False) -> tuple[int, str] | None:
    """(threat62) (end, sector) of a listed armed group of the state `code` named right after that state's word
    ("Somalia's al-Shabaab", "Lebanon's Hezbollah", "the Yemeni Houthis"): the phrase is the group's side, with the
    group's sector, not the state's government; None when no such group follows. (en67) A demonym
    (`qualifier`) names the branch of a group listed under another state ('the Pakistani Taliban'): the same
    phrase, the group's sector with the demonym's state; a bare name or a possessive before another state's group
    ('Israel Hamas talks', "Qatar's Hamas office") owns nothing. (groups55b, issue 14) So does a state's own body of a
    name many states' bodies bear (org_owners.shared_surfaces: 'the Ugandan Red Cross', the national society): its sector
    (SOC) with the state, not the state's government."""
    for org in bodies:
        if org.start >= end and (org.country == code or qualifier) \
                and (org.sector in OWNED_GROUP_SECTORS or org.surface in shared_surfaces()) \
                and OWNER_GAP_RE.fullmatch(text, end, org.start):  # groups55b: 'the Ugandan Red Cross' SOC
            return org.end, org.sector
    return None


def members_after(text: str, end: int, name: str) -> int | None:
    """Where the agent noun or office title after a body's possessive ends ("Hezbollah's leader", "Hamas's
    military wing", "the Taliban's spokesman"), or None: the phrase is the body's side, with the body's sector
    (a group's leader is the group's), as "Lebanon's leader" is the state's."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.mentions import title_after

    gap = OWNER_GAP_RE.match(text, end)
    at = gap.end() if gap else end
    if text[at:].split(" ", 1)[0].lower() in followers("en") and person_state(name) is not None:
        return None  # "Assad's forces": a person's followers, read by follower_mentions
    qualifier = QUALIFIER_ONE_RE.match(text, at)
    found = agent_after(text, at) or title_after(text, at) or (agent_after(text, qualifier.end()) if qualifier else None)
    return found[0] if found else None


QUALIFIER_ONE_RE = re.compile(r"[a-z][a-z-]+\s+")  # 'military' in "Hamas's military wing"


def named_spans(text: str, bodies: list | None = None) -> list[tuple[int, int, str]]:
    """(start, end, state) of the listed bodies with a state in `text`: a country form inside one that
    names another state ('the Workers' Party of Korea' PRK, 'U.S. Forces Korea' USA) is part of the name,
    and the body (body_mentions) gives the state, not the form."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.organizations import listed_bodies

    return [(o.start, o.end, o.country) for o in (listed_bodies(text) if bodies is None else bodies)
            if o.country is not None]


def abbreviates_a_rule(text: str, start: int) -> bool:
    """A name in brackets right after an agreement's or convention's name (a word of `not_before_en`)
    is that agreement's short form."""
    m = re.search(r"(\w+)\s*\(\s*$", text[max(0, start - 40):start])
    return bool(m and m.group(1) in kb().countries.not_before_en)


POSSESSIVE_BEFORE_RE = re.compile(r"[A-Za-z][’']s\s+$")


@budget.table()
def name_part_possessive_re() -> re.Pattern:
    return re.compile(lexicon("en")["name_part_possessive_re"])


def owner_possessive_before(text: str, start: int) -> bool:
    """(plover50) Whether a possessive ends right before the body starting at `start` ("Nasrallah's Hezbollah",
    "bin Laden's al-Qaeda network"): the possessor owns or leads the body, so its name ends there and the body is
    named, not the tail of a longer name (the possessor, a person or a state, is read by its own readers). The
    common nouns that open names with a possessive ("People's ...", "the Lord's Resistance Army") are the exception:
    they are the longer name's first word."""
    lo = max(0, start - 30)
    return bool(POSSESSIVE_BEFORE_RE.search(text, lo, start)) and not name_part_possessive_re().search(text, lo, start)


CAP = r"[A-Z][\w'’.-]*"
NAME_BEFORE_RE = re.compile(r"(?<![.!?]\s)(?<![\w’'-])(?!The\b|A\b|An\b)[A-Z][a-z][\w'’-]*\s+$")
NAME_RE = re.compile(rf"(?<![\w'’.-]){CAP}(?:\s+(?:(?:of|for|and|the|on|in|de|des|la|du)\s+)*{CAP})+")


@budget.table()
def igo_words() -> tuple[frozenset[str], dict[str, str]]:
    c = kb().countries
    return frozenset(c.igo_heads_en), dict(c.igo_markers_en)


@budget.table()
def head_first_words() -> tuple[str, ...]:
    """The first word of each head noun ('Monitoring Mission' -> 'Monitoring'): a sentence without any of
    them names no international body by shape, and is passed over with a few substring tests."""
    return tuple(dict.fromkeys(h.split()[0] for h in igo_words()[0]))


@budget.table()
def head_first_re() -> re.Pattern:
    """`head_first_words` as one pattern of literal words: found anywhere in a text exactly when one of them
    is a substring of it (one scan of the sentence where testing each word was a Python step per word)."""
    return re.compile(alternation(head_first_words()))


def named_bodies(text: str):
    """International bodies by the shape of their name: a capitalized name with a head noun
    ('Organization', 'Union') and a word of more than one state ('International', 'Caribbean', 'UN'),
    which gives the code (UNO, EUR or IGO)."""
    from readout.lang.orgs_common import OrgMention  # cold start: not loaded with `English`, only on first use

    heads, markers = igo_words()
    if not head_first_re().search(text):
        return []  # a gram of a name is words of the text: a head none of whose first words is there is not
    out = []
    for m in NAME_RE.finditer(text):
        words = [re.sub(r"['’]s$", "", w) for w in m.group(0).split()]  # "Africa's" is Africa
        start = m.start() + (4 if words[0] == "The" else 0)
        grams = set(words) | {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}
        if not grams & heads:
            continue
        codes = {markers[g] for g in grams if g in markers}
        if codes:
            code = "UNO" if "UNO" in codes else "EUR" if "EUR" in codes else "IGO"
            if code == "IGO" and set(words) & ngo_words_en():  # 'the Association of Asian Lawyers': members no states
                out.append(OrgMention(start, m.end(), text[start:m.end()], "org_ngo-named", NGO_CODE, "SOC"))
                continue
            out.append(OrgMention(start, m.end(), text[start:m.end()], "org_igo-named", code, "IGO"))
    return out
