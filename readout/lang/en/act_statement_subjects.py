"""A statement as the subject of a verb of saying: "The ministry's statement condemned X", "A joint statement
urged Y to ...".

Why: a past form right after a noun of information is usually a participle describing it ("a joint statement
released after the talks", "the report published on Monday"), and such a participle is no act. But a statement
also speaks: when the past form is a verbal act (condemning, urging, rejecting, warning, backing) and a direct
object follows it at once (a name, a determiner, a possessive), the noun is the clause's subject and the verb
its act; the statement's issuer acts (the owner before it, or the parties the story names for it).
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})  # what a statement can do


def statement_speaks(toks: list[Token], end_tok: int, act_type: str, cues: Cues) -> bool:
    """Whether the past form ending at `end_tok` after a noun of information is the statement's own verbal act:
    its type is one a text can perform and a direct object starts right after it (no preposition, "by", date,
    time word, adverb or break: "a statement issued on Monday", "the report released last week" describe)."""
    j = end_tok + 1
    if act_type not in VERBAL_TYPES or j >= len(toks) or not toks[j].word:
        return False
    low = toks[j].low
    return not (low in cues.prepositions or low in cues.infinitive or low in cues.date_words
                or low in cues.time_openers or low in cues.adverbs or low.endswith("ly") or low in cues.clause_breaks)
