"""A welcome of another side's deed named by a noun that names no doer (en41): 'Peru welcomed the move', 'the
minister hailed the decision', 'Chile welcomed the ceasefire'.

Why: PLOVER's SUPPORT ("praise, endorse or otherwise express support for another actor's policies or actions",
PLOVER_MANUAL.tex, section SUPPORT) is aimed at the actor whose policy or action is praised. When the object is an
unowned deed noun ('the move', 'the decision', 'the outcome'), the clause names no state and the welcome was left
with no receiving side; the deed is the one the story told before, and its doer receives the SUPPORT. The reader
marks such a verb `welcomed_deed` (the pipeline's `act_welcomes.welcomed_deed` finds the doer); a noun that names an
accord ('the ceasefire', 'the consensus', 'the deal') carries `judged_kinds` AGREE, so the parties of the last
accord the story told receive it, not whoever acted last. An owner named in the object ('welcomed Japan's
decision', 'the decision by Peru') is read by the clause as before: the pipeline looks back only when the clause
names no one.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_window import skip_adverbs

DEED_REACH = 4  # words from the determiner to the deed noun ('the latest European decision')
QUOTES = frozenset('"\u201c\u201d\'')
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # a deed already told: 'a move' is none yet


def welcomed_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verbal SUPPORT of a welcoming verb whose object is a definite deed noun marked
    `welcomed_deed` (with `judged_kinds` for an accord noun)."""
    out = []
    for h in hits:
        noun = welcomed_noun(toks, h, cues) if welcoming(toks, h, cues) else None
        if noun is not None:
            kind = cues.welcomed_deeds[noun]
            h = replace(h, data={**h.data, "welcomed_deed": True,
                                 **({"judged_kinds": [(kind, None)]} if kind else {})})
        out.append(h)
    return out


def welcoming(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """Whether the hit is a said, unnegated welcome with no target of its own yet."""
    return h.type == "SUPPORT" and not h.nominal and not h.negated and not h.data.get("target_spans") \
        and toks[h.data["token"]].low in cues.welcoming_verbs


def welcomed_noun(toks: list[Token], h: ActHit, cues: Cues) -> str | None:
    """The deed noun (lower case) of a definite object right after the verb ('the move', 'the European decision',
    'this week's agreement' has an owner-like date but no state), or None; a preposition, clause word or a
    possessive ("Japan's") before the noun ends the search."""
    j = skip_adverbs(toks, h.data.get("head_end", h.data["token"]) + 1, cues)
    if j >= len(toks) or toks[j].low not in DEFINITE:
        return None
    for k in range(j + 1, min(len(toks), j + 1 + DEED_REACH)):
        t = toks[k]
        if t.low in cues.welcomed_deeds:
            return t.low
        if t.raw in QUOTES or t.low.endswith(("'s", "'")) or not t.word or t.low in cues.prepositions \
                or t.low in cues.clause_breaks:
            return None
    return None
