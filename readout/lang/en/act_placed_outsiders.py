"""(located66) An outsider's agents placed in a state: 'Peru condemned foreign troops in Mali', 'criticized
international monitors in Haiti'.

Why: the agent phrase is nobody's the sentence names: an outsider's word before it (kb/agents.py
`outsider_modifiers_en`, as lang/en/located_agents.py reads it) says the agents are not the place's, and not the
actor's own either. The clause reader still took the state after 'in' for the act's object (the place's government)
or, naming none, the object's people noun for the actor's own people ('foreign troops' as the accuser's army). The
place is where the agents are: it is barred as a receiving side (`described_spans`, which lets no act stand for want
of one), and a people object an outsider's word opens is no domestic target. The act then has no receiving side
named, as the Korean reader gives for '말리 내 외국 군대를' (lang/ko/agent_chains.within_agent).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.kb.agents import outsider_modifiers_en

PLACING = frozenset({"in", "inside", "within"})  # 'foreign troops in Mali', 'inside Mali'
AGENT_REACH = 3  # words from the outsider's word to the agent noun ('foreign military advisers')
PLACE_MODIFIERS = 1  # a word before the place's name ('in northern Mali', 'in the Sahel')


def placed_outsiders(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each with the places of outsiders' agents after it barred and an outsider's people object dropped
    as its domestic target."""
    phrases = outsider_phrases(toks, cues)
    if not phrases:
        return hits
    out = []
    for h in hits:
        data = h.data
        for opener, place in phrases:
            if opener < h.end:
                continue
            if place is not None:
                data = {**data, "described_spans": (*data.get("described_spans", ()), place)}
            target = data.get("domestic_target")
            if target and target[0] <= opener < target[1]:
                data = {k: v for k, v in data.items() if k not in ("domestic_target", "domestic_sector")}
        out.append(h if data is h.data else replace(h, data=data))
    return out


def outsider_phrases(toks: list[Token], cues: Cues) -> list[tuple[int, tuple[int, int] | None]]:
    """(start of the outsider's word, character span of the place's name or None) of each agent phrase an outsider's
    word opens ('foreign troops', 'foreign troops in Mali')."""
    outsiders = outsider_modifiers_en()
    out = []
    for n, t in enumerate(toks):
        if t.low not in outsiders or not t.word:
            continue
        agent = next((m for m in range(n + 1, min(len(toks), n + 1 + AGENT_REACH))
                      if toks[m].low in cues.domestic_actors), None)
        if agent is None or not all(toks[m].word and toks[m].raw.islower() for m in range(n + 1, agent)):
            continue
        while agent + 1 < len(toks) and toks[agent + 1].low in cues.domestic_actors:
            agent += 1  # 'foreign security forces'
        out.append((t.start, place_after(toks, agent + 1)))
    return out


def place_after(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The span of the capitalized name a placing preposition at token j introduces (over 'the' or one lowercase
    word), or None."""
    if j >= len(toks) or toks[j].low not in PLACING:
        return None
    k = j + 1
    while k < len(toks) and k <= j + 1 + PLACE_MODIFIERS and toks[k].word and toks[k].raw.islower():
        k += 1
    if k >= len(toks) or not toks[k].raw[:1].isupper():
        return None
    end = k
    while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].raw[:1].isupper():
        end += 1
    return toks[k].start, toks[end].end
