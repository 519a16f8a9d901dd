"""Appeals to a body's members made to the body itself (req10, issue 15).

'X's minister told a special session of the Organization of American States' Permanent Council that ... and called on
all member states to recognize Y': the appeal is put to the body addressed, whose members are asked; the state the
appeal is about (Y's) is its topic, not its addressee. The finder read the nearest state after the verb. Here an
appeal whose addressee slot is 'member states' ('all member states', 'its member countries') in a sentence that names
the session or meeting of a body the speaker addressed before it gets that body's name as its first target span:
the pipeline takes the body (an IGO) from it (pipeline/act_recipient_readers.language_target).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

BODY_WORDS = 8  # tokens of a body's name after 'a session of' ('the Organization of American States' Permanent Council')
SLOT_OPENERS = 2  # 'all the', 'all its' before 'member states'


def member_appeals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` with each verbal REQUEST asking a body's 'member states' given the span of the body whose session the
    sentence names before it as its first target span."""
    out = []
    for h in hits:
        if h.type == "REQUEST" and not h.nominal and not h.negated and asks_members(toks, h, cues):
            body = addressed_body(toks, h.data["token"], cues)
            if body:
                h = replace(h, data={**h.data, "target_spans": (body, *h.data.get("target_spans", ()))})
        out.append(h)
    return out


def asks_members(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the appeal's addressee slot is 'member states' ('called on all member states to', 'urged its member
    countries to')."""
    j = hit.data.get("head_end", hit.data["token"]) + 1
    for _ in range(SLOT_OPENERS):
        j += j < len(toks) and toks[j].low in cues.member_slot_openers
    return j + 1 < len(toks) and toks[j].low == "member" and toks[j + 1].low in cues.member_addressee_heads


def addressed_body(toks: list[Token], until: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the capitalized name after 'session of' / 'meeting of' before token `until`, or None."""
    for k in range(until - 2, 0, -1):
        if toks[k].low == "of" and toks[k - 1].low in cues.session_nouns:
            first = k + 1 + (k + 1 < until and toks[k + 1].low == "the")
            last = first - 1
            for m in range(first, min(until, first + BODY_WORDS)):
                if toks[m].raw[:1].isupper() or toks[m].low in ("of", "'s", "'") and m > first:
                    last = m
                else:
                    break
            return (toks[first].start, toks[last].end) if last >= first else None
    return None
