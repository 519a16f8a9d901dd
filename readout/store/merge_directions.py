"""An act told of its target as one of its doers: another act, though the parties overlap.

'B mobilized against A' (B acting, A its target) and a report naming A and B as the doers of a like act with no target
('A and B staged drills') share B, and the act rule for a report naming more parties would join them. But the
record's act was aimed at A: A is no doer of it, so a report in which A acts is A's own act (the drills B answered),
not B's answer. A report whose doers include a state the record only ever names as its target, while naming no target
of its own, joins no such record (`crossed_sides`). Mutual acts (an accord, a meeting, cooperation) have no direction:
their other side may be told as a doer or as a partner, and they are not read here.
"""
from __future__ import annotations

DIRECTIONLESS = frozenset({"AGREE", "COOPERATE", "CONSULT"})  # PLOVER's mutual acts and meetings


def crossed_sides(kind: str, sides: frozenset[str], targets: frozenset[str], reported: set[str],
                  recipients: set[str]) -> str | None:
    """Why a report (its doers `reported`, its targets `recipients`) is not the act of a record whose doers are
    `sides` and targets `targets`: a doer of the report is only a target of the record. None: nothing crossed."""
    if kind in DIRECTIONLESS or recipients:
        return None
    crossed = (reported & targets) - sides
    if not crossed:
        return None
    return f"the record's target acts in the report: {', '.join(sorted(crossed))}"
