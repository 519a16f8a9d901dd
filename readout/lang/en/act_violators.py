"""A warning aimed at whoever breaks an accord (en48): 'warned that any party that violated it would face severe
penalties', 'said any side breaching the truce would pay a heavy price', 'warned violators of the deal'.

Why: PLOVER's THREATEN is aimed at the side threatened. Here the clause names that side only as the accord's breaker,
so the threat was left with no receiving side and was lost. The accord such a warning guards is the one the story
told, and those who could break it are its parties: the hit is marked as an answer to an accord (`answers`,
`judged_kinds` AGREE), as a condemnation of 'the pact' is, and the pipeline gives it the parties of the last accord
told (pipeline/act_recipients_told.judged_offender); with no accord told it stays without a receiving side, as before.
Read only for an unnegated THREATEN with no receiving side of its own, whose following words hold a violator phrase:
a determiner of `violator_determiners` ('any'), a party noun of `violator_nouns` ('party', 'side', 'country'), an
optional relative word, and a verb of breaking of `violating_verbs` (the lexicon's verbs of a broken accord: violate,
breach, break, renege, flout, contravene); or an agent noun of those verbs, `violator_agents` ('violators').
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

VIOLATOR_REACH = 12  # words from the warning to its violator phrase ('warned on Friday that any party that violated')
ACCORD_KIND = "AGREE"


def accord_violators(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each unnegated THREATEN with no receiving side whose words after it name the breaker of an accord
    marked as answering the accord told last."""
    out = []
    for h in hits:
        if h.type == "THREATEN" and not h.negated and not h.data.get("target_spans") and not h.data.get("answers") \
                and violator_phrase(toks, h.data.get("end_token", h.data["token"]) + 1, cues):
            h = replace(h, data={**h.data, "unaddressed": True, "answers": True,
                                 "judged_kinds": [(ACCORD_KIND, None)]})
        out.append(h)
    return out


def violator_phrase(toks: list[Token], start: int, cues: Cues) -> bool:
    """Whether a violator phrase ('any party that violated', 'any side breaching', 'violators') stands within
    VIOLATOR_REACH words from token `start`, before a ';' or ':'."""
    for k in range(start, min(len(toks), start + VIOLATOR_REACH)):
        low = toks[k].low
        if low in (";", ":"):
            return False
        if low in cues.violator_agents:
            return True
        if low in cues.violator_determiners and k + 2 < len(toks) and toks[k + 1].low in cues.violator_nouns:
            verb = k + 3 if toks[k + 2].low in cues.relative else k + 2
            if verb < len(toks) and toks[verb].low in cues.violating_verbs:
                return True
    return False
