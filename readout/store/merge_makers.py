"""Joint statements of one day by two pairs of persons of the same states: two events, though their sides agree.

An act's sides are states, so the foreign ministers' agreement ("A of X and B of Y agreed to ...") and the
president's with the other side's interior minister the same day ("C of X and D of Y agreed to ...") are both
"AGREE X Y" on one day, and nothing else on the report told them apart. A report keeps the persons its clause
names as the act's makers when they stand for two or more states (`makers`, pipeline/statement_voice.py
statement_makers; stored in the report's record), and a report joins no record whose member names, for every state
both name makers of (two at least), only other persons (`makers_conflict`): each side's person differs, so neither
relays the other. One side's persons alone differing (the minister's words in one report, the president's in
another, the same counterpart) is what merge_voices.py weighs; a report or member naming makers of one state only,
or none, is not read here.
"""
from __future__ import annotations

from readout.store.merge_voices import Voice, same_voice

Makers = tuple[Voice, ...]
MIN_STATES = 2  # makers of this many states on each report: a pair on each side (the rule's definition)


def read_makers(record: dict) -> Makers:
    """The makers a report's record keeps (records.makers_field), as voices."""
    return tuple(Voice(m["id"], m["name"], m.get("country"), m.get("office")) for m in record.get("makers") or ())


def by_state(makers: Makers) -> dict[str, list[Voice]]:
    out: dict[str, list[Voice]] = {}
    for v in makers:
        if v.country:
            out.setdefault(v.country, []).append(v)
    return out


def other_pair(a: Makers, b: Makers) -> bool:
    """Two reports' makers name two or more states in common, and for each of them only other persons."""
    sa, sb = by_state(a), by_state(b)
    shared = sa.keys() & sb.keys()
    if len(shared) < MIN_STATES:
        return False
    return not any(same_voice(x, y) for code in shared for x in sa[code] for y in sb[code])


def makers_conflict(members: list[Makers], new: Makers) -> str | None:
    """Why a report whose makers are `new` may not join a record whose members' makers are `members`: some member
    names another pair of the same states, and none names the report's own. None: nothing said against it."""
    if len(by_state(new)) < MIN_STATES:
        return None
    named = [m for m in members if len(by_state(m)) >= MIN_STATES]
    if not named or not all(other_pair(m, new) for m in named):
        return None
    theirs = ", ".join(sorted({v.name for v in named[0]}))
    return f"another pair of makers of the same states: {theirs} vs {', '.join(sorted(v.name for v in new))}"
