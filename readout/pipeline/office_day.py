"""A bare office word ('the president', '대통령은', 'the Secretary') stands for the office's holder on the
article's day, never for a former holder the document named earlier.

Why: a story that names a former president ('Former President X spoke ...', 'X 전 대통령은') and then says 'the
president met ...' means the one in office; the document's last person with that title is only its holder while
the knowledge base's tenures say so. A writer who means the former holder says 'former'/'전', which no bare office
reference matches. A person the knowledge base does not know, or knows with no tenure of that office, keeps being
the office's referent (the base cannot say they left it).
"""
from __future__ import annotations

from datetime import date

from readout.model import Entity


def _office_words(office: str) -> frozenset[str]:
    return frozenset(office.split("_"))


def _fits(base, held: str, asked: str) -> bool:
    """A tenure of `held` is one of the office `asked` for: the same office or class ('secretary_of_state' answers
    'foreign_minister'), or an office `asked` is part of ('minister' asked: any minister)."""
    entries = base.offices
    same = held in entries and asked in entries and entries[held].equivalence == entries[asked].equivalence
    return held == asked or same or _office_words(asked) <= _office_words(held)


def left_office(base, entity: Entity | None, office: str | None, day: date | None) -> bool:
    """Whether the knowledge base says `entity` did not hold `office` on `day` though it holds tenures of it:
    a former holder, who cannot be what a bare office word refers to on that day."""
    if entity is None or office is None or day is None:
        return False
    person = base.person(entity.id)
    if person is None:
        return False
    tenures = [t for t in person.offices if _fits(base, t.office, office)]
    return bool(tenures) and not any(t.covers(day) for t in tenures)


def holder_on_day(base, resolver, office: str, country: str | None, day: date | None) -> Entity | None:
    """The one holder of `office` of `country` on `day` the knowledge base knows (None when it knows none or
    several, or no state is given)."""
    if country is None or office not in base.offices:
        return None
    found = base.sole_holder(office, day, country)
    return resolver.entity(found, day, "", "title + date") if found else None
