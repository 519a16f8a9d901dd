"""(sanction59) Curbs on another state's trade lifted, told with the trade after the curbs' own modifiers ('lifted
restrictions on exports to X', 'was lifting restrictions imposed in 2019 on exports to X'): an economic sanction eased
(CAMEO 085, the crosswalk's RETREAT, as en_acts reads 'lifted export restrictions on X'), not the administrative
concession (CAMEO 081, CONCEDE) the bare 'lifted restrictions' is in the lexicon. Why a module of its own: the act
matcher reads the object 'restrictions' and stops there; what they restrict follows the noun's modifiers. Curbs on
anything else ('lifted restrictions on gatherings', 'lifted the curfew') stay CONCEDE."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

EASING_LEMMAS = frozenset({"lift", "ease", "relax", "remove", "scrap"})  # the verbs that undo a curb
CURB_OBJECTS = frozenset({"restrictions", "curbs", "controls", "ban", "bans", "limits"})  # the curb nouns
TRADE_TARGETS = ("on", "against", "from", "to")  # where the state whose trade was curbed stands


def lifted_trade_curbs(hit: ActHit, text: str, lex) -> ActHit:
    """The hit as RETREAT (economic) when it lifts or eases curbs that the rest of its phrase says fall on exports,
    imports or trade (`lifted_trade_curbs_re`); its end through that noun, so the state after it is read as
    receiving; else the hit unchanged."""
    if hit.type != "CONCEDE" or hit.lemma not in EASING_LEMMAS or hit.data.get("object") not in CURB_OBJECTS:
        return hit
    m = lex.re("lifted_trade_curbs_re").match(text, hit.end)
    if m is None:
        return hit
    return dataclasses.replace(hit, type="RETREAT", mode=None, contexts=("economic",), target=TRADE_TARGETS,
                               end=m.end())
