"""Threats stated as what will not be let pass: "such steps will not go unanswered", "this will not be left
unpunished", said by a speaker before or after the words.

Why a reader of its own: the words name no act word (no "threaten", "retaliate"), only that the other side's
conduct will get an answer; PLOVER THREATEN ("a statement of intent to take a negative action against another
actor") fits, with the speaker as the one who threatens. The reader finds a future auxiliary, a negation and a
verb of being let pass (`unanswered_verbs`: "go", "be left", "remain") before a word of impunity
(`unanswered_words`), and reads a THREATEN by the speaker: the subject of a reporting verb before ("X said such
steps would not go unanswered": the trigger spans from that verb, as for a reported "must"), or a trailing
reporting frame ('"...," the ministry said': the frame is the agent). A quote standing alone after its frame's
sentence names no speaker of its own and is not read (its subject, "the X side", would be taken for the actor).

Who is threatened is the side addressed: when the words are the complement of a reported "must"/"should" ('"The
X side should understand that such steps will not go unanswered"'), that request's party, and the request
itself is only the threat's wrapping (no second act, no REQUEST to understand); otherwise no one is named
(`unaddressed`) and the pipeline addresses the threat to the other side of the acts just reported.
A future that is not negated ("will go unanswered": a lament) threatens no one.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_consequences import FRAME_REACH, PARTY_OPENERS, PARTY_REACH, QUOTE_MARKS, trailing_speaker
from readout.lang.en.act_obligations import reporting_before
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

VERB_REACH = 3  # words from the negation to the word of impunity ("not be left", "not simply go")


def unanswered_threats(toks: list[Token], requests: list[ActHit], cues: Cues) -> list[ActHit]:
    """The requests, less the "should understand that" ones a threat fills, plus one THREATEN per "will not go
    unanswered" with a speaker (see the module docstring)."""
    words = {t.low for t in toks}
    if cues.unanswered_words.isdisjoint(words) and cues.unanswered_without_objects.isdisjoint(words):
        return requests
    out, wrapped = list(requests), set()
    for a, t in enumerate(toks):
        if t.low not in cues.future_auxiliaries:
            continue
        k = impunity_word(toks, a, cues)
        if k is None:
            continue
        data: dict = {"token": k, "end_token": k}
        left = left_object(toks, next(j for j in range(a + 1, k) if toks[j].low in cues.negation), cues)
        if left is not None:  # 'will not leave the attack unanswered': the attack is what is answered, no act here
            data["content_starts"] = tuple(toks[j].start for j in range(left[0], left[1]))
        wrapper = next((r for r in requests if r.data.get("deontic") and r.data["token"] < a
                        and r.data.get("complement", len(toks)) <= toks[a].start), None)
        said = reporting_before(toks, a, cues)
        frame = (trailing_speaker(toks, cues) or quote_frame(toks, k, cues)) if said is None else None
        if said is None and frame is None:
            continue  # no speaker named in the sentence: who threatens, the text does not say here
        first = said if said is not None else k
        if said is not None:
            data["token"] = said
        else:
            data["agent_span"] = frame
        party = addressed_side(toks, wrapper.data["token"], cues) if wrapper is not None else None
        if wrapper is not None:
            wrapped.add(id(wrapper))  # "X should understand that ...": the threat is the act, no request
        if party is not None:
            data["target_spans"] = (party,)
        else:
            data["unaddressed"] = True
        out.append(ActHit(toks[first].start, toks[k].end, "THREATEN", None, toks[k].low, ("object",), False, False,
                          "occurred", False, (), data))
    return [r for r in out if id(r) not in wrapped]


def quote_frame(toks: list[Token], k: int, cues: Cues) -> tuple[int, int] | None:
    """(en31) '"This will not remain without an answer," X said after Y expelled ...': the quote holding the word
    at `k` closes with a comma and its reporting frame follows, then the sentence goes on (so the frame does not
    close it, `trailing_speaker`). The frame's span: the words after the closing quote up to its reporting verb,
    with no comma between; None when the quote does not open the sentence or no such frame follows."""
    if not toks or toks[0].raw not in QUOTE_MARKS:
        return None
    close = next((j for j in range(k + 1, len(toks)) if toks[j].raw in QUOTE_MARKS), None)
    if close is None or toks[close - 1].low != ",":
        return None
    if close + 1 < len(toks) and toks[close + 1].low in cues.reporting:  # ',” said the X foreign minister Y after'
        j = close + 2
        while j < len(toks) and j < close + 2 + FRAME_REACH and toks[j].word \
                and (toks[j].raw[:1].isupper() or toks[j].low in ("the", "of")):
            j += 1
        return (toks[close + 1].start, toks[j - 1].end) if j > close + 2 else None
    for j in range(close + 1, min(len(toks), close + 1 + FRAME_REACH)):
        if not toks[j].word:
            return None
        if toks[j].low in cues.reporting:
            return (toks[close + 1].start, toks[j].end) if j > close + 1 else None
    return None


def addressed_side(toks: list[Token], modal: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the words before the modal of the wrapping request ('"The Chilean side should
    understand"', 'Lima must know'): back to a quote mark, a comma, "that" or a reporting verb, when they hold a
    capitalized word past their first (a name or a demonym, not the speaker's "We")."""
    j = modal
    while j > 0 and modal - j < PARTY_REACH and toks[j - 1].low not in PARTY_OPENERS \
            and toks[j - 1].low not in cues.reporting:
        j -= 1
    if j == modal or toks[j].low in cues.speaker_pronouns:
        return None
    named = any(toks[p].raw[:1].isupper() and toks[p].word for p in range(j + 1, modal)) \
        or toks[j].raw[:1].isupper() and toks[j].low not in cues.determiners
    return (toks[j].start, toks[modal - 1].end) if named else None


def impunity_word(toks: list[Token], a: int, cues: Cues) -> int | None:
    """The word of impunity after "will not" at `a` ("will not go unanswered", "would not be left unpunished"),
    within reach of the negation; None when the future is not negated or no such word follows."""
    n = next((j for j in range(a + 1, min(len(toks), a + 3)) if toks[j].low in cues.negation), None)
    if n is None:  # "will not", "would certainly not" (the adverb list holds the negation itself)
        return None
    left = left_object(toks, n, cues)
    if left is not None:
        return left[1]
    for k in range(n + 1, min(len(toks), n + 2 + VERB_REACH)):
        if toks[k].low == "without" and k > n + 1:
            return without_answer(toks, n, k, cues)
        if toks[k].low in cues.unanswered_words:
            return k if all(toks[j].low in cues.unanswered_verbs or toks[j].low in cues.adverbs
                            for j in range(n + 1, k)) and k > n + 1 else None
    return None


def without_answer(toks: list[Token], n: int, k: int, cues: Cues) -> int | None:
    """(lex23) "will not remain without consequences", "will not go without a response": after the negation at
    `n` only verbs of being let pass, then "without" at `k` and, an article allowed, a word of answer or
    consequence (`unanswered_without_objects`); that word's index, else None ("will not go without food")."""
    if not all(toks[j].low in cues.unanswered_verbs or toks[j].low in cues.adverbs for j in range(n + 1, k)):
        return None
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low in ("a", "an", "any", "the"))
    return j if j < len(toks) and toks[j].low in cues.unanswered_without_objects else None


LEFT_OBJECT_WORDS = 4  # words of what is left unanswered ('it', 'this aggression', 'the attack on our posts')


def left_object(toks: list[Token], n: int, cues: Cues) -> tuple[int, int] | None:
    """(en28) "will not leave it unanswered", "would not let this aggression go unpunished": after the negation at `n`,
    a verb of letting (`unanswered_leave_verbs`), its object of a few words, then the word of impunity (a verb of
    being let pass may stand before it). The object's first token and the word of impunity's; None when not so."""
    if n + 1 >= len(toks) or toks[n + 1].low not in cues.unanswered_leave_verbs:
        return None
    for k in range(n + 3, min(len(toks), n + 3 + LEFT_OBJECT_WORDS)):
        if not toks[k - 1].word:
            return None
        if toks[k].low in cues.unanswered_words:
            return n + 2, k
    return None
