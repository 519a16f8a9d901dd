"""A force deed told only as the content of a charge, against a third side, is no event of its own (charges50).

'A는 B가 C의 마을을 포격했다고 비난했다', 'A accused B of shelling villages in C': the report states that A accuses
B; that B shelled C is A's claim, not the report's. PLOVER codes the accusation (ACCUSE A -> B) and no ASSAULT
B -> C. The rule of acts47
stays: a deed that struck the accuser itself ('A는 B군이 A의 마을을 포격했다고 비난했다', or a village with no state
named) is the accuser's report of what it suffered, and the project codes it. A deed the text states as fact in a
sentence of its own is read there and stays. (force59) But a deed its doer denies in the same sentence ('A는 B군이
총격을 가했다고 주장했고, B는 이를 부인했다') is disputed: the report tells the claim and the denial, not the deed, so
it is dropped even where it struck the accuser (the manual codes an allegation as ACCUSE, not the act alleged).

The language marks a force deed inside a charge's complement with `charged_deed` (lang/ko/act_verdicts.py; English
the gerund of 'accused B of shelling ...', lang/en/act_charged_gerunds.py: charges50, which keeps the deed between A and
B as Korean does); this module, language-free, drops it once the sentence's accusers are known. The ground of a
condemnation (`judged_deed`: 'condemned B for shelling ...') is never dropped (accuse66), but one naming no receiving
state takes the accuser as a charged deed does (charges51), as the Korean twin ('B가 ...을 포격한 것을 규탄했다') reads.
"""
from __future__ import annotations

from dataclasses import replace

from readout.model import Event

STRIKING = frozenset({"ASSAULT", "COERCE"})  # deeds done to someone: one naming no receiver struck the accuser
CHARGES = frozenset({"ACCUSE", "PROTEST"})  # the statements whose complement a charged deed is told in
DENIALS = frozenset({"REJECT"})  # the statements by which the accused denies the charge (force59)


def without_third_party_charges(out: list[Event], charged: list[Event], claimed: list[Event] = (),
                                grounds: list[Event] = ()) -> list[Event]:
    """The sentence's events less each charged deed (`charged`) whose receiving side names a state and none of the
    sentence's accusers: a deed against a third side told only as the accuser's claim. Kept when the sentence
    resolved no accuser (nothing tells whose claim it is) or the deed named no receiving state. (force59) A charged
    or `claimed` deed (one a claim tells, kept otherwise: lang/en/act_allegations) its doer denies is dropped too.
    (charges51) A condemnation's ground (`grounds`: 'condemned B for shelling ...', kept even against a third side,
    accuse66) that names no receiving state is the accuser's report of what it suffered, as a charged deed is."""
    accusers = {p.country for e in out if e.type in CHARGES and e not in charged for p in e.participants if p.country}
    if not accusers:
        return out
    deniers = {p.country for e in out if e.type in DENIALS and e not in charged for p in e.participants if p.country}
    dropped = [e for e in charged if (struck := {p.country for p in e.recipients if p.country})
               and not struck & accusers or denied(e, deniers)] + [e for e in claimed if denied(e, deniers)]
    kept = [e for e in out if not any(e is d for d in dropped)]
    told = [*charged, *grounds]
    return [struck_accuser(e, kept) if any(e is c for c in told) else e for e in kept]


def struck_accuser(deed: Event, events: list[Event]) -> Event:
    """(charges50b) A kept charged `deed` that names no receiving state ('A accused B of shelling a lighthouse / its
    border posts') is the accuser's report of what it suffered (acts47, as above): it takes the accuser, the side of
    the sentence's charge whose states are none of the deed's doers, as its receiving side, as Korean 'A는 B가 등대를
    포격했다고 비난했다' reads. Left as it is when it names a receiving state, when no single accusing side is found, or
    when it is no deed done to someone (a MOBILIZE or SANCTION charged: drills near a border strike no one; merge mend).
    (charges51) The accusing sides are compared by their states: two charges by the same states are one side."""
    if deed.type not in STRIKING or any(p.country for p in deed.recipients):
        return deed  # a show of force or a measure charged ('massing troops', '사격을 실시한 데 대해') names its own target
    doers = {p.country for p in deed.participants if p.country}
    sides = [[p for p in e.participants if p.country] for e in events
             if e.type in CHARGES and e is not deed and not {p.country for p in e.participants} & doers]
    sides = [side for side in sides if side]
    if len({frozenset(p.country for p in side) for side in sides}) != 1:
        return deed
    return replace(deed, recipients=sides[-1])  # the last charge's parties, as the sides were always read


def denied(deed: Event, deniers: set[str]) -> bool:
    """(force59) Every state that did the charged `deed` denies in the same sentence (`deniers`): the deed is only
    alleged, its doer's denial beside it."""
    doers = {p.country for p in deed.participants if p.country}
    return bool(doers) and doers <= deniers
