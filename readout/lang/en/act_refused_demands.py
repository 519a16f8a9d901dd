"""A refused demand whose owner is a part of a state, not a state (koacts57, issues 13/15): "the government rejected
the opposition's demand to rerun the vote", "dismissed the union's call for higher wages".

Why: the PLOVER manual's REJECT is aimed at the side whose request, demand or proposal is turned down. "rejected
Uganda's demand" names its receiver; "rejected the opposition's demand" was read as a bare proposal
(`act_rejected_objects`: its owner looked for among the requests just reported) and, none being told, went out with
no receiver. A possessive owner that is an agent phrase of no state (agents.yaml: opposition, union, students) is a
part of the refusing side's own polity, as Korean '야당의 요구를 거부했다' reads (lang/ko/act_refused_demands). Rule: a
REJECT marked `rejected_proposal` whose proposal noun follows a lower-case possessive that is one agent phrase takes
that phrase as its `domestic_target` with the agent's sector (the pipeline gives it the refuser's state) and no longer
looks for an owner told before; a vote after the proposal noun ('... to rerun the vote') is what was asked, not a
vote judged (no `judged_vote`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner
from readout.lang.en.agents import sector_of

POSSESSIVES = ("'s", "\u2019s")
OWNER_REACH = 3  # words of an owner phrase before its possessive ("the main opposition party's")


def refused_demands(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each rejected proposal owned by a stateless part of the polity, with its owner as a domestic target."""
    return [_owned_at_home(toks, h, cues) for h in hits]


def _owned_at_home(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The hit marked with its proposal's owner at home, or the hit as it was."""
    k = hit.data.get("object_token")
    if hit.type != "REJECT" or not hit.data.get("rejected_proposal") or "domestic_target" in hit.data \
            or not isinstance(k, int) or k < 1 or not toks[k - 1].low.endswith(POSSESSIVES):
        return hit
    start = k - 1
    while start > 0 and k - start < OWNER_REACH and toks[start - 1].word and toks[start - 1].raw.islower() \
            and not is_determiner(toks[start - 1].low, cues):
        start -= 1
    owner_end = toks[k - 1].end - 2
    sector = sector_of(" ".join([t.low for t in toks[start:k - 1]] + [toks[k - 1].low[:-2]]))
    if sector is None or not toks[start].raw.islower():
        return hit
    data = {**hit.data, "domestic_target": (toks[start].start, owner_end), "domestic_sector": sector}
    data.pop("rejected_proposal")
    vote = data.get("judged_vote")
    if vote is not None and vote[1] > toks[k].end:
        data.pop("judged_vote")
        data.pop("vote_owned", None)
    return replace(hit, data=data)
