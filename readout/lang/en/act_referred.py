"""A judgement whose object is a definite deed noun the verb's own reading left unread (refer42): 'Chile protested
the seizure', 'Peru expressed deep regret over the veto', 'voiced concern over the launch'.

Why: an analyst codes 'X protested the seizure' as X ACCUSE whoever seized: the noun refers back to the deed the
story told, and its doer is the recipient. `act_answers.unaddressed_appeals` reads this for a plain condemnation
('condemned the launch'), but two forms passed it by and the act was lost for want of a recipient:
- a diplomatic protest, which the walk finds as PROTEST and only `act_protest_words.diplomatic_protest` turns into ACCUSE
  (stated_type PROTEST) after the answers were read;
- a feeling or a protest lodged whose preposition phrase the reader already took as the target ('regret over the
  veto'): the span names no state, so no one received it.
Both are marked as `unaddressed_appeals` marks an answer (`unaddressed`, `answers`, and `judged_kinds` from the noun:
'the veto' the last veto told, 'the seizure' the last seizure), so the pipeline's `judged_offender` gives the doer. An
owner named in the phrase ("Russia's veto", 'the seizure by Peru') is read as before: the scan stops at a name.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_answers import ANSWERED_REACH, answered_doer, answered_kind, answered_noun, deed_topic
from readout.lang.en.act_tokens import Token

PROTESTED = "PROTEST"  # the stated type of a diplomatic protest read as ACCUSE


def referred_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each said, unnegated ACCUSE whose object or target phrase is an unowned deed noun marked as an
    answer to that deed's doer."""
    out = []
    for h in hits:
        if h.type == "ACCUSE" and not h.nominal and not h.negated and h.status == "occurred" \
                and not h.data.get("answers"):
            h = protested_deed(toks, h, cues) or targeted_deed(toks, h, cues) or h
        out.append(h)
    return out


def protested_deed(toks: list[Token], h: ActHit, cues: Cues) -> ActHit | None:
    """'Chile protested the seizure': a diplomatic protest with no target whose object is a deed noun."""
    if h.data.get("stated_type") != PROTESTED or h.data.get("target_spans"):
        return None
    noun = answered_noun(toks, h, cues)
    if noun is None:
        return None
    cause = answered_doer(toks, h, cues)  # 'protested the seizure of its trawler by Peru': Peru
    return replace(h, data={**h.data, "unaddressed": True, "answers": True, **answered_kind(noun, cues),
                            **({"target_spans": (cause,)} if cause else {})})


def targeted_deed(toks: list[Token], h: ActHit, cues: Cues) -> ActHit | None:
    """'expressed regret over the veto', 'calling the ban unjustified': the first target span is about a deed noun
    naming no one (`act_answers.deed_topic`, the reader `felt_over_deed` asks before the answers are marked)."""
    noun = deed_topic(toks, h, cues)
    return replace(h, data={**h.data, "unaddressed": True, "answers": True, **answered_kind(noun, cues)}) \
        if noun else None


OPENING = frozenset({'"', "\u201c"})
CLOSING = frozenset({'"', "\u201d"})


def verdict_victims(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(refer42) The hits, each answer to an unowned deed noun characterized after 'as' ('condemned the strikes as "a
    clear violation of B's sovereignty"') with that characterization barred as a recipient (`described_spans`, words
    that describe, no party: `not_recipient_spans` would also let the act stand with no receiving side): a state it
    names is the deed's victim, not its doer, and the doer is the one the deed noun refers back to."""
    out = []
    for h in hits:
        span = verdict_span(toks, h, cues) if h.type == "ACCUSE" and h.data.get("answers") and not h.nominal else None
        if span:
            h = replace(h, data={**h.data, "described_spans": (*h.data.get("described_spans", ()), span)})
        out.append(h)
    return out


def verdict_span(toks: list[Token], h: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the 'as ...' complement after the judged deed noun: to the closing quote when it opens
    one, else to the next comma or clause word; None when no 'as' follows the noun."""
    start = h.data.get("head_end", h.data["token"]) + 1
    noun = next((k for k in range(start, min(len(toks), start + ANSWERED_REACH + 1))
                 if toks[k].low in cues.answered_acts or toks[k].low in cues.deed_nouns), None)
    if noun is None or noun + 1 >= len(toks) or toks[noun + 1].low != "as":
        return None
    k = noun + 2
    quoted = k < len(toks) and toks[k].raw in OPENING
    end = k + 1
    while end < len(toks) and not (toks[end].raw in CLOSING if quoted
                                   else toks[end].low in (",", ";") or toks[end].low in cues.clause_breaks):
        end += 1
    last = min(end, len(toks) - 1)
    return toks[noun + 1].start, toks[last].end
