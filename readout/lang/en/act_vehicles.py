"""How an act is carried: a joint text named as the vehicle of another act, and disapproval conveyed to the side at
fault (issue of session 17, en21).

'A and B condemned the raid in a joint statement', 'C and D expressed solidarity with E through a joint communique':
the statement is how the act was said, not an agreement of its own. The manual codes what the text says (the
ACCUSE, the SUPPORT); a joint text is an AGREE only where issuing it is the news ('A and B issued a joint
declaration on trade'). So a noun AGREE for a joint text (`vehicle_texts`) after a preposition of means
(`vehicle_prepositions`) is dropped when the sentence holds another act that is not a noun.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner

VEHICLE_GAP = 3  # words from the preposition to the text noun ('in their first joint statement')


def statement_vehicles(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each joint text that only carries another act of the sentence (see the module docstring)."""
    said = any(not h.nominal and h.type != "AGREE" for h in hits)
    if not said:
        return hits
    return [h for h in hits if not (h.type == "AGREE" and h.nominal and h.lemma in cues.vehicle_texts
                                    and after_means(toks, h.data["token"], cues))]


def after_means(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether a preposition of means stands before token i, with only determiners or lower-case modifiers between."""
    for k in range(i - 1, max(i - 1 - VEHICLE_GAP, -1), -1):
        low = toks[k].low
        if low in cues.vehicle_prepositions:
            return True
        if not toks[k].word or not (is_determiner(low, cues) or toks[k].raw.islower()):
            return False
    return False


def conveyed_disapproval(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """'Sweden conveyed its concerns through diplomatic channels': disapproval conveyed (`conveying_verbs`) is
    sent to someone, and with no one named it goes to the other side of the acts just reported, as 'condemned the
    launch' does (`unaddressed`, `answers`: the pipeline reads the offender back). Other concern ('expressed concern
    over the situation') stays as it was: it may blame no one."""
    return [replace(h, data={**h.data, "unaddressed": True, "answers": True})
            if h.type == "ACCUSE" and not h.nominal and not h.negated and h.lemma.split()[0] in cues.conveying_verbs
            and not h.data.get("target_spans") else h for h in hits]
