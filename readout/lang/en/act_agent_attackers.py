"""(victims48, issues 13, 15) An attack noun whose 'by' agent is an unnamed armed group: 'died in an attack by
rebels in X', 'an ambush by gunmen', 'a raid by suspected militants'.

Why: the agent after 'by' names the attackers, but with no state word in it the act took the place's state as its
government (GOV), as if the state had struck its own villagers; a verb's subject 'Rebels attacked ...' already reads
the rebels (REB) of the place, and an attacker noun 'Suicide bombers ...' its sector (act_attacker_nouns).

Rule: an ASSAULT nominal's `agent_span` that opens (past a determiner and at most `QUALIFIERS` lower-case words,
'unidentified', 'suspected') with an agent phrase of the agents table of a sector of armed people with no state
(REB, UAF, CRM ...: `STATELESS_FORCE_SECTORS` less a state's forces) acts as those people (`people_subject`), whose
state the pipeline gives from the place (act_actors, as for a verb's subject). Not a state's forces ('by police',
'by the army': MIL, COP, read as before), nor an agent with its state's word ('by Malian rebels': the word's state
and the noun's sector, read by the side items), nor a capitalized name ('by the Lord's Resistance Army').
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.agents import agent_after
from readout.sectors import STATE_FORCE_SECTORS, STATELESS_FORCE_SECTORS

ATTACKER_SECTORS = STATELESS_FORCE_SECTORS - STATE_FORCE_SECTORS
ASSAULT = "ASSAULT"
QUALIFIERS = 2  # lower-case words before the agent noun ('suspected armed gunmen')
LEAD_RE = re.compile(r"\s*(?:(?:the|a|an)\s+)?")
WORD_RE = re.compile(r"[a-z][a-z-]*\s+")


def agent_attackers(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The ASSAULT nominals whose 'by' agent is an unnamed armed group, marked with its sector as the acting people's."""
    return [marked(text, h) for h in hits]


def marked(text: str, hit: ActHit) -> ActHit:
    span = hit.data.get("agent_span")
    if hit.type != ASSAULT or not hit.nominal or not span or hit.data.get("people_subject"):
        return hit
    sector = armed_sector(text, span[0])
    return replace(hit, data={**hit.data, "people_subject": sector}) if sector else hit


def armed_sector(text: str, at: int) -> str | None:
    """The sector of the stateless armed people the agent phrase at `at` opens with, else None."""
    at = LEAD_RE.match(text, at).end()
    for _ in range(QUALIFIERS + 1):
        found = agent_after(text, at, named=False)
        if found:
            return found[1] if found[1] in ATTACKER_SECTORS else None
        word = WORD_RE.match(text, at)
        if not word:
            return None
        at = word.end()
    return None
