"""A refused demand whose owner is a part of a state, not a state (koacts57, issues 13/15): '정부는 총선을 다시
치르라는 야당의 요구를 거부했다', '내각은 예산을 삭감하라는 노조의 요구를 일축했다'.

Why: the PLOVER manual's REJECT is aimed at the side whose request, demand or proposal is turned down. A demand noun
owned by a state ('우간다의 요구') names its receiver by its name; owned by an agent noun of no state ('야당', '노조',
agents.yaml), the owner's words hold no country, the pipeline found no one and the REJECT went out with no receiver.
Such an owner is a part of the refusing side's own polity, as English 'the government rejected the opposition's
demand' reads the opposition at home. Rule: a REJECT whose demand noun (cue demand_noun) right before its word is
owned by a genitive run naming an agent phrase with a sector and no proper name takes that run as its
`domestic_target` with the agent's sector (the pipeline gives it the refuser's state, as the refused exits' calls at
home, act_refused_exits). A quoted-imperative clause before the owner whose object is a vote ('총선을 다시 치르라는',
cue voted_process_noun) asks a change of how the state is governed (the manual's REQUEST/REJECT 'change'), whoever
owns the demand, and the vote it names is asked for, not judged (no `judged_vote`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import agent_words
from readout.lang.ko.tags import GENITIVE_PARTICLE, PLAIN_NOUN_TAGS

GENITIVE = GENITIVE_PARTICLE[1]
OBJECT = "JKO"
CLAUSE_REACH = 6  # morphemes from the imperative ending back to the asked vote ('총선을 [다시] 치르라는')


def refused_demands(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each REJECT of a demand owned by a stateless part of the polity, with its owner as a domestic target."""
    return [_owned_at_home(toks, h, lex) for h in hits]


def _owned_at_home(toks: list, hit: ActHit, lex: ActIndex) -> ActHit:
    """The hit marked with its demand's owner at home and the change a vote asked for, or the hit as it was."""
    demand, first = hit.data.get("noun_end"), hit.data.get("first")
    if demand is None and isinstance(first, int) and first >= 2 and toks[first - 1][1] == OBJECT:
        demand = first - 2  # a refusing verb alone ('요구를 일축했다'): its object right before it
    if hit.type != "REJECT" or "domestic_target" in hit.data or not isinstance(demand, int) \
            or not 2 <= demand < len(toks) or toks[demand][0] not in lex.cue("demand_noun") \
            or toks[demand - 1][1] != GENITIVE:
        return hit
    start = demand - 2
    while start > 0 and toks[start - 1][1] in PLAIN_NOUN_TAGS:
        start -= 1
    owner = [toks[k] for k in range(start, demand - 1)]
    data, mode = dict(hit.data), hit.mode
    if asks_vote(toks, start - 1, lex):
        mode = mode or "change"
        data.pop("judged_vote", None)
        data.pop("vote_owned", None)
    sector = home_sector(owner)
    if sector is not None:
        data.update(domestic_target=(owner[0][2], owner[-1][2] + owner[-1][3]), domestic_sector=sector)
    return replace(hit, mode=mode, data=data) if data != hit.data or mode != hit.mode else hit


def home_sector(owner: list) -> str | None:
    """The sector of an owner run that is one agent phrase and no proper name ('야당', '노조'), else None."""
    if not owner or any(t[1] not in PLAIN_NOUN_TAGS or t[1] == "NNP" for t in owner):
        return None
    found = agent_words([t[0] for t in owner])
    return found[1] if found is not None and found[0] == len(owner) else None


def asks_vote(toks: list, ending: int, lex: ActIndex) -> bool:
    """The morpheme at `ending` closes a quoted-imperative clause ('치르라는') whose object is a vote noun
    ('총선을 다시 치르라는')."""
    if ending < 2 or toks[ending][1] != "ETM" or toks[ending][0] not in lex.cue("imperative_ending"):
        return False
    votes = lex.cue("voted_process_noun")
    return any(toks[k][1] == OBJECT and toks[k - 1][0] in votes
               for k in range(ending - 1, max(0, ending - CLAUSE_REACH), -1))
