"""A condemnation of an unnamed deed joined to a demand on a named side (accuse56): 'condemned the escalation and
called on Rabat to halt the offensive', 'denounced the shelling and urged Hanoi to withdraw'.

Why: the condemned deed is named by a common noun only, and the story may not have told it as an act (or a later
act stands between), so the reader of answered deeds finds no doer, or the wrong one. The demand the same speaker
joins to it with 'and' names the side it holds responsible: that side receives the condemnation, as the Korean
reader takes the side a demand addresses for the concern joined before it (lang/ko/act_groups, concern_of_demand).
A condemnation that names its own object ('condemned Algeria and urged Morocco to ...') is left to its object.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

JOIN_REACH = 8  # words from the condemning verb to the demand's verb ('the latest escalation in the region and')
AND = "and"


def demanded_doers(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each said, unnegated ACCUSE verb with no target of its own followed by 'and' and a REQUEST verb
    addressed to a named side given that addressee as its target (`demand_addressee`)."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type != "ACCUSE" or h.nominal or h.negated or h.status != "occurred" or h.data.get("target_spans"):
            continue
        demand = next((r for r in hits[n + 1:] if r.type == "REQUEST"), None)
        if demand is None or demand.nominal or demand.negated or not demand.data.get("target_spans") \
                or demand.data.get("unaddressed"):
            continue
        if joined_by_and(toks, h.data.get("end_token", h.data["token"]) + 1, demand.data["token"], cues):
            data = {k: v for k, v in h.data.items() if k != "unaddressed"}
            out[n] = replace(h, data={**data, "target_spans": demand.data["target_spans"][:1],
                                      "demand_addressee": True})
    return out


def joined_by_and(toks: list[Token], lo: int, hi: int, cues: Cues) -> bool:
    """Tokens lo..hi-1 are a short object with no name in it ('the escalation', 'the violence at the embassy'),
    then 'and' and adverbs only: the demand at token hi shares the condemnation's subject."""
    if hi - lo > JOIN_REACH or hi <= lo:
        return False
    ands = [k for k in range(lo, hi) if toks[k].low == AND]
    if not ands or skip_adverbs(toks, ands[-1] + 1, cues) != hi:
        return False
    return ands[-1] > lo and all(t.word and not t.raw[:1].isupper() and t.low not in cues.clause_breaks
                                 and t.low not in cues.relative for t in toks[lo:ands[-1]])
