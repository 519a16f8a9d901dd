"""(en-acts45) A quoted judgement of another side's deed: the speaker accuses the deed's owner.

'"This is a reckless provocation," the minister said of X's launch', '"It is an unacceptable violation of our
waters," Y said, referring to X's drills': the quote holds a copula and a damning noun or adjective (the cues
`accusing_nouns`, `accusing_adjectives` the characterization reader uses: act_characterize), and the trailing
reporting frame names what is judged after 'of' or 'about', or after ', referring to' (`judged_links`). PLOVER
codes the judgement as ACCUSE (disapprove): the frame's speaker accuses the owner of the judged deed (the words
before its first preposition but 'of', as for 'called X's launch a provocation'). With no such phrase, a quote
whose subject is a noun phrase ('"X's drills are a provocation," Y said') judges that subject's owner; a
pronoun subject then names no one, and no act is read. A negated judgement ('is not a provocation') or one of
the speaker's own side ('"We are ...') accuses no one.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_characterize import conduct_owner
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

QUOTE_MARKS = frozenset('"“”')
FRAME_REACH = 8  # words of a trailing frame up to its reporting verb ('," Uruguay's deputy foreign minister said')
SUBJECT_REACH = 5  # words of the quote's subject before its copula ('The latest Paraguayan drills are')
DAMNING_REACH = 6  # words after the copula to the damning word ('a dangerous and highly reckless provocation')
OBJECT_REACH = 10  # words of the judged deed after 'of' ("the Paraguayan navy's latest live-fire drills")
FUSED_COPULAS = frozenset({"it's", "that's", "this's", "what's"})  # a pronoun and its copula in one token


def quoted_verdicts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The ACCUSE of a sentence that opens with a quoted judgement closed by a reporting frame, anchored on the
    frame's reporting verb (none when an act is read there already)."""
    if not toks or toks[0].raw not in QUOTE_MARKS:
        return []
    close = next((k for k in range(1, len(toks)) if toks[k].raw in QUOTE_MARKS), None)
    if close is None or close < 3 or not (toks[close - 1].low == "," or close + 1 < len(toks)
                                          and toks[close + 1].low == ","):
        return []
    judged = judgement(toks, 1, close - 1 if toks[close - 1].low == "," else close, cues)
    if judged is None:
        return []
    first = close + 1 + (close + 1 < len(toks) and toks[close + 1].low == ",")
    verb = next((k for k in range(first, min(len(toks), first + FRAME_REACH)) if toks[k].low in cues.reporting), None)
    if verb is None or verb == first or any(h.data["token"] == verb for h in hits):
        return []
    subject, damning = judged
    target = judged_deed(toks, verb + 1, cues) or (subject if toks[1].low not in cues.pronoun_subjects else None)
    if target is None:
        return []
    return [ActHit(toks[verb].start, toks[verb].end, "ACCUSE", "disapprove", "characterize", ("object",), False,
                   False, "occurred", False, (),
                   {"token": verb, "end_token": verb, "characterized": True, "quoted_verdict": toks[damning].start,
                    "agent_span": (toks[first].start, toks[verb - 1].end), "target_spans": (target,)})]


def judgement(toks: list[Token], lo: int, hi: int, cues: Cues) -> tuple[tuple[int, int], int] | None:
    """The quote's subject span and its damning word's index, when the quote (tokens lo..hi-1) opens with a
    subject of a few words, a copula and, close after it and not negated, a damning noun or adjective."""
    if toks[lo].low in cues.speaker_pronouns - {"it", "they"} or toks[lo].low in ("our", "my"):
        return None  # '"We are ...': the speaker's own side
    copula = next((k for k in range(lo, min(hi, lo + SUBJECT_REACH + 1))
                   if toks[k].low in cues.copulas or toks[k].low in FUSED_COPULAS), None)
    if copula is None:
        return None
    subject_end = copula if toks[copula].low not in FUSED_COPULAS else copula + 1
    for k in range(copula + 1, min(hi, copula + 1 + DAMNING_REACH)):
        if toks[k].low in cues.negation:
            return None
        if not toks[k].word:
            return None
        if toks[k].low in cues.accusing_nouns or toks[k].low in cues.accusing_adjectives:
            return (toks[lo].start, toks[subject_end - 1].end), k
    return None


def judged_deed(toks: list[Token], k: int, cues: Cues) -> tuple[int, int] | None:
    """The owner's span of the deed a frame names after its verb: 'said of X's launch', 'said, referring to X's
    drills' (`judged_links`, one word or two after a comma), up to the next comma or the sentence's end."""
    if k < len(toks) and toks[k].low == ",":
        k += 1
    for link in cues.judged_links:
        words = link.split()
        if all(k + n < len(toks) and toks[k + n].low == w for n, w in enumerate(words)):
            first = k + len(words)
            break
    else:
        return None
    last = first
    while last + 1 < len(toks) and last + 1 < first + OBJECT_REACH and toks[last + 1].word:
        last += 1
    return conduct_owner(toks, first, last, cues) if first < len(toks) and toks[first].word else None
