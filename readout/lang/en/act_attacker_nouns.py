"""(enmil47, issue 15) An attack noun that names the attackers, not the attack: 'Suicide bombers killed six people in
X', 'A suicide bomber struck a market in X'.

Why: the lexicon's suicide-attack noun takes its agent forms too ('suicide bomber(s)'), so the noun in the subject of
a verb of harm is that verb's act (act_fire_aims.attack_victims, as 'A car bomb killed ...'), and an act no side is
named for went to the place's state, as its government (GOV): the bombers were read as the state they struck.
Unnamed attackers are a non-state armed sector of the place (as 'Militants killed ...' reads: REB, 'Gunmen ...' UAF),
never its government.

Rule: an ASSAULT noun whose own words are an agent phrase of the agents table (the Phoenix dictionary with our
overrides: 'suicide bomber' REB) of a sector of armed people with no state (`STATELESS_FORCE_SECTORS` less a state's
forces) acts as those people: `people_subject` is that sector, as a verb's subject 'militants' marks it. Not an attack
noun ('a suicide bombing', 'the attack': no agent), nor a state's forces ('bombers' are aircraft, MIL).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of
from readout.sectors import STATELESS_ARMED_SECTORS

ATTACKER_SECTORS = STATELESS_ARMED_SECTORS
ASSAULT = "ASSAULT"


MODIFIER_REACH = 2  # words before an attack noun its attackers may be named in ('a [rebel] attack', 'a [militant] drone attack')


def attacker_nouns(text: str, hits: list[ActHit], toks: list[Token] | None = None) -> list[ActHit]:
    """The ASSAULT nouns naming stateless attackers, in their own words or in a modifier before them, marked with
    their sector as the acting people's."""
    out = []
    for h in hits:
        sector = sector_of(text[h.start:h.end]) if h.type == ASSAULT and h.nominal else None
        if sector not in ATTACKER_SECTORS and h.type == ASSAULT and h.nominal and toks is not None:
            sector = modifier_attackers(toks, h)
        if sector in ATTACKER_SECTORS and not h.data.get("people_subject"):
            h = replace(h, data={**h.data, "people_subject": sector})
        out.append(h)
    return harm_verb_attackers(toks, out) if toks is not None else out


CAUSE_GAP = 5  # tokens from a harm's passive verb to its cause's head ('killed [in a suspected rebel] attack')


def harm_verb_attackers(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """(enattack51b) 'Two X lawmakers were killed in a rebel attack': the passive verb of harm whose cause (act_harm_causes:
    the attack noun after 'in', with `victims`) names its attackers in a modifier takes them as its agent
    (`agent_sector`) and the cause's victims, as 'killed in an attack by rebels' reads the 'by' phrase. Why: the verb
    and the noun are one attack; the verb, with no agent of its own, gave the attack to the victims' state."""
    causes = [h for h in hits if h.nominal and h.data.get("victims") and h.data.get("people_subject") in ATTACKER_SECTORS]
    out = []
    for h in hits:
        k = h.data.get("token")
        cause = next((c for c in causes if k is not None and 0 < c.data["token"] - k <= CAUSE_GAP
                      and k + 1 < len(toks) and toks[k + 1].low == "in"), None) \
            if h.type == ASSAULT and not h.nominal and h.data.get("passive") and not h.data.get("agent_sector") else None
        if cause is not None:
            victims = {key: cause.data[key] for key in ("victims", "domestic_target", "domestic_sector") if key in cause.data}
            h = replace(h, data={**victims, **h.data, "agent_sector": cause.data["people_subject"]})
        out.append(h)
    return out


def modifier_attackers(toks: list[Token], hit: ActHit) -> str | None:
    """(enattack51b) The sector of stateless armed people a noun modifier right before the attack noun names ('killed
    in a [rebel] attack', 'a [militant] drone attack': REB), else None. Why: the modifier is the attack's doer, as
    'an attack by rebels' names it; without it the attack went to the place's state, as its government. A state's
    forces ('an army attack') and words of no agent ('a drone attack', 'a suicide attack') mark nothing."""
    k = hit.data.get("token")
    if k is None:
        return None
    for t in reversed(toks[max(0, k - MODIFIER_REACH):k]):
        if not t.word or t.raw[:1].isupper():
            return None  # a determiner or a name ends the modifiers: 'a Malian attack' is a state's word
        sector = sector_of(t.low)
        if sector in ATTACKER_SECTORS:
            return sector
    return None
