"""A planned attendance of a gathering is a planned meeting, no AGREE (precision48): 'said he would take part in a
video meeting of NATO leaders', 'will participate in the EU summit', 'would join a video conference of G7 leaders'.

Why: the manual's AGREE covers an intent to meet stated to a counterpart ('will visit Seoul', 'is set to meet X',
'will take part in talks with X'); a leader who says he will sit in a body's session or a summit promises nobody
anything. CAMEO codes attending a summit or a conference as meeting at a third location (044), and the lexicon's
'attend a summit' already stays a planned CONSULT; 'take part in', 'participate in' and 'join' a gathering (cues
`attendance_verbs`, `gathering_nouns`) were read as a future cooperative act and became an AGREE of the attendee,
aimed at the body. Talks or negotiations ('will take part in peace talks') are no gathering noun: an intent to
negotiate stays AGREE, and so does a gathering with a counterpart named by 'with'. CAMEO's own 'take part' (030, an
intent to cooperate) before a gathering is the same attendance: that AGREE is dropped (`attendances`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

VERB_BACK = 4  # words from an attendance verb to the gathering noun read as the act ('join an online [meeting]')
ATTENDED_TYPES = frozenset({"CONSULT", "AGREE"})  # CAMEO's 'take part' is an intent to cooperate (030)
GATHERING_REACH = 9  # words from the verb to its gathering ('take part later in the day in a video [meeting]')


def attended_gathering(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the CONSULT `hit` is a verb of attending whose gathering noun follows it, or a gathering noun that such a
    verb governs, with no 'with' naming a counterpart between them."""
    if hit.type not in ATTENDED_TYPES:
        return False
    i = hit.data["token"]
    verb = i if toks[i].low in cues.attendance_verbs else next(
        (k for k in range(i - 1, max(i - 1 - VERB_BACK, -1), -1) if toks[k].low in cues.attendance_verbs), None)
    return verb is not None and governed_noun(toks, verb, cues.gathering_nouns) is not None


def governed_noun(toks: list[Token], verb: int, nouns: frozenset[str]) -> int | None:
    """The token of the first of `nouns` within `GATHERING_REACH` words after the verb at `verb`; None past a clause's
    end or a 'with' naming a counterpart before it."""
    for k in range(verb + 1, min(verb + 1 + GATHERING_REACH, len(toks))):
        if not toks[k].word or toks[k].low == "with":
            return None
        if toks[k].low in nouns:
            return k
    return None


def attendances(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each AGREE stated by an attendance verb before a gathering ('would take part later in the day in
    a video meeting of X'): a planned attendance, which the meeting readers tell, no promise. An AGREE before a protest
    noun ('took part in protests', 'joined a rally') is the protest (`joined_protest`): kept as PROTEST demo where the
    noun has no hit of its own, dropped where it has."""
    protests = {h.data["token"] for h in hits if h.type == "PROTEST"}
    joined: dict[int, str] = {}  # a protest noun's token -> the status of the verb of joining it
    out = []
    for h in hits:
        if h.type == "AGREE" and "stated_type" not in h.data:
            if attended_gathering(toks, h, cues):
                continue
            noun = joined_protest(toks, h, cues)
            if noun is not None:
                joined[noun] = h.status
                if noun not in protests:
                    out.append(replace(h, type="PROTEST", mode="demo", contexts=()))
                continue
        out.append(h)
    return [joined_noun(h, joined[h.data["token"]]) if h.type == "PROTEST" and h.data["token"] in joined else h
            for h in out]


def joined_noun(hit: ActHit, status: str) -> ActHit:
    """The protest noun a verb of joining governs takes that verb's status: 'took part in protests' was held, though
    the noun, read as the object of CAMEO's intent to cooperate, had been marked governed (planned)."""
    data = {k: v for k, v in hit.data.items() if not (k == "modality" and v == "governed")}
    return replace(hit, status=status, data=data)


def joined_protest(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """(lead41) The token of the protest noun (`protest_gathering_nouns`) a verb of joining (`protest_joining_verbs`)
    governs within `GATHERING_REACH` words ('took part in protests outside the embassy', 'joined the rally against
    X'): people taking part in a protest protest themselves, which PLOVER codes PROTEST, not an intent to cooperate.
    None past a clause's end or a 'with' naming a counterpart."""
    i = hit.data["token"]
    return governed_noun(toks, i, cues.protest_gathering_nouns) if toks[i].low in cues.protest_joining_verbs else None
