"""The sides of an act as entities, each with the sector of the words that named it (`sided`): a state's organ
voicing an act, a part of a state acting on another part, a passive's agent and sufferer, people held by their own
state (debt51b: out of pipeline/act_build.py, which reads the sides and asks this module what entities they are).

Why a module of its own: how a side's sector makes it a state, a part of a state or one of two parties is one
question, asked by the event builder and read by the notes on sectors of other modules; the builder keeps the order
of the reading.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from readout.lang.base import ActHit
from readout.lang.base.records import OFFICE_ACCUSED
from readout.sectors import ARMED_PEOPLE_SECTORS, NON_STATE_SECTORS, STATE_BODY_SECTORS, STATE_FORCE_SECTORS
from readout.pipeline.common import country_entity


# request57: a demand or refusal one organ of a state voices to another ('the parliament called on the president to
# resign', '국회는 ... 해제를 요구하는 결의안을 가결했다'): the organ named as its subject (LEG, OPP ...) acts
ORGAN_VOICED = frozenset({"REQUEST", "REJECT", "ACCUSE"})  # accuse59: 'the parliament impeached the president'


# (debt46) The parts of a state that act as themselves on another part of it, asked before the organ rule of `sided`:
# rows of (sector class, whether the organ named must be in it or out of it, condition on the organ, the receiving
# part's sector and the sector the act's subject's words named, the two asked only when a row needs them).
OWN_PART_EXCEPTIONS: tuple[tuple[frozenset, bool, Callable], ...] = (
    # kotargets68: an armed group named acting ('the Free Syrian Army attacked Syrian forces') stays that group,
    # never its state's government
    (ARMED_PEOPLE_SECTORS, True, lambda organ, receiving, subject: True),
    # enactors70: so does a part no state body speaks for, acting on another part ('Burmese army deserters attacked a
    # police post': OPP)
    (NON_STATE_SECTORS, True, lambda organ, receiving, subject: organ != receiving()),
    # actors71: people of no state body its subject names ('herders clashed with police': AGR)
    (STATE_BODY_SECTORS, False, lambda organ, receiving, subject: organ == subject() and organ != receiving()),
)


def own_part_exception(organ: str | None, receiving: Callable[[], str | None],
                       subject: Callable[[], str | None]) -> bool:
    """Whether the organ named acting is a part acting as itself (a row of `OWN_PART_EXCEPTIONS` holds). Why the order:
    every row keeps the organ, so the rows must all come before the organ rule (which keeps an organ only for
    ORGAN_VOICED types or a state's forces, and else gives the act to the state: a rebel group's or herders' attack read
    as their government's); among themselves the narrowest class that needs no other sector comes first (an armed
    group), then the rows that ask the receiving part (`receiving`) and, widest, the subject's words (`subject`), so
    the other sectors are read only for an organ the earlier rows did not keep."""
    return any((organ in sectors) == inside and condition(organ, receiving, subject)
               for sectors, inside, condition in OWN_PART_EXCEPTIONS)


def sided(actors: list[str], recipients: list[str], domestic: set[str], hit: ActHit,
          named_sector: Callable[[str, bool], str | None],
          subject_named: Callable[[str], str | None] = lambda c: None) -> tuple[list, list]:
    """The sides as entities, each with the sector of the words that named it ('Syrian rebels': REB).
    A country on both sides of a domestic act ('police arrested protesters') is two parts of that
    state, told apart by the sectors the language read (`people_subject`, `domestic_sector`) and given
    their own ids; where they cannot be told apart, the recipient is dropped. `subject_named`: the sector of the
    words of the act's subject that named the state (act_actors.subject_sector)."""
    def receiving_sector(c: str) -> str | None:
        return hit.data.get("domestic_sector") or named_sector(c, False)

    def voicing_organ(c: str) -> str | None:  # the organ voicing it, where it is another part than the one it asks
        organ = named_sector(c, True)
        if own_part_exception(organ, lambda: receiving_sector(c), lambda: subject_named(c)):
            return organ
        organ = organ if hit.type in ORGAN_VOICED or organ in STATE_FORCE_SECTORS else None  # koarmed71, actors71: a
        # state's forces named acting at home ('Malian troops killed rebels', '말리군은 반군을 사살했다', 'army engineers
        # ambushed a police patrol': MIL) are those forces, on any other part of their state
        return organ if organ != receiving_sector(c) else None

    acting = [domestic_entity(c, hit.data.get("acting_sector") or hit.data.get("people_subject") or voicing_organ(c))
              if c in domestic else
              country_entity(c, named_sector(c, True)) for c in actors]
    ids = {e.id for e in acting}
    backed = hit.data.get("backed_group", ())  # kofix68: 'Iran armed the rebels': the other state's armed group
    backed = (*backed, *hit.data.get("placed_victims", ()))  # victims49: 'killed five villagers near a town of Y': Y's
    # villagers, with their sector
    receiving = [domestic_entity(c, receiving_sector(c)) if c in domestic else
                 country_entity(c, hit.data.get("domestic_sector") if c in backed else named_sector(c, False))
                 for c in recipients]
    receiving = [held_member(e, hit) if c in domestic and e.id in ids else e for c, e in zip(recipients, receiving)]
    return acting, [e for c, e in zip(recipients, receiving) if c not in domestic or e.id not in ids]


# people53b (issue 14): the acts done to a person's body or freedom, which a state's body does to its own members as
# to anyone ('the government arrested a minister')
DONE_TO_MEMBERS = frozenset({"COERCE", "ASSAULT"})


def held_member(entity, hit: ActHit):
    """(people53b, issue 14) The receiving side of a domestic act of force that has the acting side's own id, where
    the language read the act's object as people of that sector (`domestic_sector`: 'The government of Benin arrested
    a minister', '베냉 정부는 장관을 체포했다': GOV on both sides): a member of the body, with an id of its own, since a
    body cannot arrest itself but does arrest its office holders; dropping it lost the event's only receiver. Other
    acts ('the government praised a minister'), a side of no sector the language read, and an armed group or people of
    no state body ('militias shelled rebel positions': REB both, one group's own positions) keep the one id (dropped).
    (groups54b) An accusation whose object the language read as an office's holder (`office_object`: 'the president
    accused the auditor general', '대통령은 감사원장을 비난했다') is one too; a body accused ('criticized the government')
    is not."""
    held = hit.type in DONE_TO_MEMBERS or hit.type in OFFICE_ACCUSED and hit.data.get("office_object")
    if not held or hit.data.get("domestic_sector") != entity.sector \
            or entity.sector not in STATE_BODY_SECTORS | STATE_FORCE_SECTORS:
        return entity
    return dataclasses.replace(entity, id=f"{entity.id}_{entity.sector.lower()}_member")


def own_agent_sector(hit: ActHit) -> str | None:
    """(ensubj46) The sector of the agent the act's own words name (`agent_span`, with `agent_sector`: 'the tariffs [the
    government imposed]': GOV), which the acting side takes before the words of the sentence's subject ('farmers
    condemned the tariffs the government imposed': the government acts, no farmers); a passive's agent is read by
    `passive_sectors`. A state the agent's words name with no sector acts as itself ('the tariffs Lima imposed': none
    of the farmers of the sentence's subject: `build_act`)."""
    if hit.data.get("passive") or "agent_span" not in hit.data:
        return None
    return hit.data.get("agent_sector")


def passive_sectors(hit: ActHit, read: ActHit) -> ActHit:
    """(actors61) A passive act whose agent the language named with a sector ('시위대가 경찰에 체포됐다', `agent_sector`
    COP): on a domestic act the agent's part acts (`acting_sector`) and the subject, who suffered it, receives with
    its own sector (`people_subject`, 'the opposition leader' OPP), never the agent's: 'arrested by the police' was
    read government -> police. `read`: the hit as the recipient readers left it; returned with the two sectors."""
    agent = hit.data.get("agent_sector")
    if not hit.data.get("passive") or not agent:
        return read
    sufferer = hit.data.get("people_subject")
    receiving = sufferer if sufferer and sufferer != agent else read.data.get("domestic_sector")
    data = {**read.data, "acting_sector": agent}
    if receiving and receiving != agent:
        data["domestic_sector"] = receiving
    else:
        data.pop("domestic_sector", None)
    return read.copied(data=data)


def own_forces_doer(hit: ActHit) -> str | None:
    """(enacts50b) The sector of an active act's own subject when it is the state's forces ('Kenyan police arrested
    two men', 'police in X detained a student': COP): people held by their own state are held by those forces, as the
    passive's named agent ('were arrested by police') acts with its sector; a passive's people subject is the
    sufferer's, and any other subject ('the government detained X') leaves the state acting as a state."""
    if hit.data.get("passive"):
        return None
    sector = hit.data.get("people_subject")
    return sector if sector in STATE_FORCE_SECTORS else None


def held_side(hit: ActHit) -> ActHit:
    """The act as `sided` reads it: people held or freed by their own state ('the opposition leader was released',
    `patients`, `held_own`) are the receiving side, so their sector is no acting people's (`people_subject`): the
    state holds them, and both sides stay two parties."""
    if not (hit.data.get("patients") or hit.data.get("held_own")) or "people_subject" not in hit.data:
        return hit
    return hit.copied(data={k: v for k, v in hit.data.items() if k != "people_subject"})


def domestic_entity(code: str, sector: str | None):
    """One side of a domestic act: a sector other than the government's makes it a part of the state,
    with an id of its own so that both sides stay two parties."""
    entity = country_entity(code)
    if not sector or sector == entity.sector:
        return entity
    return dataclasses.replace(entity, id=f"{entity.id}_{sector.lower()}", sector=sector)


def coordinated_parts(acting: list, recipients: list[str], subject_sectors: Callable[[str], set]) -> list:
    """(orgs52, issue 14) A state named in one act's subject both as its own body and as its armed group ('the
    Sudanese army and the X Forces agreed to a truce', '수단군과 X군은 휴전에 합의했다'): both act, the state's body
    as the state and the group as a part of it with an id of its own (as `states.domestic_sides` gives a meeting's
    parties), where the one code made the group vanish into its state. Only for a state not also on the receiving
    side (a domestic act is `sided`'s), and only for an armed group (ARMED_PEOPLE_SECTORS) beside words naming a
    state body or force ('army', '군'), so 'Syrian troops and police' stays one state, and a bare state word read as
    a subject beside the group ('Taliban ruled Afghanistan has shared ...': the place it rules) makes no second side."""
    out = []
    for e in acting:
        found = subject_sectors(e.country) if e.kind == "country" and e.country not in recipients else set()
        armed = sorted(s for s in found if s in ARMED_PEOPLE_SECTORS)
        state = [s for s in found if s in STATE_BODY_SECTORS or s in STATE_FORCE_SECTORS]
        if not armed or not state:
            out.append(e)
            continue
        body = e if e.sector not in ARMED_PEOPLE_SECTORS else country_entity(e.country, state[0])
        out += [body, domestic_entity(e.country, armed[0])]
    return out


def paired_part_entities(acting: list, recipients: list[str], sector: str | None) -> list:
    """(groups53, issue 14) A mutual act whose subject pairs a state's body or force with an armed group's noun of no
    state ('The Malian army and rebels agreed to a truce', '말리군과 반군은 휴전에 합의했다': the language's
    `paired_part`, the group's sector): the group acts too, as a part of the one acting state with an id of its own,
    as `coordinated_parts` gives a named group. Only where one state acts, by a body or force, is not also receiving,
    and has no side of that sector yet."""
    states = {e.country for e in acting if e.kind == "country"}
    if not sector or len(states) != 1 or len(acting) != 1 or states & set(recipients):
        return acting
    body = acting[0]
    if body.sector not in STATE_BODY_SECTORS and body.sector not in STATE_FORCE_SECTORS:
        return acting
    return acting + [domestic_entity(body.country, sector)]

