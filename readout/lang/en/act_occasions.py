"""An act done on an occasion: 'used the visit to denounce X', 'took the opportunity to urge Y' (session 17, en20).

An infinitive is mostly what another act governs or aims at ('plans to impose', 'in a bid to end'): not yet done.
After a verb of using an occasion in the past, though, the infinitive is what the subject did there: 'the
president used his visit to denounce the coup' reports a denunciation made on the visit (PLOVER codes what was
said, an ACCUSE that occurred), and the occasion noun before 'to' ('visit', 'summit') governs nothing. The verbs
(`occasion_verbs`) take any short noun phrase ('used a news conference to'); the verbs of taking (`occasion_takers`)
only an occasion noun ('took the opportunity to'). 'used to denounce' (a habit) has no noun phrase and is not read.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OCCASION_WORDS = 5  # words of the occasion's noun phrase ("his two-day state visit to Lima")


def on_occasion(toks: list[Token], i: int, cues: Cues) -> bool:
    """The verb at `i` follows 'to' after an occasion used: '<used> <the visit> to <i>', '<took> <the opportunity>
    to <i>' (an adverb may stand between 'to' and the verb)."""
    j = i - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    if j < 2 or toks[j].low not in cues.infinitive:
        return False
    for k in range(j - 2, max(j - 2 - OCCASION_WORDS, -1), -1):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low in cues.occasion_verbs:
            return True
        if toks[k].low in cues.occasion_takers:
            return toks[j - 1].low in cues.occasion_nouns
    return False
