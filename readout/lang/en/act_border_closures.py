"""(coerce56) A border or an airspace closed toward a named state: the state named after the border's own modifiers
('closed its main land border crossing with X', 'closed the borders of its member states with X'). Closing a border
is COERCE restrict in the lexicon (CAMEO 172/191: movement restricted, a border sealed toward all); closed toward one
state it cuts the exchanges with that state, the manual's SANCTION 'discontinue', aimed at it, as the lexicon's own
'closed its border with X' (close + border with) already reads where 'with' follows the noun at once. As Korean 'X와
접한 모든 국경' (lang/ko/act_borders.faced_state). Why a module of its own: the act matcher reads an object phrase
word by word and cannot skip the modifiers between the noun and 'with'. A ban on a named state's aircraft from the
banning state's airspace ('banned Xian aircraft from flying over its airspace') cuts that state's traffic the same way
(as 'closed its airspace to X airlines', en_acts: close + airspace to)."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

BORDER_OBJECTS = frozenset({"border", "borders", "frontier", "frontiers"})  # the closure entries' objects


def faced_state(hit: ActHit, text: str, lex) -> ActHit:
    """The hit as SANCTION discontinue aimed at the side after 'with' (target 'with', its end through 'with') when it
    closes a border and the border's modifiers lead to 'with' and a name; else the hit unchanged. A closure with no
    one named ('closed the country's borders') stays the lexicon's COERCE restrict."""
    if (hit.type, hit.mode) != ("COERCE", "restrict") or hit.data.get("object") not in BORDER_OBJECTS:
        return hit
    m = lex.re("border_faced_state_re").match(text, hit.end)
    if m is None:
        return between_pair(hit, text, lex)
    return dataclasses.replace(hit, type="SANCTION", mode="discontinue", target=("with",), contexts=(),
                               end=m.end("with"))


def between_pair(hit: ActHit, text: str, lex) -> ActHit:
    """(sanction59) A border 'between the two countries' ('closed the border crossing between the two nations'): the
    pair is the actor and the story's other state, so the closure faces that state, SANCTION discontinue with no
    target of its own (the pipeline reads the story's counterpart: pipeline/act_measure_counterparts); else the hit
    unchanged (as Korean '양국 간 국경', lang/ko/act_borders.between_pair)."""
    m = lex.re("border_pair_re").match(text, hit.end)
    if m is None:
        return hit
    return dataclasses.replace(hit, type="SANCTION", mode="discontinue", target=(), contexts=(), end=m.end())


BAN_LEMMAS = frozenset({"ban", "bar", "prohibit", "forbid"})  # the verbs of a ban on another state's carriers


def barred_carriers(hit: ActHit, text: str, lex) -> ActHit:
    """The hit as SANCTION discontinue when it bans a named state's aircraft or airlines from the airspace ('banned
    Xian aircraft, including commercial flights, from flying over its airspace'): its object, the carriers' state, is
    the side the pipeline reads as receiving it; else the hit unchanged."""
    if (hit.type, hit.mode) != ("COERCE", "restrict") or hit.lemma not in BAN_LEMMAS \
            or not lex.re("barred_carriers_re").match(text, hit.end):
        return hit
    return dataclasses.replace(hit, type="SANCTION", mode="discontinue", contexts=())
