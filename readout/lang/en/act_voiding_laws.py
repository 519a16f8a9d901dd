"""An accord voided by a law its party signs (reject50): 'the president signed a law nullifying the agreement with X',
'signed a decree annulling the treaty'.

The object window of 'sign' reaches the accord named inside the law's content, so the lexicon reads the signing of
the accord (AGREE). But what is signed is the law (cue `enacting_nouns`), and what the law does is the participle
after it (cue `voiding_participles`): it voids the accord, the party's refusal of it (the manual's REJECT, 'reject an
agreement'; the same reading as 'declared the deal null and void'), received by the accord's other party (the
entry's 'with' target is kept). Only where the law noun comes right after the verb's determiner and the participle
right after the law noun: 'signed a law on ports and an agreement with X' signs the agreement.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner


def voiding_laws(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` with each signing whose object is a voiding law read as the REJECT of the accord it voids."""
    return [replace(h, type="REJECT", mode=None, data={**h.data, "voiding_law": True})
            if h.type == "AGREE" and voided(toks, h, cues) else h for h in hits]


def voided(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the words after the hit's verb are '(a|the) law/decree <voiding participle>'."""
    if hit.nominal or hit.lemma.split()[0] not in cues.signing_verbs:
        return False
    k = hit.data["token"] + 1
    if k < len(toks) and is_determiner(toks[k].low, cues):
        k += 1
    return k + 1 < len(toks) and toks[k].low in cues.enacting_nouns and toks[k + 1].low in cues.voiding_participles
