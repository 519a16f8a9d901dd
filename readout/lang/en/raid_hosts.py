"""(enplace47) The raiders of a raid noun named by an agent noun alone ('a police raid on the Russian embassy in Riga',
'an army raid on the opposition's offices in Kaya'): the agents of the state where the raided place is, as 'police
raided the X embassy in Riga' reads by the place. The embassy's owner is the adjective's state ('Russian': the raid's
target, read by the country forms); the place after 'in' is its host's, whose police come to raid it.

Why a mention over the agent noun: the noun act's owner is its doer (a 'Latvian police raid' is Latvia's), so the
agent noun standing for the host's agents gives the raid, and a condemnation of it, its doer. Not where a country word
or a capitalized name already owns the agent ('a Latvian police raid', 'a Reuters report'), nor where no raided site
('raided_site_after_re': an embassy, an office, a home) and no 'in' and a known place follow."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.model import CountryMention
from readout.kb.geo import country_index
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE
from readout.lang.en.place_agents import adjectives_set, agent_before
from readout.lang.en.towns import PLACE_RUN_RE, place_of
from readout.patterns import alternation

IN_PLACE_RE = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")
OWNER_BEFORE_RE = re.compile(r"([\w'’.-]+)\s*$")
OWNER_REACH = 30  # characters before the agent phrase read for its owner
OWNER_GAP = 4  # characters between a mention and the agent phrase it owns ("Latvia's police raid")


@budget.table()
def raid_noun_re() -> re.Pattern:
    return re.compile(r"\b(?:" + alternation(lexicon("en")["raid_nouns"]) + r")\b")


def raid_host_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A mention of the host state over the agent noun before a raid noun whose raided site is placed 'in' a known city,
    town, region or country ('a police raid on the Russian embassy in Riga': 'police', LVA)."""
    lex = lexicon("en")
    out: list[CountryMention] = []
    for m in raid_noun_re().finditer(text):
        agent = agent_before(text, m.start() - 1) if m.start() > 0 and text[m.start() - 1] == " " else None
        site = lex.re("raided_site_after_re").match(text, m.end())
        placed = IN_PLACE_RE.match(text, site.end()) if site and agent else None
        if placed is None:
            continue
        start, sector = agent
        before = OWNER_BEFORE_RE.search(text, max(0, start - OWNER_REACH), start)
        if before and (before.group(1)[:1].isupper() and before.start(1) > 0
                       or before.group(1).lower().rstrip("'’s") in adjectives_set()) \
                or any(c.start < offset + m.start() and offset + start - OWNER_GAP <= c.end for c in found):
            continue  # 'a Latvian police raid', 'Reuters police sources': the agent has an owner of its own
        place = PLACE_RUN_RE.match(text, placed.end())
        name = place.group(1) if place else ""
        code = country_index().get(name) or place_of(name) if place else None
        if code is None:
            continue
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))
        out.append(CountryMention(offset + start, offset + m.start() - 1, [code], subject=not governed, sector=sector))
    return out
