"""Acts a body votes to do: 'the assembly voted to condemn X', 'lawmakers voted 180-60 on Tuesday to impeach the
president' (accuse60).

Why its own module: a bare 'to' before an act word marks what another verb governs (`act_modality.modality_of`:
"infinitive", an act still to come). A finite verb of voting ('voted', 'votes') is the one governor whose
infinitive is done by the vote itself: a legislature's vote to condemn IS its condemnation, a vote to impeach IS the
impeachment charge (PLOVER: the act occurred, the voting body its actor). Only a vote's margin and time may stand
between the verb and the 'to' (`voted_deed_gap_words`, numbers, adverbs): 'voted against a motion to condemn X' puts
a noun between them, and the motion's act is not the vote's. A vote still to come ('will vote to', 'is expected to
vote to', 'plans to vote to') has no finite past or present verb there, or a modal or 'to' before it.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import previous_word

GAP_REACH = 7  # words between the vote verb and the 'to' ("voted by 204 votes to 85 late on Tuesday to")


def voted_deed(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the act word at token `i` follows a 'to' that a finite verb of voting (`voted_deed_verbs`) governs
    across only a margin or a time, with no modal or 'to' before that verb."""
    j = previous_word(toks, i, cues)
    if j is None or toks[j].low not in cues.infinitive:
        return False
    for k in range(j - 1, max(-1, j - 1 - GAP_REACH), -1):
        low = toks[k].low
        if low in cues.voted_deed_verbs:
            before = previous_word(toks, k, cues)
            return before is None or toks[before].low not in cues.voted_deed_undone
        if not toks[k].word or not (low in cues.voted_deed_gap_words or low in cues.adverbs
                                    or low.endswith("ly") or any(c.isdigit() for c in low)):
            return False
    return False
