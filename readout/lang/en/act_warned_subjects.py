"""The one warned is the subject of what the warning says will befall it (refs39).

"X warned that Y would be making a mistake if it sent arms to Z", "X warned Y would pay a price if it joined the
drills": a verb of warning whose reported clause opens with its subject and a future auxiliary warns that subject
(Y). The condition after it names a third party (Z, where the arms would go), which the condition reader
(acts.with_conditions) adds to the target spans as a threat's aim; read alone, Z would be taken for the one warned.
The subject's span goes first in `target_spans`, up to its first preposition ("Y's arms sales to Z would": Y). A
subject that names no one ("warned that it would retaliate if ...", "that any incursion would") leaves the
sentence to the other readers; a warning with an object of its own ("warned Y that ...") is the telling readers' (act_threats).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

SUBJECT_WORDS = 6  # words of the reported clause's subject before its future auxiliary ("the South Korean government")
DATE_WORDS = 3  # words of a date adjunct between the verb and "that" ("on Tuesday", "late on Friday")
THAT = "that"


def warned_subjects(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each warning verb whose reported clause opens with a subject and a future auxiliary given that
    subject's span as its first target span."""
    out = []
    for h in hits:
        span = reported_subject(toks, h, cues) if warning_verb(toks, h, cues) else None
        if span is not None:
            h = replace(h, data={**h.data, "target_spans": (span, *h.data.get("target_spans", ())),
                                 "warned_subject": True})
        out.append(h)
    return out


def warning_verb(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the hit is a threat told by a verb of warning ("warned", "cautioned"), not a noun, not negated."""
    k = hit.data.get("token")
    return hit.type == "THREATEN" and not hit.nominal and not hit.negated and k is not None \
        and toks[k].low in cues.telling_verbs and toks[k].low not in cues.reporting


def reported_subject(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the subject of the clause the warning reports: after the verb, its adverbs and a
    date adjunct, and "that" (or straight after the verb, the bare complement "warned Y would"), the words before
    a future auxiliary; None when no auxiliary follows within `SUBJECT_WORDS` words or a break comes first."""
    k = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    k = past_date(toks, k, cues)
    if k < len(toks) and toks[k].low == THAT:
        k = skip_adverbs(toks, k + 1, cues)
    start = k
    while k < len(toks) and k - start <= SUBJECT_WORDS and toks[k].word and toks[k].low not in cues.future_auxiliaries:
        if toks[k].low in cues.clause_breaks or toks[k].low in cues.relative:
            return None  # 'warned Y that', 'warned Y to': an object of its own, told or asked
        k += 1
    if k == start or k >= len(toks) or toks[k].low not in cues.future_auxiliaries:
        return None
    end = next((j for j in range(start + 1, k) if toks[j].low in cues.prepositions or toks[j].low in cues.infinitive), k)
    if not any(toks[j].raw[:1].isupper() for j in range(start, end)):
        return None  # 'warned that it would', 'that any incursion would': no one named, the other readers' to read
    return toks[start].start, toks[end - 1].end


def past_date(toks: list[Token], k: int, cues: Cues) -> int:
    """The token after a date adjunct opening at k ("on Tuesday", "on Friday night"), else k."""
    if k < len(toks) and toks[k].low in cues.prepositions:
        for j in range(k + 1, min(len(toks), k + 1 + DATE_WORDS)):
            if toks[j].low in cues.date_words:
                return skip_adverbs(toks, j + 1, cues)
    return k


def condition_aims(toks: list[Token], spans: list[tuple[int, int]], cues: Cues) -> list[tuple[int, int]]:
    """A threat's condition spans, each after the span of its own subject: "warned it would retaliate if Y sent arms
    to Z" is aimed at Y, who would do what the condition names, not at Z, where the arms would go. A condition whose
    subject names no state ("if arms were sent to Z") keeps its whole span to the pipeline."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        inside = [k for k, t in enumerate(toks) if lo <= t.start and t.end <= hi]
        openers = opener_words(cues)
        k = next((k for k in inside if toks[k].word and toks[k].low not in openers), None)
        if k is not None and k > inside[0]:
            start = k
            while k < len(toks) and toks[k].end <= hi and k - start < SUBJECT_WORDS and toks[k].word \
                    and toks[k].low not in cues.prepositions and toks[k].low not in cues.infinitive:
                k += 1
            if k > start:
                out.append((toks[start].start, toks[k - 1].end))
        out.append((lo, hi))
    return out


def opener_words(cues: Cues) -> frozenset[str]:
    """The one-word openers of a condition clause ('if', 'unless', 'provided', 'should'): what stands before its
    subject."""
    return frozenset(w for w in cues.condition_openers if " " not in w) | cues.inverted_condition_openers
