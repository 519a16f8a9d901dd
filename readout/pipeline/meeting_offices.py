"""A meeting whose parties an office reference guessed is the document's named meeting of the same states.

'The leaders of South Korea, Japan and China agreed Monday ... as they met' gives each state's holder of the
leader's office on that day (the knowledge base's head of state, `mentions.office_group`); the next paragraph may
name who actually sat at the table ('President A, Prime Minister B and Premier C adopted a declaration after their
talks'), a head of government standing in for the head of state. Two multilateral meetings of one document with the
same states (three at least) on the same day, where every party of one that differs from the other's party of its state was only guessed from
an office ('title + date'), are one meeting: the guessed one adds its sentences to the named one. A named person of
another office at a meeting of the same states (a vice-minister at talks the same day) is never folded, nor a pair
of states (their envoys and ministers meet often, on days a weak date cannot tell apart).
"""
from __future__ import annotations

from readout.model import Article, Entity, Event
from readout.pipeline.common import places_apart

GUESSED = "title + date"  # the resolver's reason for a holder found from an office and a day (kb/resolve.py)


def absorb_office_meetings(article: Article, least: int) -> None:
    """Fold each meeting of `least` states or more whose differing parties were guessed from an office into the
    named meeting of its states held the same day."""
    meetings = [e for e in article.events if e.type == "CONSULT" and len(e.participants) >= least]
    folded: set[int] = set()
    for event in meetings:
        home = next((m for m in meetings if m is not event and id(m) not in folded
                     and guessed_version(event, m) and event.date == m.date
                     and not places_apart(event, m, cities_only=False)), None)
        if home is not None:
            folded.add(id(event))
            home.evidence.extend(s for s in event.evidence if s not in home.evidence)
    article.events = [e for e in article.events if id(e) not in folded]


def guessed_version(event: Event, named: Event) -> bool:
    """`event` has the states of `named`, one party each, and differs from it only in parties guessed from an
    office (at least one)."""
    mine, theirs = by_state(event.participants), by_state(named.participants)
    if mine is None or theirs is None or set(mine) != set(theirs):
        return False
    differing = [mine[code] for code in mine if mine[code].id != theirs[code].id]
    return bool(differing) and all(p.reason == GUESSED for p in differing) \
        and not any(p.reason == GUESSED for code, p in theirs.items() if p.id != mine[code].id)


def by_state(parties: list[Entity]) -> dict[str, Entity] | None:
    """Each party by its state: None when a party has no state or two parties share one."""
    out: dict[str, Entity] = {}
    for p in parties:
        if p.kind != "person" or not p.country or p.country in out:
            return None
        out[p.country] = p
    return out
