"""An act told of its target as one of its doers: another act, though the parties overlap.

'B mobilized against A' (B acting, A its target) and a report naming A and B as the doers of a like act with no target
('A and B staged drills') share B, and the act rule for a report naming more parties would join them. But the
record's act was aimed at A: A is no doer of it, so a report in which A acts is A's own act (the drills B answered),
not B's answer. A report whose doers include a state the record only ever names as its target, while naming no target
of its own, joins no such record (`crossed_sides`). Mutual acts (an accord, a meeting, cooperation) have no direction:
their other side may be told as a doer or as a partner, and they are not read here.

An exchange of force is not one side's deed either (`exchange_beside_deed`, merge59): 'A and B traded artillery fire'
(each side a doer and a target) beside 'A's jets struck B' (A the doer, B the target) share both states, and the rules
for a report naming more, or fewer, parties than a record joined them, so a one-sided strike and the clash around it
were one record, and every later report of the clash joined the strike. A deed of force whose doers are its targets
too is the exchange; one whose doers and targets are apart is one side's deed: neither joins a record of the other.

A state told as the target is the same target as one part of it (`state_for_its_part`, merge59): one outlet writes
that the crowd marched against the state, another against its parliament (a part of a state keeps the state's id and
adds its sector: pipeline/act_side_entities.domestic_entity). Each report names that one target alone; a part beside
another part (the police beside the parliament) stays another target.
"""
from __future__ import annotations

from readout.store.merge_forces import FORCE

DIRECTIONLESS = frozenset({"AGREE", "COOPERATE", "CONSULT"})  # PLOVER's mutual acts and meetings


def crossed_sides(kind: str, sides: frozenset[str], targets: frozenset[str], reported: set[str],
                  recipients: set[str]) -> str | None:
    """Why a report (its doers `reported`, its targets `recipients`) is not the act of a record whose doers are
    `sides` and targets `targets`: a doer of the report is only a target of the record. None: nothing crossed."""
    if kind in DIRECTIONLESS:
        return None
    exchanged = exchange_beside_deed(kind, sides, targets, reported, recipients)
    if exchanged or recipients:
        return exchanged
    crossed = (reported & targets) - sides
    if not crossed:
        return None
    return f"the record's target acts in the report: {', '.join(sorted(crossed))}"


def exchange_beside_deed(kind: str, sides: frozenset[str], targets: frozenset[str], reported: set[str],
                         recipients: set[str]) -> str | None:
    """Why a deed of force is not a record's when one of the two is an exchange (`how_aimed`) and the other one
    side's deed; None: not a deed of force, either unread, or alike."""
    if kind not in FORCE:
        return None
    record, report = how_aimed(sides, targets), how_aimed(reported, recipients)
    if record is None or report is None or record == report:
        return None
    return f"an exchange of force beside one side's deed (the record {record}, the report {report})"


EXCHANGE, ONE_SIDED = "an exchange", "one side's deed"


def how_aimed(doers: set[str], targets: set[str]) -> str | None:
    """`EXCHANGE`: two parties or more each a doer and a target ('A and B traded fire'); `ONE_SIDED`: doers and targets
    apart ('A struck B'); None: no target told, or one party on both sides (a state's forces against its own people,
    a domestic deed: no exchange between sides)."""
    if not targets:
        return None
    both = doers & targets
    if len(both) >= 2:
        return EXCHANGE
    return ONE_SIDED if not both else None


def state_for_its_part(targets: frozenset[str], recipients: set[str]) -> str | None:
    """Why a record's one target and a report's one target are one: one is a state, the other a part of it (its id
    the state's and a sector, pipeline/act_side_entities.domestic_entity). None: more than one target on a side, or not
    so."""
    if len(targets) != 1 or len(recipients) != 1:
        return None
    (a,), (b,) = targets, recipients
    for state, part in ((a, b), (b, a)):
        if part.startswith(state + "_"):
            return f"the target's state stands for its part: {state} = {part}"
    return None
