"""(victims48, issues 13, 15) Harm told with its subject first and its violent cause after it: '나이지리아 군인 3명이
무장괴한의 총격으로 숨졌다', '주민 4명이 반군의 공격으로 다쳤다'.

Why: lang/ko/act_harm_causes read the victims of an instrumental cause only after it ('총격으로 [군인 3명이] 숨졌다'); with
the subject before the cause the noun of violence had no victims, so the people harmed were taken for its doer (the
soldiers' state attacked, no one received).

Rule: an instrumental cause whose casualty verb (cue casualty_verb) follows right after it, or past a place in
'에서', and whose clause's subject (이/가) stands before it, past the cause's genitive owner (the attacker: '무장괴한의')
and a place in '에서', has that subject as its victims. Not a subject of another verb ('경찰이 총격으로 시위대를
해산했다': no casualty verb), nor a cause whose harm names its victims after it (act_harm_causes reads them).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.ko.act_organs import harmed_people_sector
from readout.lang.ko.act_passive_agents import agent_sector
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, PLAIN_NOUN_TAGS, TOPIC_PARTICLES
from readout.sectors import STATELESS_ARMED_SECTORS

SUBJECT = "JKS"
TOPIC = "JX"
GENITIVE = "JKG"
LOCATIVE = ("JKB", "에서")
OWNER_TAGS = frozenset({"NNG", "NNP", "XSN", "SN", "NNB"})  # '무장괴한들의', '이스라엘군의'
VICTIM_TAGS = frozenset({"NNG", "NNP", "NNB", "SN", "NR", "XSN", "MM", "JKG", "SS", "SP", "MAG"})


def harmed_before(toks: list, first: int, p: int, casualty_verbs: frozenset[str], verb_lemma) -> tuple[int, int] | None:
    """The character span of the subject harmed before the cause whose words open at token `first` and whose
    instrumental particle is at `p` ('[군인 3명]이 괴한의 총격으로 숨졌다'), or None."""
    if p >= len(toks) or toks[p][1] != "JKB" or toks[p][0] not in INSTRUMENTAL_PARTICLES:
        return None
    after = past_place(toks, p + 1)
    if verb_lemma(toks, after) not in casualty_verbs:
        return None
    j = first - 1
    if j >= 0 and toks[j][1] == GENITIVE:  # the attacker, the cause's owner
        j -= 1
        while j >= 0 and toks[j][1] in OWNER_TAGS:
            j -= 1
    j = place_before(toks, j)
    if j < 1 or toks[j][1] != SUBJECT:
        return None
    end = j - 1
    k = end
    while k >= 0 and toks[k][1] in VICTIM_TAGS and (toks[k][1], toks[k][0]) != LOCATIVE:
        k -= 1
    if k == end:
        return None
    return toks[k + 1][2], toks[end][2] + toks[end][3]


def past_place(toks: list, i: int) -> int:
    """The token after a place in '에서' starting at `i` ('마이두구리에서'), else `i`."""
    j = i
    while j < len(toks) and toks[j][1] in PLAIN_NOUN_TAGS:
        j += 1
    return j + 1 if j > i and j < len(toks) and (toks[j][1], toks[j][0]) == LOCATIVE else i


def place_before(toks: list, j: int) -> int:
    """The token before a place in '에서' ending at `j`, else `j`."""
    if j >= 1 and (toks[j][1], toks[j][0]) == LOCATIVE:
        k = j - 1
        while k >= 0 and toks[k][1] in PLAIN_NOUN_TAGS:
            k -= 1
        return k if k < j - 1 else j
    return j


def stateless_agent_passives(toks: list, hits: list, forces: frozenset[str] = frozenset()) -> list:
    """(victims48) '말리 군인 3명이 니아메에서 무장괴한들에게 살해됐다', '반군에 의해 피살됐다': a passive of force whose agent
    (`agent_span`) is an armed group with no state (`agent_sector` REB, UAF, CRM: no name in its words) names no side:
    the span goes, its sector stays, so the pipeline reads it as a passive with no agent named (act_actors.unagented):
    the people harmed never act, the place's state does, with the group's sector, as English 'were killed by gunmen
    in X' reads; with no place, no event. Its subject is marked as the harmed (`victims`), so people of the place's own
    state ('니아메에서 주민 5명이') receive it too. An agent naming a state ('니제르군에 의해') is read as before."""
    armed = STATELESS_ARMED_SECTORS
    out = []
    for h in hits:
        span = h.data.get("agent_span")
        h = suffered_agent_sector(toks, h, forces)  # people53: '[주민들이] 반군의 공격을 받았다': the light verb's agent
        bare = bool(span) and bare_forces(toks, span, forces)  # koacts56: '정부군에 의해': sector MIL, no state named
        if h.type == "ASSAULT" and h.data.get("passive") and span \
                and (h.data.get("agent_sector") in armed or bare) \
                and not any(span[0] <= t[2] < span[1] and t[1] == "NNP" for t in toks):
            data = {k: v for k, v in h.data.items() if k != "agent_span"}
            data["agent_sector"] = FORCES_SECTOR if bare else h.data["agent_sector"]
            if bare:
                data["bare_forces"] = True  # a state's forces named by no state: the harmed's state's, as rebels are
            subject = passive_subject(toks, h.data.get("first"), span)
            if subject is not None:  # the harmed, also of the place's own state ('주민 5명이'), receive it
                sector = harmed_people_sector(toks, subject)  # koattack51: '군인 3명이', '총리가': MIL, GOV, the
                # sufferer's part the pipeline gives a passive (`people_subject`) with it, as act_forces_victims does
                data.update(victims=subject, domestic_target=subject,
                            domestic_sector=sector or h.data.get("people_subject") or "CVL")
                if sector:
                    data["people_subject"] = sector
            h = replace(h, data=data)
        out.append(h)
    return out


def suffered_agent_sector(toks: list, hit, forces: frozenset[str] = frozenset()):
    """(people53, issue 14) The hit, with its agent's sector where it is an attack suffered with a light verb ('니제르
    주민들이 [반군의] 공격을 받았다'): the agent reader gives a light verb's agent no sector (a statement received, '비난을
    받았다', has no armed doer to tell apart), so an armed group of no state named so was left as an agent span with no
    state and the act with no side, while '반군에 의해 살해됐다' read the place's or the harmed's state. An attack suffered
    is force as the passive verb is: an armed group of no state (`STATELESS_ARMED_SECTORS`) as its agent makes it one
    of `stateless_agent_passives`, suffered as a passive verb's act is (no light verb's: that names no doer). Any
    other hit as it came."""
    span = hit.data.get("agent_span")
    if hit.type != "ASSAULT" or not hit.data.get("suffered") or not span or hit.data.get("agent_sector"):
        return hit
    bare = bare_forces(toks, span, forces)  # koacts56: '정부군의 포격을 받았다': the forces of the place's state
    sector = FORCES_SECTOR if bare else agent_sector(toks, span)
    if not bare and sector not in STATELESS_ARMED_SECTORS:
        return hit  # '말리군의 공격을 받았다': a state's forces named, read as before
    data = {k: v for k, v in hit.data.items() if k != "addressee"}  # no promise received: force suffered
    return replace(hit, data={**data, "agent_sector": sector, "suffered": False})


def passive_subject(toks: list, first: int | None, agent: tuple[int, int]) -> tuple[int, int] | None:
    """The character span of the subject (이/가) nearest before the act noun at `first` outside the agent's span
    `agent`, else None: before the agent ('[군인 3명이] 반군에 의해 살해됐다') or, (koattack51b) Korean's other order,
    after it ('반군에 의해 [군인 3명이] 살해됐다'). (actors54) A topic (은/는: '[말리 군인들은] 반군의 공격을 받았다') is the
    passive's subject as 이/가 is: left unread, the harmed topic was read as the attacker of no one."""
    if first is None:
        return None
    j = next((k for k in range(first - 1, -1, -1)
              if (toks[k][1] == SUBJECT or toks[k][1] == TOPIC and toks[k][0] in TOPIC_PARTICLES)
              and not agent[0] <= toks[k][2] < agent[1]), None)
    if j is None or j < 1:
        return None
    k = j - 1
    while k >= 0 and toks[k][1] in VICTIM_TAGS and (toks[k][1], toks[k][0]) != LOCATIVE:
        k -= 1
    return (toks[k + 1][2], toks[j - 1][2] + toks[j - 1][3]) if k < j - 1 else None


FORCES_SECTOR = "MIL"  # a government's bare forces ('정부군'): its state's military


def bare_forces(toks: list, span: tuple[int, int], forces: frozenset[str]) -> bool:
    """(koacts56) Whether the agent span is a government's bare forces and nothing else ('정부군에 의해'; `forces`, cue
    conflict_force_noun): no state's name owns them, so they are the forces of the state the sentence places the
    harm in, read as an armed group of no state is."""
    nouns = [t[0] for t in toks if span[0] <= t[2] < span[1] and t[1] in PLAIN_NOUN_TAGS]
    return bool(forces) and len(nouns) == 1 and nouns[0] in forces \
        and not any(span[0] <= t[2] < span[1] and t[1] == "NNP" for t in toks)
