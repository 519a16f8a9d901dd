"""(coerce56) A raid on a place ('police raided the X embassy', 'stormed the consulate', 'forced their way into the
party's offices', 'searched the newsroom'): the manual's COERCE 'seize' (execute search, raid). Marked `raided_place` so
that the pipeline reads a raid on another state's place as an offense a condemnation naming no author judges
(pipeline/act_build.raid_abroad), as a use of force is; a seizure of land or goods ('took control of the town', 'seized
the tanker') is not marked. As Korean '강제 진입', '대사관을 급습' (lang/ko/act_clauses.raided_place)."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit


def raided_place(hit: ActHit, lex) -> ActHit:
    """The hit marked `raided_place` when it is a seize told by a verb of raiding (`raid_lemmas`)."""
    if (hit.type, hit.mode) != ("COERCE", "seize") or hit.lemma not in lex["raid_lemmas"]:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "raided_place": True})
