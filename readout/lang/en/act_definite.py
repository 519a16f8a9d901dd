"""A deed noun that refers back to the deed the story told: 'the attack', 'the latest strikes' (precision49).

Why: a definite deed noun with no owner in its own phrase ('the envoy called the attack "unacceptable"', 'as the attack
unfolded') names the attack already reported; its doer is that attack's. Read for an owner nearby it took the
sentence's subject (the judge) or a state named around it as the attacker, a second ASSAULT beside the one reported.
The hit is marked `refers_back`; the pipeline (act_actor_defaults.referred_deed) gives it the last actors the story told for a
deed of its type, and leaves it to the usual readers when none was told. A phrase naming an owner ('the Iranian
attack', "the attack by X") is no back reference.

(force59) A deed noun that refers back and is the subject of a verb of ending ('the fighting stopped on Monday when
both sides agreed to a truce', 'the clashes between X and Y ended'): the fighting the story told; its end is no fight
of that day, so the noun is dropped (Korean: lang/ko/act_halted.ended_fights).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
MODIFIER_REACH = 2  # lower-case words between the determiner and the deed noun ('the latest missile attack')
HOSTILE_NOUNS = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})  # deeds the story tells and later refers back to


def referring_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, hostile deed nouns after a definite determiner and lower-case words only marked `refers_back`."""
    return [replace(h, data={**h.data, "refers_back": True}) if refers_back(toks, h, cues) else h for h in hits]


def refers_back(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    if not hit.nominal or hit.type not in HOSTILE_NOUNS or hit.data.get("by"):
        return False
    i = hit.data.get("token", 0)
    k = i - 1
    while k >= 0 and i - k <= MODIFIER_REACH and toks[k].word and toks[k].raw.islower() \
            and toks[k].low not in BACK_DETERMINERS and toks[k].low not in cues.prepositions:
        k -= 1
    if k < 0 or toks[k].low not in BACK_DETERMINERS:
        return False
    after = hit.data.get("end_token", i) + 1
    return not (after < len(toks) and toks[after].low == "by")  # 'the attack by X' names its doer


END_REACH = 12  # words from the deed noun to its verb of ending ('the fighting between X and South Y stopped')
ENDED_TYPES = frozenset({"ASSAULT"})  # the deeds a verb of ending closes


def ended_fights(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(force59) The hits without each fighting noun that refers back and whose verb tells it ended."""
    return [h for h in hits if not (h.type in ENDED_TYPES and h.data.get("refers_back") and ended(toks, h, cues))]


def ended(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """A verb of ending (`force_end_words`) follows the noun within `END_REACH` words, before the sentence's end or a
    word that opens another clause (`force_end_stops`: 'when', 'after'; 'and the ...')."""
    first = hit.data.get("end_token", hit.data.get("token", 0)) + 1
    for k in range(first, min(len(toks), first + END_REACH)):
        if toks[k].low in cues.force_end_words:
            return True
        if toks[k].low in cues.force_end_stops or toks[k].low in (".", ";", ":"):
            return False
        if toks[k].low == "and" and k + 1 < len(toks) and toks[k + 1].low in BACK_DETERMINERS:
            return False  # '... intensified and the shelling stopped': another noun's clause
    return False
