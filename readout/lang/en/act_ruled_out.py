"""A measure a speaker rules out with a predicate, not a verb: 'said lifting the sanctions on X is out of the
question', 'told reporters that new talks were off the table'.

Why a reader of its own: the refusal is the reported clause's predicate (`ruled_out_predicates` in
`lexicon/en_acts.yaml`), whose subject is the measure refused, not a side. Read where it stands, the lexicon's
nominal hit has no owner and stood as no act. PLOVER codes the speaker's refusal as REJECT (the manual: "refuse,
oppose or reject ... a proposal or a request"): the speaker is the reporting verb's subject, and the side the
measure concerns ('the sanctions on X', 'talks with X') is the recipient, read from the measure's words (the
hit's target span). A predicate negated ('is not out of the question') rules nothing out.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token

CLAUSE_REACH = 12  # words from the reporting verb to the predicate ("said that a new round of talks with X was")
ARTICLES = ("a", "an")
ADDRESSEE_REACH = 4  # "told reporters that", "told the parliament that"


def ruled_out(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The sentence's hits, each ruling-out predicate after a reporting verb re-anchored on that verb (the
    speaker its subject, the measure its target); one with no reporting verb before it is left as it was."""
    out = []
    for h in hits:
        read = speaker_refusal(toks, h, cues) if h.type == "REJECT" and h.lemma in cues.ruled_out_predicates else None
        out.append(read or h)
    return out


def speaker_refusal(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit | None:
    """The REJECT of 'X said <measure> was <predicate>', anchored on 'said', or None."""
    k = hit.data["token"]
    copula = k - 1
    while copula >= 0 and (toks[copula].low in cues.adverbs or toks[copula].low.endswith("ly")
                           or toks[copula].low in ARTICLES):  # 'is currently out of', 'was a non-starter'
        copula -= 1
    if copula < 1 or toks[copula].low not in cues.copulas:
        return None
    if any(toks[j].low in cues.negation for j in range(copula, k)):
        return None  # 'is not out of the question': nothing is ruled out
    for i in range(copula - 1, max(-1, copula - CLAUSE_REACH - 1), -1):
        if not toks[i].word:
            return None  # the clause is cut by punctuation: no leading reporting frame
        if toks[i].low in cues.reporting:
            first = clause_start(toks, i, copula)
            if first is None or first >= copula:
                return None
            return ActHit(toks[i].start, toks[hit.data["end_token"]].end, "REJECT", hit.mode, hit.lemma, ("object",),
                          False, False, hit.status, False, hit.contexts,
                          {"token": i, "end_token": hit.data["end_token"],
                           "target_spans": ((toks[first].start, toks[copula - 1].end),)})
    return None


def clause_start(toks: list[Token], verb: int, copula: int) -> int | None:
    """The first word of the reported clause: after 'that', or after 'told <addressee> that', or right after the verb."""
    first = verb + 1
    for j in range(first, min(copula, first + ADDRESSEE_REACH + 1)):
        if toks[j].low == "that":
            return j + 1
    return first if toks[verb].low not in ("told", "tells", "tell") else None
