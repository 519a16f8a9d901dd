"""(doerless49, issues 13, 14) A place names where an attack happened, never who did it. An attack that no words name a
doer of ('the bombing of a school in X', 'the shelling killed two', 'X의 병원 공습으로 주민이 숨졌다') took its acting side
from the state its place is in, from the state of the official reporting it ('the mayor of X said ...') or from the
state left over in the sentence: X bombing itself. Such an attack keeps its receiving side (the place's state, the
struck sector) and has no acting side: the PLOVER gold codes it with no source, and its scorers then count any acting
side, none included. act_build asks `unknown_doer` once the acting side is read.

A doer is named when a word of the clause stands for the attacking side: an agent ('by Y', 'Y의 공습'), a people or force
noun of its own (`people_subject`: 'rebels', 'troops'), a subject of the act's clause, a person, or a word whose
sector is a force of the state or armed people ('Russian forces', '러시아군'). A town's name and a country's name
with no such role are places."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.sectors import ARMED_MEN_SECTORS, FORCE_WIELDING_SECTORS
from readout.pipeline.act_recipients import SideItem

ATTACK = "ASSAULT"
SOURCE = "source"  # (acts57) the role of a report's source ('..., X-ian police said'): who told it, never who did it
STRUCK = ("victims", "target_spans", "domestic_target", "patients")  # the language's marks of what an attack struck


def unknown_doer(hit: ActHit, actors: list[str], agents: list[str], *, items: list[SideItem], roles: list[str],
                 towns: list[SideItem], start: int, stated: bool = False, text: str = "") -> bool:
    """Whether the attack of `hit` has no doer its words name: its `actors` are named in the sentence only by places
    (`items` with their `roles` towards the act word, and the sentence's `towns`; `start`, `text`: the sentence's;
    `stated`: a subject named the actors) or by the voice reporting it ('the mayor of X said ...': X is no subject of
    the act). Not for an agent, a people or force noun doing it or owning the deed noun (`owner_force`: '경찰의 총격'),
    nor a side that came from no word of the sentence (the story's offender, a dropped subject). The sentence's words are keyword-only (debt51): four of them
    are lists and offsets a caller could pass in the wrong order unnoticed."""
    if not doer_unread(hit, actors, agents) or subject_names_doer(hit, actors, towns, start, stated, text) \
            or doer_word(hit, towns, start):
        return False
    named = naming_words(hit, items, roles, towns, start)
    if not struck_words(hit, named):
        return False  # fighting that struck nothing the words name ('교전이 이어지고 있다'): read as before
    return not any(named_as_doer(hit, code, named, start) for code in actors)


def doer_unread(hit: ActHit, actors: list[str], agents: list[str]) -> bool:
    """Whether `hit` is an attack whose acting side came from the sentence with no doer of its own read: no agent,
    some `actors`, no people or force noun as its subject (`people_subject`) and no strike from afar (`remote`),
    whose launching side is read by its own rule. Every other act keeps the acting side it read."""
    return hit.type == ATTACK and not agents and bool(actors) and not hit.data.get("people_subject") \
        and not hit.data.get("remote")


def subject_names_doer(hit: ActHit, actors: list[str], towns: list[SideItem], start: int, stated: bool,
                       text: str) -> bool:
    """Whether a verb's subject phrase names the doer (`stated`) or holds a town of an actor's state before the verb
    with no comma between ('Gendarmes in X used ...'): the subject acts, a town there is its home, not the scene.
    Deed nouns have no such subject, so they never pass here."""
    if hit.nominal:
        return False
    return stated or any(t.span.start < start + hit.start and set(t.codes) & set(actors)
                         and "," not in text[t.span.end - start:hit.start] for t in towns)


def doer_word(hit: ActHit, towns: list[SideItem], start: int) -> bool:
    """Whether the language read a doer's word for the deed: 'by Y', an acting force sector ('Russian forces'), a force
    owning the deed noun ('경찰의 총격'), or an agent span that is more than a town's name (`agent_named`)."""
    return hit.data.get("by") is not None or bool(hit.data.get("acting_sector")) or bool(hit.data.get("owner_force")) \
        or agent_named(hit, towns, start)


def naming_words(hit: ActHit, items: list[SideItem], roles: list[str], towns: list[SideItem],
                 start: int) -> list[tuple[SideItem, str]]:
    """The sentence's words that name a side, each with its role towards the act word: a word inside what the attack
    struck (its victims' or target's words) is its object whatever role the clause gave it, since the struck never
    name the doer; the sentence's towns have no role."""
    spans = ([hit.data["victims"]] if hit.data.get("victims") else []) + list(hit.data.get("target_spans", ()))
    struck = [(start + lo, start + hi) for lo, hi in spans]
    return [(i, "object" if any(lo <= i.span.start < hi for lo, hi in struck) else r) for i, r in zip(items, roles)] \
        + [(t, "") for t in towns]


def struck_words(hit: ActHit, named: list[tuple[SideItem, str]]) -> bool:
    """Whether the words name something the attack struck: a language mark of it (`STRUCK`) or a word with a sector.
    Fighting that struck nothing named keeps the sides it read, as before this rule."""
    return any(hit.data.get(k) for k in STRUCK) or any(i.sector for i, _r in named)


def named_as_doer(hit: ActHit, code: str, named: list[tuple[SideItem, str]], start: int) -> bool:
    """Whether the actor `code` is named as a doer: by no word at all (it came from outside the sentence: the story's
    offender, a dropped subject), or by a word not reporting the harm (`reporting`) that is the act's subject, a
    person, or a force (`FORCE_WIELDING_SECTORS`) in any role but the struck object. A place's name alone is no doer,
    nor (acts57) the source of a trailing attribution ('A car bomb killed six civilians in X, X-ian police said':
    the police told the bombing; they were its doer, and the civilians' state acted on no one)."""
    naming = [(i, r) for i, r in named if code in i.codes]
    return not naming or any(not reporting(hit, i, r, start) and r != SOURCE and (r == "subject" or i.person is not None
                             or r != "object" and i.sector in FORCE_WIELDING_SECTORS) for i, r in naming)


def reporting(hit: ActHit, item: SideItem, role: str, start: int) -> bool:
    """(victims49) Whether `item` is the voice reporting a harm told with its cause ('X 시장은 포격으로 주민 2명이
    숨졌다고 밝혔다', `harm_cause`): a subject before the cause noun, whose harm clause has its own subject (the victims),
    names who told it, not who did it; the doer of such a harm is the cause's owner ('Y군의 포격으로': a modifier). A
    force reporting it ('X군은 공습으로 반군 10명이 숨졌다고 밝혔다') tells its own strikes: it stays the doer."""
    return bool(hit.data.get("harm_cause")) and hit.nominal and role == "subject" \
        and item.span.start < start + hit.start and item.sector not in ARMED_MEN_SECTORS


def agent_named(hit: ActHit, towns: list[SideItem], start: int) -> bool:
    """Whether the language's agent of the deed noun (`agent_span`: 'Y의 공습', 'the tariffs Y imposed') is a doer's word:
    any but a town's name alone ('하르툼의 학교 포격': the genitive of the town the school is in names where)."""
    if "agent_span" not in hit.data:
        return False
    lo, hi = hit.data["agent_span"]
    return not any(start + lo <= t.span.start < start + hi for t in towns)


def placed_sides(placed: list[str], recipients: list[str], domestic: set[str]) -> tuple[list[str], list[str], set[str]]:
    """The sides of an attack with no doer named, once its receiving side is read with none acting: (actors, recipients,
    domestic). Victims of another state than the place's ('a roadside bomb near X killed two Y soldiers') are struck
    by the place's side, as the PLOVER gold codes them (and attackers_of_victims reads them); else no one acts and the
    `placed` state receives (as a domestic side: with the struck people's sector), unless another was read."""
    if recipients and not set(recipients) <= set(placed):
        return list(placed), [c for c in recipients if c not in placed], set(domestic)
    return [], recipients or list(placed), set(domestic) | set(placed)
