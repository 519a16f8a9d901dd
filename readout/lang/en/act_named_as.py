"""A criticism verb that names what its object is (ploveren66): 'blasted X's plan as reckless', 'hammered the deal as a
betrayal'. The verbs of criticism that also name force (`criticism_verbs`: blast, hit, hammer, ...) read as force
unless their object is an actor with a topic ('blasted X over ...', act_walk.criticized_actor); an 'as' complement after
the object, an indefinite noun phrase or a lone adjective closing the clause, is what the speaker called it: words, no
force. An 'as' opening a clause ('blasted the town as troops advanced') or an adverbial idiom ('as planned', 'as well',
'as a result') names nothing.

Why its own module: it reads the words after a verb's object for a complement, which the act walk's object readers do
not (they stop at 'as', a clause break).
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

INDEFINITE = frozenset({"a", "an"})
COMPLEMENT_TAIL = frozenset({"by", "and"})  # 'as reckless by X', 'as reckless and dangerous'
NOT_NAMED = frozenset({"well", "usual", "expected", "planned", "promised", "reported", "such", "part", "before",
                       "ever", "always", "needed", "necessary", "possible", "soon", "far", "long", "much", "many",
                       "result", "matter", "way", "whole", "precaution", "warning", "retaliation", "reprisal"})


def named_as(toks: list[Token], j: int, cues: Cues, passive: bool = False) -> bool:
    """Whether the object phrase starting at token j is followed, within the object window, by 'as' and a naming
    complement: 'a'/'an' and a noun that is no adverbial idiom ('as a result', 'as a warning'), or one lowercase word
    then the clause's end, 'by' or 'and' ('as reckless.', 'as unacceptable by X'). In the passive the complement
    follows the participle itself ('was blasted as reckless by X')."""
    for k in range(j if passive else j + 1, min(len(toks) - 1, j + cues.window + 2)):
        t = toks[k]
        if t.low == "as":
            first = toks[k + 1]
            if not first.word or not first.raw[:1].islower() or first.low in NOT_NAMED:
                return False
            if first.low in INDEFINITE:
                return k + 2 < len(toks) and toks[k + 2].word and toks[k + 2].low not in NOT_NAMED
            nxt = toks[k + 2] if k + 2 < len(toks) else None
            return nxt is None or not nxt.word or nxt.low in COMPLEMENT_TAIL
        if not t.word or t.low in cues.clause_breaks:
            return False
    return False
