"""Deeds a 'before' clause tells as still to come: 'demanded talks before Russia's troops are sent to the front'.

Why its own module: the clause reader (`act_clause.read_clause`) reads modality from the words that govern a
verb (will, plans to, must); a temporal conjunction is a clause break that hides its clause from those
readers. A verb in the present tense after 'before' (`unfinished_conjunctions`), in a sentence told in the
past, is a deed that had not happened when the main act was done: hypothetical, never occurred. A past verb
there ('before the troops arrived') is a deed the sentence tells as done, and a gerund ('before sending
troops') is left to the main clause's own tense.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CLAUSE_REACH = 8  # words between the conjunction and its verb ("before Russia's newly trained troops are sent")


def unfinished_deed(toks: list[Token], i: int, cues: Cues, base_forms: frozenset[str]) -> bool:
    """Whether the verb at token `i` stands in a present-tense clause opened by an `unfinished_conjunctions` word."""
    prev = i - 1
    while prev >= 0 and toks[prev].word and toks[prev].low in cues.adverbs:
        prev -= 1
    present_passive = prev >= 0 and toks[prev].low in cues.present_auxiliaries
    present_active = toks[i].low in base_forms and not toks[i].low.endswith("ing") \
        and not (prev >= 0 and toks[prev].low in cues.be)
    if not (present_passive or present_active):
        return False
    for k in range(i - 1, max(-1, i - 1 - CLAUSE_REACH), -1):
        if not toks[k].word and toks[k].raw not in ("'", "'s"):
            return False
        if toks[k].low in cues.unfinished_conjunctions:
            return True
        if toks[k].low in cues.clause_breaks:
            return False
    return False
