"""A promise one maker of a joint accord gave the other, told beside the accord in one document: one event.

'A and B signed a river treaty on Monday. A also pledged support to B' ('A와 B는 조약에 서명했다. A는 B에 지원을
약속했다'): the promise is an AGREE from A to B (lang `support_pledge`, ko `act_pledges`: a promise of future help, made to
the one it would reach), the accord an AGREE of A and B aimed at no one. Told the same day by one of the accord's
makers to another, the promise is that accord's content, not a second accord: left apart, the document gave two AGREE
events for one signing. The promise folds into the accord and the accord stays joint (the promise's receiving side
is one of its makers, `keep_joint`). A promise to a state outside the accord's circle, another day's promise, another
status (a plan beside the deed) or another matter stays apart; store/merge_accords.py reads the same class across
documents (`promise_fold`).
"""
from __future__ import annotations

from readout.model import Event

ACCORD = "AGREE"  # PLOVER's accord: a promise of future cooperation is read as one (the manual's promises)


def promise_in_accord(a: Event, b: Event, pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Whether one of `a`, `b` is a promise (an AGREE with a receiving side) whose makers and receivers are all among
    the parties of the other, a joint AGREE aimed at no one, on the same stated day with the same status."""
    if a.type != ACCORD or b.type != ACCORD or bool(a.recipients) == bool(b.recipients):
        return False
    promise, accord, makers, circle = (a, b, pa, pb) if a.recipients else (b, a, pb, pa)
    receivers = {e.id for e in promise.recipients}
    return len(circle) > 1 and makers < circle and receivers <= circle - makers and promise.status == accord.status \
        and promise.date is not None and promise.date == accord.date


def promise_beside_accord(accord: Event, promise: Event) -> bool:
    """Whether `promise` (an AGREE with a receiving side) is told beside a joint accord (an AGREE of two parties or more
    aimed at no one) whose circle does not hold all it is made to: 'A and B signed a treaty, and A pledged support to
    C' is the accord and A's promise to C, two acts (one sentence's acts of one type are otherwise one)."""
    return accord.type == promise.type == ACCORD and not accord.recipients and bool(promise.recipients) \
        and len(accord.participant_ids()) > 1 \
        and not {e.id for e in promise.recipients} <= accord.participant_ids() - promise.participant_ids()


def keep_joint(event: Event) -> None:
    """An accord that absorbed a promise between its makers (or a promise that absorbed the accord) is the joint
    accord: a receiving side that is one of its parties receives nothing."""
    if event.type != ACCORD or not event.recipients:
        return
    parties = event.participant_ids()
    if any(e.id not in parties for e in event.recipients):
        return
    event.recipients = []


def addressee_among_makers(sent_start: int, promised_to: tuple[int, int] | None, items, actors: list[str]) -> bool:
    """(support66) Whether the first state named where the language says a promise is made to (`promised_to`: 'full
    support to B in its conflict with C') is one of its makers: 'A called the accord a step for both countries and
    pledged help to B', its makers read as the pair. No state promises to itself: the sentence tells the
    pair's accord, aimed at no one (its later states, 'in its conflict with C', are no addressee either)."""
    if promised_to is None:
        return False
    lo, hi = sent_start + promised_to[0], sent_start + promised_to[1]
    first = next((i for i in sorted(items, key=lambda i: i.span.start) if lo <= i.span.start < hi and i.codes), None)
    return first is not None and any(code in actors for code in first.codes)
