"""A visitor welcomed at a ceremony is no SUPPORT (reject41).

'The emperor welcomed the president and his wife at a welcoming ceremony', 'greeted X with a guard of honour': the
host's courtesy at a visit, part of the visit (a meeting the meeting readers code), not praise of another side's
policy or action, PLOVER's SUPPORT (PLOVER_MANUAL.tex, section SUPPORT). The Korean reader drops a welcome whose
object is a guest (lang/ko/act_welcomes.py); English names the occasion after the guest instead: a welcoming verb
(`welcoming_verbs`, whose lemma 'welcome' the lexicon codes SUPPORT) followed, in its clause, by 'at' or 'with' and an occasion noun (`welcome_occasions`).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OCCASION_REACH = 12  # words from the welcoming verb to its occasion ('... and his wife at a ceremonial welcome')
OCCASION_WORDS = 4  # words from 'at'/'with' to the occasion noun ('at a formal welcoming ceremony')


def ceremonial_welcomes(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each verbal SUPPORT of a welcoming verb whose clause names a ceremony it took place at."""
    return [h for h in hits if not (h.type == "SUPPORT" and not h.nominal and h.lemma in cues.welcoming_verbs
                                     and at_occasion(toks, h.data.get("end_token", h.data["token"]) + 1, cues))]


def at_occasion(toks: list[Token], first: int, cues: Cues) -> bool:
    """Whether 'at' or 'with' and, within `OCCASION_WORDS`, an occasion noun follow token `first` in its clause."""
    for k in range(first, min(len(toks), first + OCCASION_REACH)):
        if not toks[k].word or toks[k].low in (";", "."):
            return False
        if toks[k].low in ("at", "with") and any(toks[n].low in cues.welcome_occasions
                                                 for n in range(k + 1, min(len(toks), k + 1 + OCCASION_WORDS))):
            return True
    return False
