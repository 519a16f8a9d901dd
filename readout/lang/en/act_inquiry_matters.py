"""(enact48) An inquiry opened 'into' a matter that names no side is the investigating state's own affair: 'Ghana's
parliament launched an inquiry into the sale of state land', 'Kenya opened an investigation into the sinking of a
ferry'. PLOVER codes every investigation (ACCUSE investigate) with a recipient, and a state's inquiry at home has
its own state as the one investigated (the gold's 'Croatia is investigating ... by Croatian extremists': the same
state on both sides). The phrase after 'into' is marked as the act's domestic object with the government's sector:
the state it names when it names one ('into Togo's border closure': Togo), else the actor's own
(pipeline act_own_government.own_government_object); a phrase naming people ('into the killing of protesters') was
marked by its people noun already and keeps that reading. An international body investigates no people of its own:
with no state named, its inquiry still names no one.
"""
from __future__ import annotations

import dataclasses
import re

from readout.lang.base import ActHit

INQUIRY_MODE = "investigate"
INTO_BEFORE_RE = re.compile(r"(?i)\binto\s+$")
MATTER_SECTOR = "GOV"  # the state's own affairs: its government answers the inquiry


def inquiry_matter(hit: ActHit, text: str) -> ActHit:
    """`hit` with its 'into' phrase marked as a domestic object of the government's sector (see the module
    docstring), or `hit` as it was."""
    if hit.type != "ACCUSE" or hit.mode != INQUIRY_MODE or hit.data.get("domestic_target") or hit.negated:
        return hit
    span = next(((a, b) for a, b in hit.data.get("target_spans") or ()
                 if INTO_BEFORE_RE.search(text, max(0, a - 8), a)), None)
    if span is None:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "domestic_target": span, "domestic_sector": MATTER_SECTOR})
