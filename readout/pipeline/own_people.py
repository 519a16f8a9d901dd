"""A state's force on its own people, in one reader per question (unify52: own_people and own_patients had each
decided on their own that a state's coercion with no foreign target is X -> X):

- `own_people_coerced`: its arrest, curfew, martial law or censorship that names no foreign target ('Police
  detained dozens of demonstrators', 'the ministry ordered a blackout of the mobile network');
- `own_people_held`: people it holds with no other side in the clause or the story ('a judge ordered him held',
  'the opposition leader was jailed by a court');
- `turned_on_own_state`: its forces massed or used at home in a story naming a coup (the forces against their own
  government);
- `own_measure_undone`: a concession or its measure at home lifted that names no other side ('lifted the curfew',
  'lifted the ban on social media', '계엄령을 해제했다');
- `captured_own_town`: a town taken by one state's forces or armed groups that names no other side ('rebels took
  control of the town of X'): the state it lies in receives the capture;
- `own_state_patients`: an agentless arrest of a part of its political life ('the opposition leader was arrested'),
  read as the state's own doing by the actor readers.

Why one module: the four ask the same question first ('does the sentence name a side other than this state?',
`names_other_side`), and two modules answering it twice had drifted apart (one counted an international body as
another side, the other not). PLOVER codes every one as a domestic act, the same state on both sides. The people's
side against their state (a protest, an opposition's charge) is `act_own_government`.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from readout.lang.base import CIVILIANS
from readout.model import OCCURRED
from readout.sectors import ARMED_GROUP_SECTORS, NON_STATE_SECTORS, OWN_STATE_PATIENT_SECTORS
from readout.pipeline.common import IGO_CODES
from readout.pipeline.act_recipients import place_items

if TYPE_CHECKING:  # act_recipients runs the readers below: a type hint only, no import cycle
    from readout.pipeline.act_recipients import SideItem, SideReading

# COERCE modes a state uses on people at home: an arrest, a curfew, martial law, censorship. A seizure (a ship, a
# tanker), a deportation or a cyber attack is aimed at others as often as not, and a restriction may be a border
# closed toward all (a ban or a dispersal of people names them as its object: act_recipients_own_side.domestic_object): left out.
OWN_PEOPLE_MODES = frozenset({"arrest", "curfew", "martial-law", "censor"})
# measures that bind a state's own territory: who is fought while it is declared is not its recipient
TERRITORIAL_MODES = frozenset({"curfew", "martial-law"})
POPULATION = CIVILIANS  # the sector of a state's people: who receives its repression at home
OWN_HOLDING = frozenset({("COERCE", "arrest")})  # holding people (an active release, "freed the crew", may free
# another state's people: a passive one is `act_actors.released`)
TURNED_FORCE = frozenset({"MOBILIZE", "ASSAULT"})  # forces shown or used: what a coup's troops do at home
TURNED_MODES = frozenset({None, "troops", "police", "crowd-control", "firearms", "primitive"})  # not a weapons test


def names_other_side(items: list[SideItem], codes: list[str], bodies: bool = True) -> bool:
    """Whether the sentence's side items name a state (or, with `bodies`, an international body) other than `codes`:
    the one test of every reader here for a foreign target. A body counts where the act itself could be aimed at it
    (an arrest, a coup's force); a measure at home or a protest may name one as its topic only."""
    return any(code not in codes and (bodies or code not in IGO_CODES) for i in items for code in i.codes)


def home_actors(r: SideReading) -> list[str]:
    """The acting states that have a people of their own (no international body)."""
    return [c for c in r.actors if c not in IGO_CODES]


def foreign_places(r: SideReading) -> bool:
    """Whether the sentence names a town of a state other than the actors ('imposed a curfew in [a foreign city]')."""
    return names_other_side(place_items(r.article, r.sent), r.actors)


def to_own_state(r: SideReading, **data) -> None:
    """Give the act the actor's own state as its recipient (a domestic act), with `data` added to the hit."""
    r.recipients = list(r.actors)
    r.domestic = set(r.recipients)
    if data:
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, **data})


def own_people_coerced(r: SideReading) -> None:
    """Still no one, for a state's arrest, curfew, martial law or censorship (`OWN_PEOPLE_MODES`) in a sentence
    that names no other state ('Police detained dozens of demonstrators', 'the government blocked social media
    platforms'): its own people receive it. A curfew or martial law (`TERRITORIAL_MODES`) binds the declaring state's
    own ground even where the sentence names the foe it fights ('declared martial law in five border districts as
    fighting with Y continued'): the foe read as its recipient is replaced, unless a town of another state is named."""
    if r.hit.type != "COERCE" or r.hit.data.get("people_subject") in NON_STATE_SECTORS:
        return  # 'rebels detained aid workers': no state's measure at home (police and troops are its organs)
    mode = r.lang.act_mode(r.hit, r.text)
    own = home_actors(r)
    if mode not in OWN_PEOPLE_MODES or not own:
        return
    territorial = mode in TERRITORIAL_MODES and not foreign_places(r) and not set(r.recipients) & set(own)
    if r.recipients and not territorial or not r.recipients and mode not in TERRITORIAL_MODES \
            and names_other_side(r.items, r.actors, bodies=False):
        return
    r.recipients, r.domestic, r.receiving_sector = own, set(own), POPULATION


def own_measure_undone(r: SideReading) -> None:
    """Last, still no one, for a concession (CAMEO 08x: a curfew, martial law or a ban at home lifted, a court's ruling
    accepted, the manual's CONCEDE) in a sentence that names no other state
    ('the government lifted the curfew in the capital', '정부는 소셜미디어 차단 조치를 철회했다'): PLOVER codes it
    as a domestic act, the state's own people receiving it (the same state on both sides), as it codes the measure
    itself (`own_people_coerced`). An international body yields to no people of its own."""
    own = home_actors(r)
    if r.recipients or not own or r.hit.type != "CONCEDE" or names_other_side(r.items, r.actors, bodies=False):
        return
    r.recipients, r.domestic, r.receiving_sector = own, set(own), POPULATION


def own_state_patients(items: list[SideItem], patients: list[str]) -> str | None:
    """The sector of the sufferers when they are named as a part of their one state's political life
    (`OWN_STATE_PATIENT_SECTORS`) and no other side is named: its authorities arrested them; else None."""
    if len(patients) != 1 or names_other_side(items, patients):
        return None
    return next((i.sector for i in items if i.sector in OWN_STATE_PATIENT_SECTORS and set(i.codes) == set(patients)),
                None)


def armed_patients(kind: str, items: list[SideItem], patients: list[str]) -> str | None:
    """(koacts57b, issue 15) The sector of the arrested when they are named as an armed group of their one state ('이
    단체 조직원 3명이 체포됐다' after Boko Haram's attack, 'Three Boko Haram fighters were arrested'), no place and no
    other side named: the state the group fights holds them, a domestic act, the group (REB) receiving. Without it
    the arrest fell back on the story's state as the arrester and, the group's sector being no part of a state's
    political life (`own_state_patients`), the arrested took the arrester's own sector and were dropped as the arrester
    itself. Only a holding (`HOLDING_TYPES`): people of a group killed were not killed by their state."""
    if kind not in HOLDING_TYPES or len(patients) != 1 or names_other_side(items, patients):
        return None
    return next((i.sector for i in items if i.sector in ARMED_GROUP_SECTORS and set(i.codes) == set(patients)), None)


def held_group_arrester(held: str | None) -> dict[str, str]:
    """(koacts57b) The acting part of an agentless arrest of an armed group's members at home: the state's government
    (`acting_sector`), not the group whose words name the sufferers (the side entities take the subject's words for
    the acting part, and an armed group is a part acting as itself: the group would arrest itself)."""
    return {"acting_sector": GOVERNMENT} if held in ARMED_GROUP_SECTORS else {}


def held_group_members(r: SideReading, passive: bool) -> tuple[dict, list[str]] | None:
    """(koacts57b) An agentless passive holding (`passive`) whose people subject's words name an armed group of one
    state only as their modifier ('보코하람 조직원 3명이 체포됐다': the group's members, no subject state): (the marks of
    a domestic holding, the group's state), as `armed_patients` reads the group named as the subject; None else."""
    if not passive or r.hit.type not in HOLDING_TYPES or not r.hit.data.get("people_subject"):
        return None
    before = [i for i in r.items if i.span.start < r.sent.start + r.hit.start]
    groups = [i for i in before if i.sector in ARMED_GROUP_SECTORS and len(i.codes) == 1]
    if not groups or names_other_side(r.items, list(groups[0].codes)):
        return None
    codes = list(groups[0].codes)
    marks = {"own_patients": True, "patients": codes, "domestic_sector": groups[0].sector,
             **held_group_arrester(groups[0].sector)}
    return marks, codes


GOVERNMENT = "GOV"
HOLDING_TYPES = frozenset({"COERCE"})  # what a state's authorities do to people at home (an attack's place is no doer)


def placed_at_home(kind: str, places: list[SideItem], items: list[SideItem], patients: list[str]) -> str | None:
    """(koacts56, issue 15) The sector of the arrested (their word's, else CVL) when the sentence places the agentless
    arrest in their own one state, in so many words ('An Iranian teacher was arrested in Tehran', '이란 교사가
    테헤란에서 체포됐다': `places`, the sentence's towns, regions and countries, with the language's `locative` mark):
    the state where it happened holds its own people, its authorities did it, as 'A French journalist was arrested in
    Iran' reads Iran (`placing_state`, which takes only a state other than the arrested's). No place said, None: a
    citizen is held abroad as often as at home. Only a holding (`HOLDING_TYPES`, the act's `kind`): people killed in
    a bombing in their own capital were not killed by their state."""
    if kind not in HOLDING_TYPES or len(patients) != 1 or not any(p.span.data.get("locative") and list(p.codes) == list(patients) for p in places):
        return None
    return next((i.sector for i in items if i.sector and list(i.codes) == list(patients)), CIVILIANS)


def accusers_people(r: SideReading) -> bool:
    """(charges51) Whether the people a charged deed is done to, of no state named, are the accuser's, not the doer's
    own: 'A accused B of detaining two fishermen' is A's report of what its people suffered, as the Korean twin ('A는
    B가 어부 두 명을 억류했다고 비난했다') reads, so no reader here makes them B's (pipeline/act_charged_deeds.
    struck_accuser gives them A). Only where the sentence names another state, the accuser ('Amnesty accused B of
    detaining activists' names none: B's own people), and not for a part of B's political life ('of arresting
    opposition leaders': OWN_STATE_PATIENT_SECTORS), which is B's own wherever the charge is made.
    (charges52) So for the ground of a condemnation (`judged_deed`: 'A condemned B for detaining two fishermen'), as
    the Korean twin ('A는 B가 어부 두 명을 억류한 것을 규탄했다') reads: the deed is judged as the charge's is."""
    told = r.hit.data.get("charged_deed") or r.hit.data.get("judged_deed")
    return bool(told) and r.hit.data.get("domestic_sector") not in OWN_STATE_PATIENT_SECTORS \
        and names_other_side(r.items, r.actors, bodies=False)


def own_people_held(r: SideReading) -> None:
    """Still no one, for an arrest by one state whose clause and story name no other side ('the general
    was arrested by police', 'a judge ordered him held', '법원은 구금을 명령했다'): the state holds its own
    people, and PLOVER codes that as a domestic act (the same state on both sides). A captive of another state is
    named in the clause or the story (`clause_recipients`, `held_again`) before this reader runs. The held are the
    part of the state the sentence named them as (a general: MIL), else its people (CVL), never its government. Only
    a deed told as done: a release foreseen or promised ('expects Syria to free the journalists it holds') leaves
    its captives' side as read, often a foreign one the sentence does not name."""
    if r.recipients not in ([], r.actors) or len(r.actors) != 1 or r.hit.status != OCCURRED \
            or set(r.actors) <= set(r.domestic) and not r.hit.data.get("passive") \
            or (r.hit.type, r.lang.act_mode(r.hit, r.text)) not in OWN_HOLDING \
            and not r.hit.data.get("criminal_charge") \
            or accusers_people(r):  # accuse58: 'He has since been charged with': held, charged; charges51 above
        return  # 'the Bolivian general was arrested by police': his state on both sides, a domestic act too (an active
        # one read as domestic already, 'police in Kenya arrested protesters', keeps its sides and sectors)
    sector = r.hit.data.get("domestic_sector") or next(
        (i.sector for i, role in zip(r.items, r.roles) if role != "subject" and set(i.codes) == set(r.actors)
         and i.sector not in (None, "GOV")), CIVILIANS)  # not the court that ordered it
    to_own_state(r, held_own=True, domestic_sector=sector)


def turned_on_own_state(r: SideReading) -> None:
    """Still no one, for troops massed or force used by one state's forces in a story that names a seizure of power
    from within ('soldiers and armoured vehicles massed in the main square' in a coup attempt, '병력이 광장에
    집결했다' beside '쿠데타'; `Language.names_uprising`), with no other side in the sentence: the forces turned on
    their own government, which receives the act (the manual's X -> X), the forces acting as the military."""
    if r.recipients or len(r.actors) != 1 or r.hit.type not in TURNED_FORCE \
            or r.lang.act_mode(r.hit, r.text) not in TURNED_MODES \
            or names_other_side(r.items, r.actors) or not r.lang.names_uprising(r.article.text):
        return
    to_own_state(r, people_subject=r.hit.data.get("people_subject") or "MIL", domestic_sector="GOV")


def captured_own_town(r: SideReading) -> None:
    """Still no one, for a capture of a town (`captured_town`, marked by the language: 'rebels took control of the
    town of X', 'captured X, the largest city in the north') by one state's side in a sentence that names no other
    state: the town is that state's, which receives the fighting (PLOVER codes an armed group taking a town of the
    country it fights in as X -> X, as it does a state's troops retaking one). A town of another state named in the
    sentence was read as the recipient before this reader runs."""
    if r.recipients or len(home_actors(r)) != 1 or not r.hit.data.get("captured_town") \
            or names_other_side(r.items, r.actors, bodies=False):
        return
    to_own_state(r, domestic_sector="GOV")
