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
and the noun's sector, read by the side items), nor a capitalized name ('by the Lord's Resistance Army'). A passive verb with such an agent, 'were killed by gunmen
in X', already acted as the place's group; its subject is marked as the harmed (`harmed_by_armed`), so people of the
place's own state receive it too.
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.agents import agent_after
from readout.sectors import HARMED_SECTORS, STATE_FORCE_SECTORS, STATELESS_ARMED_SECTORS

ATTACKER_SECTORS = STATELESS_ARMED_SECTORS
ASSAULT = "ASSAULT"
CIVILIANS = "CVL"
COUP = "pro_autocracy"  # the context of a coup's entries: its passive subject is a leader ousted, no victims
QUALIFIERS = 2  # lower-case words before the agent noun ('suspected armed gunmen')
LEAD_RE = re.compile(r"\s*(?:(?:the|a|an)\s+)?")
WORD_RE = re.compile(r"[a-z][a-z-]*\s+")
SPAN_WORD_RE = re.compile(r"\b[A-Za-z]")  # where a word of the harmed span starts


def agent_attackers(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The ASSAULT nominals whose 'by' agent is an unnamed armed group, marked with its sector as the acting people's."""
    return [marked(text, h) for h in hits]


def marked(text: str, hit: ActHit) -> ActHit:
    hit = harmed_by_armed(text, hit)
    span = hit.data.get("agent_span")
    if hit.type != ASSAULT or not hit.nominal or not span or hit.data.get("people_subject"):
        return hit
    sector = armed_sector(text, span[0])
    return replace(hit, data={**hit.data, "people_subject": sector}) if sector else hit


def harmed_by_armed(text: str, hit: ActHit) -> ActHit:
    """'Five residents were killed by gunmen in X': a passive of force whose 'by' agent is an unnamed armed group marks
    its subject (`target_spans`) as the people it harmed (`victims`, `domestic_target` with their sector), as 'died
    in an attack by gunmen' does (act_harm_causes): they receive the attack of the place's state's group, also when
    they are that state's own (pipeline act_recipients_own_side.own_victims). (plover51) A coup's passive ('the
    government of X was toppled by rebels') harms no people: its subject is the government ousted, which
    act_armed_ousters.ousted_leader marks GOV."""
    by, spans = hit.data.get("by"), hit.data.get("target_spans")
    if hit.type != ASSAULT or not hit.data.get("passive") or by is None or not spans or hit.data.get("victims") \
            or COUP in hit.contexts \
            or not (armed_sector(text, by) or stated_armed_agent(hit) or harmed_by_forces(hit)):
        return hit
    return replace(hit, data={**hit.data, "victims": spans[0], "domestic_target": spans[0],
                              "domestic_sector": hit.data.get("people_subject") or harmed_office(text, spans[0])
                              or CIVILIANS})


def harmed_office(text: str, span: tuple[int, int]) -> str | None:
    """(koattack51) The sector of the first agent phrase inside the harmed span that is a harmed sector of its own
    ('The Malian prime minister was killed by rebels': GOV, `HARMED_SECTORS`), which the subject's people reading
    (`people_subject`, one people noun) misses for a determiner and an office of two words; None: civilians stand."""
    for word in SPAN_WORD_RE.finditer(text, span[0], span[1]):
        found = agent_after(text, word.start(), named=False)
        if found and found[0] <= span[1] and found[1] in HARMED_SECTORS:
            return found[1]
    return None


def stated_armed_agent(hit: ActHit) -> bool:
    """(enattack52) 'A soldier was killed by Malian rebels': a 'by' agent the reader gave a sector of stateless armed
    people (`agent_sector` REB, UAF ...) though a state's word opens it, which `armed_sector` reads past no capital: the
    subject is the harmed all the same, of the state its own words name, else of the agent's (a domestic attack: the
    rebels' own state's soldier), as 'killed by rebels in X' reads the place's. Only a subject of people
    (`people_subject`): 'An airport in X was attacked by Afghan insurgents' harmed no one (the site's reading stands).
    A state's forces ('by Turkish forces') are `harmed_by_forces`'."""
    return hit.data.get("agent_sector") in ATTACKER_SECTORS and bool(hit.data.get("people_subject"))


def harmed_by_forces(hit: ActHit) -> bool:
    """(enattack50) 'Two protesters were shot dead by Iranian police': a passive of force whose 'by' agent is a state's
    forces (`agent_sector` MIL, COP) and whose subject is people of a sector (`people_subject`: protesters CVL,
    students EDU): the people are the harmed, of the state their words name, else the forces' own, as the active
    'Iranian police shot dead two protesters' reads its object (a domestic act of two parts of one state)."""
    return hit.data.get("agent_sector") in STATE_FORCE_SECTORS and bool(hit.data.get("people_subject"))


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
