"""(enactor48) A deed done from afar whose target opens with a possessive pronoun ('X said a cyberattack on its banks
disrupted payments') is aimed at what the sentence's topic owns: `target_owned_back` True, and the pipeline takes no
doer from that topic (pipeline/act_actors.remote_owners_dropped). A state named as the doer ('Russian hackers carried
out a cyberattack on its banks') still acts.

Why: the noun act's owner fallback (pipeline/act_subjects.nominal_actor) took the nearest subject before the noun as
its doer: the state that said its banks were hit became the hacker of its own banks.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_remote_deeds import REMOTE
from readout.lang.en.act_tokens import Token

OWNED_BACK = "target_owned_back"
PREPOSITION_GAP = 1  # the target's preposition ('on', 'against') right before the pronoun


def owned_targets(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each remote noun act whose target span opens (past its preposition) with an own possessive
    (`own_possessives`: 'its', 'their', 'our') marked
    `target_owned_back`."""
    starts = {t.start: n for n, t in enumerate(toks)}
    out = []
    for h in hits:
        if h.nominal and h.data.get(REMOTE) and owned_back(toks, starts, h, cues):
            h = replace(h, data={**h.data, OWNED_BACK: True})
        out.append(h)
    return out


def owned_back(toks: list[Token], starts: dict[int, int], hit: ActHit, cues: Cues) -> bool:
    """Whether a target span of the hit opens with a back possessive, or with a preposition and one."""
    for lo, _hi in hit.data.get("target_spans", ()):
        n = starts.get(lo)
        if n is None:
            continue
        for k in range(n, min(len(toks), n + PREPOSITION_GAP + 1)):
            if toks[k].low in cues.own_possessives:
                return True
            if toks[k].low not in cues.prepositions:
                break
    return False
