"""(acts56b, issue 15) A passive attack whose 'by' agent is a government's forces named by no state: 'A Syrian village
was shelled by government forces'.

Why: the agent names forces (MIL) but no state, so the attack had no doer and, with a site for its subject, no victims
either: no event, while the active 'government forces shelled a Syrian village' reads the state at war there, and
Korean '…마을이 정부군에 의해 포격당했다' (koacts56, lang/ko/act_harm_subjects.bare_forces) the harmed's state's forces.
Rule: a passive ASSAULT with no victims of its own whose 'by' phrase (past 'the') is one of `bare_force_agents`
(government forces, government troops ...) followed by no capitalized word (a state's name after it owns them) marks
its subject (`target_spans`) the victims (their sector: the site's, the people's, else CVL) and the hit
`bare_forces`, its agent MIL: pipeline/act_actor_defaults.own_armed_group gives such forces the harmed's one state.
Forces a state's word names ('by Syrian government forces', 'by the forces of X') are read as before.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

ASSAULT = "ASSAULT"
FORCES = "MIL"
CIVILIANS = "CVL"
ARTICLES = frozenset({"the"})


def bare_force_agents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each passive attack by a government's bare forces given its subject as victims and marked."""
    return [marked(toks, h, cues) for h in hits]


def marked(toks: list[Token], h: ActHit, cues: Cues) -> ActHit:
    by, spans = h.data.get("by"), h.data.get("target_spans")
    if h.type != ASSAULT or not h.data.get("passive") or by is None or not spans or h.data.get("victims") \
            or not bare_agent(toks, by, cues):
        return h
    sector = h.data.get("people_subject") or h.data.get("site_sector") or CIVILIANS
    return replace(h, data={**h.data, "victims": spans[0], "domestic_target": spans[0], "domestic_sector": sector,
                            "agent_sector": FORCES, "bare_forces": True})


def bare_agent(toks: list[Token], by: int, cues: Cues) -> bool:
    """Whether the agent phrase starting at character `by` is a phrase of `bare_force_agents` and no name follows."""
    k = next((n for n, t in enumerate(toks) if t.start >= by), None)
    if k is None:
        return False
    if toks[k].low in ARTICLES:
        k += 1
    for size in (2, 3):
        phrase = " ".join(t.low for t in toks[k:k + size])
        if phrase in cues.bare_force_agents:
            after = toks[k + size] if k + size < len(toks) else None
            return after is None or not after.word or not (after.raw[:1].isupper() or after.low == "of")
    return False
