"""(ennoun46, issue 15) A strike launched or carried out by people who move no forces: 'The union launched a strike',
'Chilean teachers carried out a strike on Monday' is a work stoppage, the manual's PROTEST strike, not the ASSAULT
the verb reads with a 'strike' of force ('Chilean troops launched a strike on rebels').

Why its own module: as `acts.unarmed_mobilizing` reads a crowd massing, the people subject's sector decides (outside
`MOBILIZING_SECTORS`: militaries, armed groups, police, services), and only when the verb's object is the bare
noun `work_strike_nouns` (an 'air strike' or 'missile strike' is force whoever is said to launch it). A state named
as the subject ('Chile launched a strike on a depot') has no people sector and keeps the attack.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.sectors import MOBILIZING_SECTORS


def work_stoppages(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each ASSAULT whose object is a bare strike noun and whose people subject moves no forces read
    as PROTEST strike."""
    return [work_stoppage(h) if h.type == "ASSAULT" and h.data.get("object") in cues.work_strike_nouns
            and (sector := h.data.get("people_subject")) and sector not in MOBILIZING_SECTORS else h
            for h in hits]


def work_stoppage(hit: ActHit) -> ActHit:
    """The strike as its strikers' protest, aimed at no target the force reading took."""
    data = {k: v for k, v in hit.data.items() if k not in ("target_spans", "domestic_target", "domestic_sector")}
    return replace(hit, type="PROTEST", mode="strike", contexts=(), data=data)
