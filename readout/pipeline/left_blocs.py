"""(enpar53) A state leaving a body of states is a sanction, not a retreat: 'Niger withdrew from ECOWAS', 'X pulled out
of the Council of Europe'.

Why: the manual's RETREAT withdraw is forces or people pulled back from a place or a post; leaving an organization
(giving up membership, CAMEO 1621 'reduce or stop ... membership') is SANCTION withdraw, as Korean '...에서 탈퇴했다'
reads and as English 'left the alliance' and 'quit the bloc' (lexicon objects) read already. Which side receives is
only known here: a withdrawal with no object of its own (no troops, envoys or staff withdrawn: `object` in the
hit's data) whose every receiving side is an international body (sector IGO: pipeline/common.country_entity) is the
departure from that body. 'withdrew its troops from the UN mission' keeps its RETREAT (an object); 'withdrew from
Niger' is a state, the forces' retreat.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Entity
from readout.pipeline.states import IGO_SECTOR

LEFT_TYPE, LEFT_MODE = "SANCTION", "withdraw"


def bloc_exit(hit: ActHit, mode: str | None, receiving: list[Entity]) -> ActHit:
    """The hit as SANCTION withdraw when it is a RETREAT withdraw (`mode`: the act's mode as the language reads it)
    with no object and international bodies only receiving it; else the hit unchanged."""
    if hit.type != "RETREAT" or mode != LEFT_MODE or hit.data.get("object") or not receiving \
            or any(e.sector != IGO_SECTOR for e in receiving):
        return hit
    return hit.copied(type=LEFT_TYPE, mode=LEFT_MODE, data={**hit.data, "stated_type": hit.type, "left_bloc": True})
