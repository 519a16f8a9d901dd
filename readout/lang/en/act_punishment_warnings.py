"""An authority warning of punishment (threats49): "the army warned that looters would be punished", "police warned
that anyone found rioting would face severe punishment", "the ministry warned that such acts will not go unpunished".

Why a reader of its own: the PLOVER manual's THREATEN covers "coercive or forceful warnings with serious potential
repercussions", and a state's organ warning offenders of punishment threatens repression (arrest, prosecution) at the
people it governs. The finder reads "warned that ..." as a threat addressed to no one, and the pipeline drops such a
warning when the story gives it no one to answer. Here the complement names the ones warned (its subject, an offender
word: `offender_words`, "such acts", "anyone") and their punishment (a passive of `punished_words`, or `facing_verbs`
with a `punishment_nouns` object); its span becomes the threat's domestic target, so the pipeline gives it the state
the span names, else the speaker's own (the same state on both sides). A warning whose complement's subject is a
state's name ("warned that Y would face consequences") is no domestic act and stays as it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import CIVILIANS, ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SUBJECT_REACH = 6  # words of the complement's subject before its future auxiliary ("anyone found looting shops")
PUNISHMENT_REACH = 4  # words from the auxiliary to the punishment ("would face severe legal action")
PASSIVE = frozenset({"be", "go"})  # "would be punished", "will not go unpunished"
THREATENED = "COERCE"  # the repression threatened: a threat of it stands with no foreign side (pipeline BARE_THREATS)
SECTOR = CIVILIANS
UNPUNISHED = "unpunished"


def punishment_warnings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each warning with no mode and no target whose complement warns offenders of punishment given that
    complement as its domestic target (and the repression it threatens)."""
    out = []
    for h in hits:
        if withheld_punishment(toks, h, cues):
            continue  # enriot46: 'warned that looters would not be punished if ...': an assurance, no threat
        span = warned_offenders(toks, h, cues)
        if span is not None:
            data = {k: v for k, v in h.data.items() if k != "unaddressed"}
            h = replace(h, data={**data, "domestic_target": span, "domestic_sector": SECTOR, "threatened": THREATENED})
        out.append(h)
    return out


def warned_offenders(toks: list[Token], h: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the complement of the warning `h` when it says offenders will be punished; else None."""
    found = offenders_auxiliary(toks, h, cues)
    if found is None:
        return None
    start, aux = found
    end = punishment_end(toks, aux + 1, cues)
    return (toks[start].start, toks[end].end) if end is not None else None


def offenders_auxiliary(toks: list[Token], h: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The first token of the complement of the warning `h` whose subject is an offender or people word, and its
    future auxiliary ('warned that [looters] [would] ...'); else None."""
    if h.type != "THREATEN" or h.mode or h.nominal or h.negated or h.data.get("target_spans") \
            or h.lemma not in cues.prediction_verbs:
        return None
    start = h.data.get("end_token", h.data["token"]) + 1
    if start < len(toks) and toks[start].low == "that":
        start += 1
    if start >= len(toks) or toks[start].low not in cues.offender_words and toks[start].low not in cues.domestic_actors:
        return None
    aux = next((k for k in range(start + 1, min(len(toks), start + SUBJECT_REACH + 1))
                if toks[k].low in cues.future_auxiliaries), None)
    if aux is None or any(not toks[k].word for k in range(start, aux)):
        return None
    return start, aux


def withheld_punishment(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """(enriot46) The warning's complement says its people will not be punished ('warned that looters would not be
    punished if they returned the goods'): an assurance, which threatens no one, though its subject is a people noun
    (the domestic target the people reader would give the bare warning)."""
    found = offenders_auxiliary(toks, h, cues)
    if found is None:
        return False
    k = found[1] + 1
    return k + 2 < len(toks) and toks[k].low in cues.negation and toks[k + 1].low in PASSIVE \
        and toks[k + 2].low in cues.punished_words and toks[k + 2].low != UNPUNISHED


def punishment_end(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The last token of the punishment after the auxiliary at k - 1 ("not go unpunished", "be punished", "face severe
    punishment"); None when no punishment follows."""
    negated = k < len(toks) and toks[k].low in cues.negation
    k += negated
    if k + 1 < len(toks) and toks[k].low in PASSIVE and toks[k + 1].low in cues.punished_words \
            and negated == (toks[k + 1].low == UNPUNISHED):  # "will not go unpunished", never "would not be punished"
        return k + 1
    if negated:
        return None
    if k < len(toks) and toks[k].low in cues.facing_verbs:
        return next((j for j in range(k + 1, min(len(toks), k + 1 + PUNISHMENT_REACH))
                     if toks[j].low in cues.punishment_nouns), None)
    return None
