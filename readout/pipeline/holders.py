"""One office holder per document: a person the knowledge base does not know by the name a document
writes, who holds the office of a person the same document resolved (by title and date, or by
another form of the name), is that person.

Why: a headline names an office only ("조현 외교장관, 인도네시아 외교장관과 회담"), which the knowledge base
resolves to the holder on that day, and the body then names the holder in a script the knowledge base
has no form of ("수기오노 인도네시아 외교장관"). Both readings are one person, and the meeting they report is
one: left apart, the document reports the meeting twice (a headline record and a body record whose
parties differ by one id) and the body's record merges with no other outlet's. The rule needs the
same stated country and office on both sides, exactly one known holder of them in the document, and
one word of the names sounding alike (the surname), so a successor named beside the office holder,
or a deputy, is not folded in.
"""
from __future__ import annotations

import dataclasses

from readout.kb.phonetic import keys
from readout.model import Entity, Event
from readout.pipeline.doc_people import NEW_PERSON


def one_holder_per_office(events: list[Event]) -> None:
    """Replace, in every event of a document, each unknown person by the document's one known person of
    the same country and office whose name sounds alike (in place); the known one keeps the other form
    among its names."""
    people = {e.id: e for ev in events for e in (*ev.participants, *ev.recipients) if e.kind == "person"}
    known: dict[tuple[str, str], list[Entity]] = {}
    for e in people.values():
        if e.reason != NEW_PERSON and e.office and e.country:
            known.setdefault((e.country, e.office), []).append(e)
    swap: dict[str, Entity] = {}
    for e in people.values():
        holders = known.get((e.country, e.office), []) if e.reason == NEW_PERSON else []
        if len(holders) == 1 and sounds_alike(e, holders[0]):
            held = holders[0]
            swap[e.id] = dataclasses.replace(held, names=[*held.names, *(n for n in (e.name, *e.names)
                                                                        if n not in held.names and n != held.name)])
    if not swap:
        return
    for ev in events:
        ev.participants = unique([swap.get(p.id, p) for p in ev.participants])
        ev.recipients = unique([swap.get(p.id, p) for p in ev.recipients])


def sounds_alike(unknown: Entity, held: Entity) -> bool:
    """One word of the unknown form keys like one word of a form of the holder's name (수기오노 = Sugiono)."""
    mine = {k for w in unknown.name.split() for k in keys(w)}
    return any(mine & keys(w) for n in (held.name, *held.names) for w in n.split())


def unique(entities: list[Entity]) -> list[Entity]:
    """The entities without a second copy of one id (the first kept)."""
    seen: set[str] = set()
    return [e for e in entities if not (e.id in seen or seen.add(e.id))]
