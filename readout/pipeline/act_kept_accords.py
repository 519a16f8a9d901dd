"""Whom a request that an accord be kept asks, when it names no one (request61): 'A and B signed a truce. C urged that
it be respected', 'A called for the ceasefire to be honoured', 'A는 휴전 합의가 존중돼야 한다고 촉구했다'.

Why: PLOVER's REQUEST is made to the side asked to act; keeping an accord is asked of those bound by it. The clause
names no state, so the appeal found no receiving side and was lost. The language marks the words asked
(`Language.kept_accord`); this reader gives the request, still without a receiving side, to:
- the parties of the last accord the story told before the sentence (an AGREE of two or more states, or a ceasefire
  both sides made), other than the one asking: a party asks the other, a third side asks them all;
- else, only when the words name the accord ('the truce', not 'it'), the other side of the last conflict act told
  (the accord ends that conflict).
None found: the request keeps no receiving side and stands as no event, as before.

An accord noun inside such words ('휴전 합의가 존중돼야 한다고', 'the agreement to be honoured') is the accord told
before, no accord of the sentence (`kept_accord_noun`).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.pipeline.act_pairs import principal_event_sides
from readout.pipeline.act_welcomes import CONFLICT_ACTS, told_before

ACCORD_TYPES = frozenset({"AGREE"})  # accords of two or more states
SETTLING = frozenset({("RETREAT", "ceasefire")})  # a ceasefire both sides declared ('A and B signed a ceasefire')


def kept_accord_parties(r) -> None:
    """Still no one, for a request that an accord be kept: the accord's other parties, else (the accord named) the
    other side of the last conflict (`r` is act_recipients.SideReading)."""
    if r.recipients or r.hit.type != "REQUEST":
        return
    kept = r.lang.kept_accord(r.hit, r.text)
    if kept is None:
        return
    _start, _end, named = kept
    r.recipients = accord_others(r.article.events, r.sent, r.actors) \
        or (conflict_others(r.article.events, r.sent, r.actors) if named else [])


def accord(event) -> bool:
    """Whether the event is an accord of two or more sides."""
    return (event.type in ACCORD_TYPES or (event.type, event.mode) in SETTLING) \
        and len(principal_event_sides(event)) > 1


def accord_others(events, sent, actors: list[str]) -> list[str]:
    """The sides of the last accord told before the sentence `sent`, other than `actors`."""
    for event in told_before(events, sent, accord):
        return [c for c in principal_event_sides(event) if c not in actors]
    return []


def conflict_others(events, sent, actors: list[str]) -> list[str]:
    """The sides, other than `actors`, of the last conflict act told before the sentence `sent` that has one."""
    for event in told_before(events, sent, lambda e: e.type in CONFLICT_ACTS):
        others = [c for c in principal_event_sides(event) if c not in actors]
        if others:
            return others
    return []


def kept_accord_noun(lang, text: str, hits: list[ActHit], hit: ActHit) -> bool:
    """An accord noun inside the words a request of the sentence asks to keep ('휴전 합의가 존중돼야 한다고
    촉구했다'): the accord told before, no accord made in this sentence."""
    if not hit.nominal or hit.type not in ACCORD_TYPES:
        return False
    spans = [lang.kept_accord(h, text) for h in hits if h.type == "REQUEST"]
    return any(hit.start < span[1] and span[0] < hit.end for span in spans if span)
