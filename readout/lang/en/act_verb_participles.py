"""(enact48) A participle used as an adjective ('armed', 'guided': cue `attributive_participles`) right after another
verb's form and before a lower-case noun modifies that noun, the other verb's object: 'pursued armed groups', 'asked X
for help in combating armed gangs', 'for tracking armed militias'. A clause has one finite verb there, so the
participle is no predicate: no arming (AID) by the subject of the verb before it. The verb's plain past after its
subject stays the act it is ('X armed the rebels', 'X armed rebels in the north': a name or noun before it), and so
does a perfect after an auxiliary ('had armed rebels', 'having armed them'). The word before is a lower-case -ed or
-ing form, or a listed irregular past, that is no auxiliary; the word after is a lower-case noun (no preposition,
determiner, adverb, 'by', 'to' or conjunction: 'the fighting armed with' is left as it was).

Why here: the walk asks it through act_degree_participles.attributive_past before it reads a verb's object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

AUXILIARY_FORMS = frozenset({"having", "being", "been", "had", "did"})  # a perfect's or passive's auxiliary


def verb_past(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the participle at token i stands between another verb's form and the lower-case noun it modifies."""
    if i == 0 or i + 1 >= len(toks) or toks[i].low not in cues.attributive_participles:
        return False
    before, nxt = toks[i - 1], toks[i + 1]
    if not before.word or not before.raw.islower() or before.low in AUXILIARY_FORMS or before.low in cues.be \
            or before.low in cues.perfect_auxiliaries:
        return False
    if not (before.low.endswith(("ed", "ing")) or before.low in cues.irregular_past):
        return False
    return nxt.word and nxt.raw[:1].islower() and nxt.low not in cues.prepositions and nxt.low not in cues.determiners \
        and nxt.low not in cues.adverbs and nxt.low not in ("by", "to", "and", "or", "with") and not nxt.low.endswith("ly")
