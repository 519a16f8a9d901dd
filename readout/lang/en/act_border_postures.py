"""(enact48) Forces sent to a border faced by another state face that state: 'deployed troops to its border with X',
'massed tanks on the border with X', 'sent soldiers to the frontier with X'. The state after 'border with' is the one
the show of force faces (MOBILIZE aimed at X), as 'massed troops near X' and 'along the border with X' are
(act_targets.facing_spans, cue `posture_prepositions`). A destination that is a state itself ('deployed troops to
Mali') or a border named by no other state ('to its southern border') still faces no one: the move is placed, not
aimed. The border phrase follows the force's own phrase in its clause, after 'to', 'at', 'on' or 'toward' and a
determiner with up to two modifiers ('to its long northern border with X'), and only for an entry whose target
prepositions include one of posture (a show of force: 'deployed', 'massed'), not a watch raised ('surveillance').
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.lang.base import ActHit
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

PLACING = frozenset({"to", "at", "on", "toward", "towards", "into"})  # prepositions placing forces at a border
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
PAIRING = "with"
MODIFIERS = 2  # lower-case words between the determiner and the border noun ('its long northern border')
REACH = 8  # words from the force's phrase to the placing preposition ('deployed 2,000 more troops and tanks to')


def border_faced(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token of 'with' after a border noun the force is placed at (see the module docstring), else None."""
    if not any(t in cues.posture_prepositions for t in hit.target):
        return None  # an entry that faces no one ('stepped up surveillance at its border with X'): a watch raised
    j = hit.data.get("end_token", hit.data["token"]) + 1
    for p in range(j, min(j + REACH, len(toks))):
        t = toks[p]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return None
        if t.low not in PLACING:
            continue
        k = border_noun_at(toks, p + 1, cues)
        if k is not None and k + 1 < len(toks) and toks[k + 1].low == PAIRING:
            return k + 1
        return None
    return None


def border_noun_at(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The token of the border noun heading the phrase from token k, after a determiner or owner ('its', 'the',
    "Venezuela's") and up to `MODIFIERS` lower-case words ('its long northern border'), else None. Shared with
    act_border_arms (arms sent to a border)."""
    if k < len(toks) and (toks[k].low in cues.determiners or toks[k].low in cues.own_possessives
                          or toks[k].low.endswith(("'s", "s'"))):
        k += 1
    end = k + MODIFIERS + 1
    while k < min(end, len(toks)) and toks[k].word and toks[k].raw.islower() and toks[k].low not in BORDER_NOUNS:
        k += 1
    return k if k < len(toks) and toks[k].low in BORDER_NOUNS else None
