"""A word after a verb of citing or recording is that verb's noun object (precision48): 'sanctioned two generals,
citing attacks on civilians', 'said it had documented raids on villages', 'The report lists strikes on clinics'.

Why: 'attacks', 'raids', 'strikes' are spelt like the present verbs; a present verb needs its subject before it, and a
verb of citing or recording (cue `record_verbs`) is none. Read as the verb, the cited deed became an ASSAULT done by
the citing side on the day of its sanction or report; cited, it is the grounds of that act or the content of a
record, and its doer (when the story names one) is told elsewhere. A noun act right after such a verb ('citing
threats to X') is that grounds too, no act of the day (`cited_nouns`).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def after_citing(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether token i follows a lowercase verb of citing or recording (`record_verbs`) directly."""
    return i > 0 and toks[i - 1].raw.islower() and toks[i - 1].low in cues.record_verbs


def cited_nouns(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each noun act right after a verb of citing or recording ('expelled two diplomats, citing threats
    to X'): the grounds of the sentence's act or what a record holds, no act of its own on the day."""
    return [h for h in hits if not (h.nominal and after_citing(toks, h.data["token"], cues))]
