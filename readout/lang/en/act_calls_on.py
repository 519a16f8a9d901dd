"""A call made on a side (ploveren66): 'renewed its call on X to withdraw', "Y's call upon X to free the crew". The
noun 'call' with 'on' or 'upon' (the lexicon's noun of the verb 'call on') asks the side after the preposition only
when what it asks follows as an infinitive; 'a call on Monday', 'his call on the issue', 'the final call on X's bid'
(a decision, a phone call, a view) ask no one.

Why its own module: the lexicon's entry matches the noun and its preposition alone; whether an infinitive follows the
side called on is a reading of the words after the match, which no entry states.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CALLED_ON = ("on", "upon")
REACH = 8  # words after the preposition the side called on and its infinitive's 'to' may take ('X's government to')


def calls_on(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Hits without a noun 'call on' / 'call upon' that no 'to' + verb follows within its clause."""
    return [h for h in hits if not (h.nominal and h.type == "REQUEST" and h.lemma == "call"
                                    and toks[h.data.get("end_token", h.data["token"])].low in CALLED_ON
                                    and not asks_infinitive(toks, h.data["end_token"] + 1, cues))]


def asks_infinitive(toks: list[Token], first: int, cues: Cues) -> bool:
    """'to' followed by a lowercase word that opens no noun phrase ('to withdraw', not 'to the region' or 'to X's
    leader') after the side called on, before the clause ends at punctuation."""
    for k in range(first + 1, min(first + REACH, len(toks) - 1)):
        if not toks[k].word:
            return False
        if toks[k].low == "to":
            nxt = toks[k + 1]
            return nxt.word and nxt.raw[:1].islower() and nxt.low not in cues.determiners
    return False
