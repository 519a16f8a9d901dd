"""A refusal reported with 'not even' is a reproach (reject41).

'The ambassador said A and B could not even accept language condemning the attack': a speaker telling that others
would not do even the least is disapproving of them, PLOVER's ACCUSE ("criticize or denounce", PLOVER_MANUAL.tex,
section ACCUSE), aimed at the reported clause's subject. The refusal itself is no REJECT the speaker made, and what
the refused text would have said ('condemning the attack') is no act of anyone's: the acts of the reported clause
are dropped and the speaker's ACCUSE stands in their place.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_characterize import accusation
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SUBJECT_REACH = 6  # words of the reported clause's subject ("Peru and Bolivia", "the two permanent members")


def reproached_refusals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each reported 'X could not even <verb>' (`reproach_adverbs` after a negated auxiliary) read as
    one ACCUSE of X by the reporting verb's subject; the hits inside that reported clause are dropped."""
    for i, t in enumerate(toks):
        if not t.word or t.low not in cues.reporting:
            continue
        found = reproach_after(toks, i, cues)
        if found is None:
            continue
        subject, verb = found
        stop = next((k for k in range(verb, len(toks)) if toks[k].low in (",", ";", ".")), len(toks))
        kept = [h for h in hits if not (toks[subject[1]].start <= h.start < toks[stop - 1].end)
                and h.data.get("token") != i]
        return kept + [accusation(toks, i, verb, (toks[subject[0]].start, toks[subject[1]].end), "disapprove")]
    return hits


def reproach_after(toks: list[Token], i: int, cues: Cues) -> tuple[tuple[int, int], int] | None:
    """(first and last token of the reported subject, token of the refused verb) for 'said [that] X could not even
    <verb>'; None when the clause after the reporting verb is no such reproach or its subject is the speaker."""
    first = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "that")
    if first >= len(toks) or toks[first].low in cues.speaker_pronouns \
            or toks[first].low in ("it", "we", "i", "he", "she", "they", "there"):
        return None
    for aux in range(first + 1, min(len(toks) - 2, first + SUBJECT_REACH + 1)):
        if not toks[aux].word or toks[aux].low in cues.reporting:
            return None
        low = toks[aux].low
        negated = low in cues.negation or any(low.endswith(n) for n in cues.negation if n.startswith("n'"))
        step = 1 if negated else 2
        if (negated or toks[aux + 1].low in cues.negation) and toks[aux + step].low in cues.reproach_adverbs \
                and aux + step + 1 < len(toks) and toks[aux + step + 1].word:
            return (first, aux - 1), aux + step + 1
    return None
