"""Each state of a vote list casts its own vote (votes46).

'Twelve members voted in favour, while A and B voted against and C abstained', 'A voted against it and C
abstained': a sentence that lists how several sides voted is a row of clauses, each with its own subject and its own
verb of voting (`ballot_verbs`). A vote against is the voter's REJECT of the draft (act_sponsors); the sides of
the other clauses are neither its actors (B's vote is not A's, 'A and B voted for the text, C voted against') nor
its refused side (C abstained; an abstention is no act). So a refusal with another verb of voting in its sentence
takes as actors only the names right before it, back to the first word that is no part of a list of names, and
no side of the next voting clause may receive it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit, barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def listed_votes(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each verbal refusal among other verbs of voting, with its own voters as `agent_span` and the next voting
    clause's words barred from its recipients."""
    ballots = [j for j, t in enumerate(toks) if t.low in cues.ballot_verbs]
    out = []
    for h in hits:
        k = h.data["token"]
        if h.type != "REJECT" or h.nominal or h.lemma not in cues.draft_refusals or not set(ballots) - {k}:
            out.append(h)
            continue
        first = voters_start(toks, k, cues)
        if first < k and any(j < first for j in ballots):
            h = replace(h, data={**h.data, "agent_span": (toks[first].start, toks[k - 1].end)})
        after = [j for j in ballots if j > h.data.get("end_token", k)]
        if after:
            h = barring(h, [(toks[voters_start(toks, after[0], cues)].start, toks[after[0]].end)])
        out.append(h)
    return out


def voters_start(toks: list[Token], verb: int, cues: Cues) -> int:
    """The first token of the names right before a verb of voting ('while Russia, China and Iran voted'): back over
    capitalized words, 'and', articles and commas between names; the verb itself when no name stands there."""
    j = verb
    while j > 0:
        t = toks[j - 1]
        listing = t.low == "," and j - 2 >= 0 and toks[j - 2].raw[:1].isupper() and toks[j].raw[:1].isupper()
        if not (t.word and (t.raw[:1].isupper() or t.low in cues.list_joiners) or listing):
            break
        j -= 1
    while j < verb and toks[j].low in cues.list_joiners:
        j += 1  # ', and Russia voted': the conjunction joins the clause, it names no voter
    return j
