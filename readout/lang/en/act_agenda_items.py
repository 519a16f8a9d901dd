"""An item a side says it will not put on the agenda (shelve53): 'said it would not put X's membership bid on the
agenda', 'will not place talks with X on its agenda until next year'.

Why a reader of its own: the lexicon reads 'put ... on the agenda' (`agenda_objects`) as an AGREE, so that a negated
one becomes REJECT through the manual's reading of a negated agreement (act_plover_reading.plover_reading): the refusal of a
proposal or a bid (CAMEO 125 'reject proposal to meet, discuss, negotiate'). Said as a pledge ('would not put'), the
refusal is done by saying it, as 'would not step down' is (occurred). An item set on an agenda with no negation
('put climate change on the agenda of the summit') is no act the manual codes: it is dropped, not left an AGREE.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues


def agenda_items(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each agenda item refused made an occurred REJECT and each agenda item set dropped."""
    out = []
    for h in hits:
        if h.data.get("object") not in cues.agenda_objects:
            out.append(h)
        elif h.type == "REJECT" and h.data.get("negated_reading"):
            out.append(replace(h, status="occurred"))
    return out
