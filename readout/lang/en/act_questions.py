"""(plover56, issue 15) A yes/no question asks whether an act happens; it tells none: 'Would Iran retaliate if Israel
struck its nuclear sites?', 'Could China invade Taiwan by 2027?', 'Will Turkey attack Syria again?'.

Why: the walk reads the verb after the opening auxiliary as an act ('retaliate' a threat, 'invade' an attack planned),
and a commentary's or a headline's question then gave an event no one made. A sentence that opens with an auxiliary
or a modal (cues `intent`, `hypothetical`, `deontic`, `be`, `perfect_auxiliaries`; not the conjunctions 'if' and
'whether' the hypothetical list also holds) and ends with a question mark is a question, so its hits are dropped.
A quoted question inside a report ('"Will you attack?" he asked.') ends on the report, not on '?', and is read as
before; a question opened by a wh-word ('Who attacked the convoy?') presumes its act and is read as before too.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CONJUNCTIONS = frozenset({"if", "whether"})  # in the hypothetical cue list, but they open a clause, not a question
QUOTES = frozenset({'"', "“", "'", "‘"})


def asked_question(toks: list[Token], cues: Cues) -> bool:
    """Whether the sentence is a yes/no question: an auxiliary or modal first (past an opening quote), '?' last."""
    words = [t for t in toks if t.low not in QUOTES and t.low not in ("”", "’")]
    if len(words) < 3 or words[-1].low != "?":
        return False
    first = words[0].low
    return first not in CONJUNCTIONS and (first in cues.intent or first in cues.hypothetical or first in cues.deontic
                                          or first in cues.be or first in cues.perfect_auxiliaries)
