"""Deployments named only as what a statement condemns: no event of the report's days unless their own words date
them.

Why: 'The two sides denounced the deployment of X's troops to Y' (and its Korean wording): the noun act is
the matter of the condemnation (the ACCUSE is the event), a presence of forces that has gone on for months. Read as
an act of its own it is dated to the statement's day, a fresh deployment that did not happen then; analysts code
the condemnation, and a deployment that is news from the words that report it ('X sent troops to the border on
Sunday'), which `consolidate` fuses with any copy of it. A condemned show of force whose own words give it a day
('condemned X's deployment of troops on Sunday') is still read: the day says it happened then. Launches and attacks
are left alone: a launch is news of one day, often told only as what is condemned ('condemned X's missile launch');
an attack too: a strike is news of days, and a protest or rejection over it is often the report's
only telling of it ('rejected B's protest over a drone strike'), which analysts code.

Language-free: it reads the hits' types and clause spans, and the events' date basis.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Event

DISAPPROVING = frozenset({"ACCUSE", "PROTEST"})  # statements that condemn what they name
DEEDS = frozenset({("MOBILIZE", "troops")})  # forces moved: a standing presence, once condemned with no day


def undated_condemned(out: list[Event], governed: list[tuple[Event, int]], hits: list[ActHit],
                      clauses: dict[int, tuple[int, int]], offset: int) -> list[Event]:
    """The sentence's events without the noun deployments of forces (`governed`: each event with the text position of its
    word) that stand in the clause of a condemning statement of the same sentence and found no date in their own
    words (`date_basis` other than 'text'). `clauses`: each statement hit's clause span, relative to the sentence,
    which starts at `offset` in the article."""
    dropped = {id(event) for event, at in governed
               if (event.type, event.mode) in DEEDS and event.date_basis != "text" and condemned_at(at - offset, hits, clauses)}
    return [e for e in out if id(e) not in dropped] if dropped else out


def condemned_at(pos: int, hits: list[ActHit], clauses: dict[int, tuple[int, int]]) -> bool:
    """Whether a word at `pos` (relative to the sentence) lies in the clause of a statement that condemns
    (`DISAPPROVING`, not negated) whose word is not the word at `pos` itself."""
    return any(h.type in DISAPPROVING and not h.negated and k in clauses and clauses[k][0] <= pos < clauses[k][1]
               and not h.start <= pos < h.end for k, h in enumerate(hits))
