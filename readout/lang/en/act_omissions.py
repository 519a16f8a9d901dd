"""A charge of an omission (accuse56): 'accused Denmark of failing to protect the island', 'blamed the government
for not doing enough', 'accused X of underinvesting in its defence'.

Why: an accusation verb's entry alleges (PLOVER ACCUSE 'allege': "formally or informally accuse"), which fits a deed
charged ('accused X of shelling the port'); a charge that X failed, neglected or did too little alleges no deed but
judges how X did its part, the manual's 'disapprove' ("express disapproval; criticize"), as the dev conventions code
criticism of a side's conduct. The mode follows what the charge says, read from the word after its 'of'/'for'.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

OPENER_REACH = 8  # tokens from the accusing verb to the 'of' of its charge ('accused the new coalition government of')
OMISSION_WORDS = 3  # words of the longest omission phrase ('doing too little')
ALLEGE, DISAPPROVE = "allege", "disapprove"


def omission_charges(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verbal allegation whose charge opens with an omission word given the mode 'disapprove'."""
    return [replace(h, mode=DISAPPROVE) if h.type == "ACCUSE" and h.mode == ALLEGE and not h.nominal
            and not h.negated and charges_omission(toks, h, cues) else h for h in hits]


def charges_omission(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """The first 'of'/'for' within reach after the verb, not past a clause break, opens an omission phrase (right
    after it, or past adverbs: 'of repeatedly failing'; 'not' may be read as one)."""
    end = h.data.get("end_token", h.data["token"])
    for k in range(end + 1, min(len(toks), end + 1 + OPENER_REACH)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low in cues.charge_openers:
            return any(" ".join(t.low for t in toks[j:j + n]) in cues.omission_charges
                       for j in {k + 1, skip_adverbs(toks, k + 1, cues)} for n in range(1, OMISSION_WORDS + 1))
    return False
