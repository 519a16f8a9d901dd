"""An act placed inside a named past war is history, not an act of the report's days (support60).

'Canada sent 26,000 troops to the peninsula during the Korean War', 'During the Cold War, Moscow armed the rebels',
'the two navies fought together in World War Two': the time of the act is a war the name gives (a capitalized
'War' after a preposition of time, `era_prepositions`), decades before the story. The sentence names no day, so the
dating would fall back to the story's own and report a deed that did not happen then. PLOVER codes events of the
period covered; a recalled deed of an old war is background (as a habit is: act_background). Every act word in the
clause of that phrase is dropped. A lower-case 'war' ('during the war', 'in the war with X') may be the story's
own conflict and is left alone; 'since the Cold War' counts time from the war (no cue) and tells the act.
The Korean reader needs no such pass: a deed told with '전쟁 당시' already reads as background there.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

NAME_REACH = 5  # words of the war's name between the preposition and 'War': 'the Second World', 'the 1950-53 Korean'


def war_era_acts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each whose word shares a clause with a named past war given as its time."""
    eras = [span for i in range(len(toks)) if (span := era_phrase(toks, i, cues)) is not None]
    if not eras:
        return hits
    return [h for h in hits if not any(same_clause(toks, h.data.get("token"), span, cues) for span in eras)]


def era_phrase(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """(first, last) token of 'during the Korean War' starting at i: a preposition of `era_prepositions`, an optional
    'the', up to `NAME_REACH` capitalized or numeric words, then a capitalized noun of `era_conflict_nouns`."""
    if toks[i].low not in cues.era_prepositions:
        return None
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "the")
    for j in range(k, min(k + NAME_REACH + 1, len(toks))):
        raw = toks[j].raw
        if toks[j].low in cues.era_conflict_nouns:
            return (i, j) if j > k and raw[:1].isupper() else None
        if not toks[j].word or not (raw[:1].isupper() or raw[:1].isdigit()):
            return None
    return None


def same_clause(toks: list[Token], i: int | None, span: tuple[int, int], cues: Cues) -> bool:
    """Whether token i and the era phrase `span` stand in one clause: no clause break or opener of an inner clause
    (`relative`: a relative pronoun or 'that', 'thanked Canada, which sent troops in the Korean War', 'demanded an
    admission that X killed prisoners during World War Two': the war dates the inner deed, not the act) between, nor, after the act, a preposition opening its grounds (`ground_openers`: 'for',
    'over'; 'demanded an apology for the killing of prisoners during World War Two': the war dates the deed the
    grounds name, not the act)."""
    if i is None or span[0] <= i <= span[1]:
        return False
    lo, hi = (i + 1, span[0]) if i < span[0] else (span[1] + 1, i)
    grounds = cues.ground_openers if i < span[0] else frozenset()  # the act told first, its grounds after it
    return not any(toks[k].low in cues.clause_breaks or toks[k].low in cues.relative or toks[k].low in grounds
                   for k in range(lo, hi))
