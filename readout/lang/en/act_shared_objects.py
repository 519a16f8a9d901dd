"""English acts joined by 'and' that share one addressee (en33): 'X demanded Y halt the drills, and warned that any
repeat would be met with force' -- the warning names no one, and its clause has no subject of its own; it goes on
with the first verb's subject and is aimed at whom that verb addressed (Y). Without this reader the warning is left
with no recipient (the 'that' clause names no state) or takes a state the story told before.

The first verb's addressee is the name right after it (after an optional 'that' and article: 'demanded that
Argentina withdraw', 'urged Lima to'); the second act must follow ', and' or 'and' directly (no subject between),
be marked as addressed to no one by the finder (`unaddressed`), and have no target of its own."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

ADDRESSING_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # verbs whose direct object is the one addressed
SHARED_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE"})  # acts that take over that addressee


def shared_addressee(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits, each unaddressed verbal act right after 'and' given the span of the addressee of the verbal act
    before it in the sentence (`target_spans`); `lex` gives `shared_addressee_re` (the addressee after the first
    verb) and `shared_act_gap_re` (the words between the two acts' clauses)."""
    first, gap = lex.re("shared_addressee_re"), lex.re("shared_act_gap_re")
    out: list[ActHit] = []
    for h in hits:
        prev = addressing_before(out, h)
        if prev is not None and h.type in SHARED_TYPES and not h.nominal and h.data.get("unaddressed") \
                and not h.data.get("target_spans") and gap.match(text, prev.end, h.start) \
                and (m := first.match(text, prev.end)):
            h = dataclasses.replace(h, data={**h.data, "target_spans": (m.span("who"),)})
        out.append(h)
    return out


def addressing_before(hits: list[ActHit], hit: ActHit) -> ActHit | None:
    """The last verbal act of an addressing type before `hit` that is a main clause's (not the content a request's
    'that' governs: 'demanded that X withdraw'), else None."""
    for p in reversed(hits):
        if p.end <= hit.start and p.type in ADDRESSING_TYPES and not p.nominal \
                and p.data.get("modality") != "governed":
            return p
    return None
