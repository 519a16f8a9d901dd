"""(enactors68) An object found past a gerund that is an act of its own: 'is considering lifting sanctions on X',
'weighed easing the embargo'. The dictionary reads 'consider' + 'sanctions' as a threat (CAMEO 1312) and lets words
stand between the verb and its object; when the first of them is a gerund that undoes a measure (`UNDOING_TYPES`)
whose own entry takes that same object ('lifting sanctions': RETREAT), the object is the gerund's, and the verb
before it only weighs, plans or asks for that act (read by the gerund's own modality: 'considering lifting
sanctions' is a retreat weighed, no threat). A gerund of another kind keeps the verb's reading ('suggested holding
a summit': the proposal of a meeting). Why a
module of its own: act_walk.py reads the match, and this is one more reading of the words inside it.
"""
from __future__ import annotations

from readout.lang.en.act_matcher import Matcher
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_window import match_at

UNDOING_TYPES = frozenset({"RETREAT", "CONCEDE"})  # acts that lift, ease or give up a measure ('lifting', 'easing')


def object_of_gerund(toks: list[Token], hit: tuple, m: Matcher) -> bool:
    """Whether the hit's required object stands past an undoing gerund right after its verb whose own verb entry
    matches the same object ('considering lifting sanctions'); a gerund that is itself the object ('considering
    imposing') is the hit's own reading."""
    k = hit[3].get("object_token")
    j = hit[1] + 1
    if k is None or j >= k or not toks[j].word or not toks[j].low.endswith("ing"):
        return False
    cands = tuple(c for c in m.by_word.get(toks[j].low, ()) if c.entry.pos != "noun" and c.entry.type in UNDOING_TYPES
                  and c.entry.type != hit[0].entry.type)
    inner = match_at(toks, j, cands, m.cues) if cands else None
    return inner is not None and inner[3].get("object_token") == k
