"""A measure a speaker rules out with a predicate, not a verb: 'said lifting the sanctions on X is out of the
question', 'told reporters that new talks were off the table'.

Why a reader of its own: the refusal is the reported clause's predicate (`ruled_out_predicates` in
`lexicon/en_acts.yaml`), whose subject is the measure refused, not a side. Read where it stands, the lexicon's
nominal hit has no owner and stood as no act. PLOVER codes the speaker's refusal as REJECT (the manual: "refuse,
oppose or reject ... a proposal or a request"): the speaker is the reporting verb's subject, and the side the
measure concerns ('the sanctions on X', 'talks with X') is the recipient, read from the measure's words (the
hit's target span). A predicate negated ('is not out of the question') rules nothing out.

(stance52) A predicate whose subject is the speaker's own land ('said the islands were not for sale',
`yielded_land_predicates`) refuses the side that bid for it or demanded it, never the land: no target span, and the
claimant is found as a refused yield's (`refused_yield`: the side whose request or threat was told just before).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CLAUSE_REACH = 12  # words from the reporting verb to the predicate ("said that a new round of talks with X was")
ARTICLES = ("a", "an")
ADDRESSEE_REACH = 4  # "told reporters that", "told the parliament that"
SPEAKER_REACH = 6  # words from a closing quote to its reporting verb ('," the country's prime minister said')
QUOTE_MARKS = frozenset({'"', "”", "'", "’"})
TRAILING_MARKS = QUOTE_MARKS | {",", "—", "-"}


def ruled_out(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The sentence's hits, each ruling-out predicate after a reporting verb re-anchored on that verb (the
    speaker its subject, the measure its target); one with no reporting verb before it is left as it was."""
    out = []
    for h in hits:
        read = speaker_refusal(toks, h, cues) if h.type == "REJECT" and h.lemma in cues.ruled_out_predicates else None
        out.append(read or h)
    return out


def speaker_refusal(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit | None:
    """The REJECT of 'X said <measure> was <predicate>', anchored on 'said', or of '"<measure> is <predicate>," X
    said' (stance52: the quote told first, its speaker after it), or None."""
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
            break  # the clause is cut by punctuation: no leading reporting frame
        if toks[i].low in cues.reporting:
            first = clause_start(toks, i, copula)
            if first is None or first >= copula:
                return None
            return refusal_at(toks, hit, i, (toks[first].start, toks[copula - 1].end), cues)
    first = next((j for j in range(copula) if toks[j].word), copula)
    if any(not toks[j].word for j in range(first, copula)):
        return None  # the quote's subject is cut: no whole clause told before its speaker
    verb = trailing_reporter(toks, hit.data["end_token"] + 1, cues)
    return None if verb is None else refusal_at(toks, hit, verb, (toks[first].start, toks[copula - 1].end), cues)


def trailing_reporter(toks: list[Token], after: int, cues: Cues) -> int | None:
    """'"...is off the table," the minister said' / ', said the minister': the reporting verb a few words after the
    closing quote mark and comma, or None (no quote closes there, or no reporting verb follows within reach)."""
    j = after
    while j < len(toks) and toks[j].raw in TRAILING_MARKS:
        j += 1
    if j == after or not any(toks[m].raw in QUOTE_MARKS for m in range(after, j)):
        return None
    for i in range(j, min(len(toks), j + SPEAKER_REACH + 1)):
        if not toks[i].word:
            return None
        if toks[i].low in cues.reporting:
            return i
    return None


def refusal_at(toks: list[Token], hit: ActHit, verb: int, subject: tuple[int, int], cues: Cues) -> ActHit:
    """The speaker's REJECT anchored on the reporting verb at `verb`, its target the refused measure (`subject`),
    or, for the speaker's own land, the claimant found later (`refused_yield`)."""
    refused = {"refused_yield": True, "claimed_land": (subject,)} if hit.lemma in cues.yielded_land_predicates \
        else {"target_spans": (subject,)}
    return ActHit(toks[verb].start, toks[hit.data["end_token"]].end, "REJECT", hit.mode, hit.lemma,
                  () if "refused_yield" in refused else ("object",), False, False, hit.status, False,
                  hit.contexts, {"token": verb, "end_token": hit.data["end_token"], **refused})


def clause_start(toks: list[Token], verb: int, copula: int) -> int | None:
    """The first word of the reported clause: after 'that', or after 'told <addressee> that', or right after the verb."""
    first = verb + 1
    for j in range(first, min(copula, first + ADDRESSEE_REACH + 1)):
        if toks[j].low == "that":
            return j + 1
    return first if toks[verb].low not in ("told", "tells", "tell") else None
