"""The roles of a sentence's names towards one predicate, as the sentence's language reads them, with
coordination spread: a name joined to a principal ('A와 B는', 'A and B condemned', 'met A and B')
shares its role."""
from __future__ import annotations

from readout.lang.base import Trigger
from readout.model import Span

PRINCIPAL = ("subject", "with", "object")
SPREAD = (*PRINCIPAL, "between", "attendee", "participant")  # 'mediate between A and B', 'attended by A and B': B stands
# where A does


def read_roles(lang, text: str, tokens, sent: Span, trig: Trigger, spans: list) -> list[str]:
    """One role per item of `spans` (anything with a `.span`, in text order) towards `trig`."""
    starts = [item.span.start - sent.start for item in spans]
    ends = [item.span.end - sent.start for item in spans]
    roles = [lang.role(text, tokens, s, e, trig) for s, e in zip(starts, ends)]
    for k in range(len(roles) - 1, -1, -1):  # right to left: a chain 'A, B와 C는' takes C's role
        nxt = roles[k + 1] if k + 1 < len(roles) else None
        if roles[k] == "and":  # the language marked the name as joined to the next one
            roles[k] = nxt if nxt in PRINCIPAL else "with"
        elif roles[k] in ("other", "modifier") and nxt in PRINCIPAL and \
                lang.coordinated(text, ends[k], starts[k + 1]) and ends[k + 1] <= trig.start:
            roles[k] = nxt
    for k in range(1, len(roles)):  # left to right: 'met A and B', 'A and B met': B shares A's role
        if roles[k] == "other" and roles[k - 1] in SPREAD and lang.coordinated(text, ends[k - 1], starts[k]) \
                and (roles[k - 1] != "subject" or ends[k] <= trig.start) \
                and not lang.case_marked(text, tokens, starts[k], ends[k]):
            roles[k] = roles[k - 1]
    return roles


def act_roles(roles: list[str]) -> list[str]:
    """Roles towards an act word rather than a meeting word: a name taking part in the act's own clause ('participant':
    its verb is one of taking part, as a refusal to attend, '정상회의에 참석하지 않겠다고 밝혔다') does the act, its
    subject; the meeting's attendees and parties are another reading's."""
    return ["subject" if r == "participant" else r for r in roles]
