"""(enacts56, issue 15) A deed a demand puts after its condition: 'Sudan demanded a ceasefire before allowing aid
convoys into X', 'insisted on the release of its soldiers before reopening the border'.

The gerund after 'before' (`precondition_links`) in the clause of a request is what the asker will do once the demand
is met: a deed not done, no act of the story. Read alone it gave the deed as occurred ('allowing aid convoys into X':
RETREAT access). A 'before' after a deed that is no request keeps its gerund ('troops fired warning shots before
opening fire': both told as done), and a request with no gerund after 'before' ('demanded talks before the vote')
names no deed.

Why its own module: the condition readers (act_condition_clauses) read clauses an opener ('if', 'unless') begins; this
one reads the order a demand sets between what it asks and what it grants.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

REQUEST = "REQUEST"
GERUND = "ing"


def preconditioned(toks: list[Token], hits: list[ActHit], cues: Cues) -> set[int]:
    """The tokens of the hits read at a gerund right after 'before' that follows a request's hit in the same clause
    (no punctuation or clause break between the request and 'before')."""
    out: set[int] = set()
    for h in hits:
        k = h.data["token"]
        if k < 2 or not toks[k].low.endswith(GERUND) or toks[k - 1].low not in cues.precondition_links:
            continue
        for r in hits:
            start = r.data.get("end_token", r.data["token"])
            if r.type == REQUEST and not r.negated and start < k - 1 \
                    and all(t.word and t.low not in cues.clause_breaks for t in toks[start + 1:k - 1]):
                out.add(k)
                break
    return out


def unconditioned(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the deeds a demand grants only once met (`preconditioned`)."""
    held = preconditioned(toks, hits, cues)
    return [h for h in hits if h.data["token"] not in held] if held else hits
