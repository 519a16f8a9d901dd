"""A state's force turned on its own people or government: an agentless arrest of a part of its political life
('the opposition leader was arrested', '야당 대표가 체포됐다'), people it holds or frees with no other side named
(`own_people_held`), and its forces massed or used at home in a coup (`turned_on_own_state`).

Why: an agentless passive of force with no place named was no one's act (the sufferers are no doers, and a citizen
held abroad is held by a state the sentence may not name). A party, a court, a legislature or the press of one
state, with no other state in the sentence, is arrested by that state's own authorities: PLOVER codes the
arrest as the state's COERCE against that part of itself (a domestic event, both sides the same state).
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from readout.lang.base import CIVILIANS

if TYPE_CHECKING:  # act_recipients runs the readers below: a type hint only, no import cycle
    from readout.pipeline.act_recipients import SideItem, SideReading

# sectors of a state's political life: an agentless arrest of one of them ('the opposition leader was arrested',
# '야당 대표가 체포됐다') is that state's own doing, where no other state is named (a citizen or a diplomat, held
# abroad more often than not, is not: CVL, GOV)
OWN_STATE_PATIENT_SECTORS = frozenset({"OPP", "PTY", "LEG", "JUD", "MED", "NGO"})


def own_state_patients(items: list[SideItem], patients: list[str]) -> str | None:
    """The sector of the sufferers when they are named as a part of their one state's political life
    (`OWN_STATE_PATIENT_SECTORS`) and no other state is named: its authorities arrested them; else None."""
    if len(patients) != 1 or any(set(i.codes) - set(patients) for i in items):
        return None
    return next((i.sector for i in items if i.sector in OWN_STATE_PATIENT_SECTORS and set(i.codes) == set(patients)),
                None)


def own_people_held(r: SideReading) -> None:
    """Still no one, for an arrest by one state whose clause and story name no other side ('the general
    was arrested by police', 'a judge ordered him held', '법원은 구금을 명령했다'): the state holds its own
    people, and PLOVER codes that as a domestic act (the same state on both sides). A captive of another state is
    named in the clause or the story (`clause_recipients`, `held_again`) before this reader runs. The held are the
    part of the state the sentence named them as (a general: MIL), else its people (CVL), never its government. Only
    a deed told as done: a release foreseen or promised ('expects Syria to free the journalists it holds') leaves
    its captives' side as read, often a foreign one the sentence does not name."""
    if r.recipients not in ([], r.actors) or len(r.actors) != 1 or r.hit.status != "occurred" \
            or set(r.actors) <= set(r.domestic) and not r.hit.data.get("passive") \
            or (r.hit.type, r.lang.act_mode(r.hit, r.text)) not in OWN_HOLDING:
        return  # 'the Bolivian general was arrested by police': his state on both sides, a domestic act too (an active
        # one read as domestic already, 'police in Kenya arrested protesters', keeps its sides and sectors)
    r.recipients = list(r.actors)
    r.domestic = set(r.recipients)
    sector = r.hit.data.get("domestic_sector") or next(
        (i.sector for i, role in zip(r.items, r.roles) if role != "subject" and set(i.codes) == set(r.actors)
         and i.sector not in (None, "GOV")), CIVILIANS)  # not the court that ordered it
    r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "held_own": True, "domestic_sector": sector})


OWN_HOLDING = frozenset({("COERCE", "arrest")})  # holding people (an active release, "freed the crew", may free
# another state's people: a passive one is `act_actors.released`)


def turned_on_own_state(r: SideReading) -> None:
    """Still no one, for troops massed or force used by one state's forces in a story that names a seizure of power
    from within ('soldiers and armoured vehicles massed in the main square' in a coup attempt, '병력이 광장에
    집결했다' beside '쿠데타'; `Language.names_uprising`), with no other state in the sentence: the forces turned on
    their own government, which receives the act (the manual's X -> X), the forces acting as the military."""
    if r.recipients or len(r.actors) != 1 or r.hit.type not in TURNED_FORCE \
            or r.lang.act_mode(r.hit, r.text) not in TURNED_MODES \
            or any(set(i.codes) - set(r.actors) for i in r.items) or not r.lang.names_uprising(r.article.text):
        return
    r.recipients = list(r.actors)
    r.domestic = set(r.recipients)
    acting = r.hit.data.get("people_subject") or "MIL"
    r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "people_subject": acting, "domestic_sector": "GOV"})


TURNED_FORCE = frozenset({"MOBILIZE", "ASSAULT"})  # forces shown or used: what a coup's troops do at home
TURNED_MODES = frozenset({None, "troops", "police", "crowd-control", "firearms", "primitive"})  # not a weapons test
