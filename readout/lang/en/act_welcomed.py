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

What the welcome calls the deed ('hailed the decision as "a new chapter between two of Japan's closest allies"') is
the speaker's words about it (as in act_background's naming complements): a state named there is no doer and
receives nothing. The complement, from 'as' to its closing quote or the clause's end, is barred from the receiving
side (`praised_complement`, support60), so the doer is still found before the sentence.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.base.records import barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

DEED_REACH = 4  # words from the determiner to the deed noun ('the latest European decision')
QUOTES = frozenset('"\u201c\u201d\'')
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # a deed already told: 'a move' is none yet
AS_REACH = 3  # words from the deed noun to 'as' ('the decision on Monday as')
COMPLEMENT_STOPS = frozenset({",", ";", ".", ":"})  # the end of an unquoted complement


def welcomed_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verbal SUPPORT of a welcoming verb whose object is a definite deed noun marked
    `welcomed_deed` (with `judged_kinds` for an accord noun)."""
    out = []
    for h in hits:
        noun = welcomed_noun(toks, h, cues) if welcoming(toks, h, cues) else None
        if noun is not None:
            kind_type, _, mode = welcomed_kind(noun, cues).partition("/")
            h = replace(h, data={**h.data, "welcomed_deed": True,
                                 **({"judged_kinds": [(kind_type, mode or None)]} if kind_type else {})})
            span = praised_complement(toks, h, cues)
            h = barring(h, (span,)) if span else h
        out.append(h)
    return out


def welcomed_kind(noun: str, cues: Cues) -> str:
    """The kind (TYPE or TYPE/mode) a welcomed noun names: an accord ('the ceasefire': AGREE), a deed noun entry of
    the lexicon (support61: 'the release': RETREAT/release), or none ('the move', a pronoun)."""
    return cues.welcomed_deeds.get(noun) or cues.welcomed_kind_nouns.get(noun, "")


def welcoming(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """Whether the hit is a said, unnegated welcome with no target of its own yet."""
    return h.type == "SUPPORT" and not h.nominal and not h.negated and not h.data.get("target_spans") \
        and toks[h.data["token"]].low in cues.welcoming_verbs


def welcomed_noun(toks: list[Token], h: ActHit, cues: Cues) -> str | None:
    """The deed noun (lower case) of a definite object right after the verb ('the move', 'the European decision',
    'this week's agreement' has an owner-like date but no state), or None; a preposition, clause word or a
    possessive ("Japan's") before the noun ends the search."""
    j = skip_adverbs(toks, h.data.get("head_end", h.data["token"]) + 1, cues)
    if j < len(toks) and toks[j].low in cues.welcomed_pronouns and pronoun_object(toks, j, cues):
        return toks[j].low  # (support61) 'Kenya welcomed it', 'hailed this as a step': the deed the story told
    if j >= len(toks) or toks[j].low not in DEFINITE:
        return None
    for k in range(j + 1, min(len(toks), j + 1 + DEED_REACH)):
        t = toks[k]
        if t.low in cues.welcomed_deeds or t.low in cues.welcomed_kind_nouns:
            return t.low
        if t.raw in QUOTES or t.low.endswith(("'s", "'")) or not t.word or t.low in cues.prepositions \
                or t.low in cues.clause_breaks:
            return None
    return None


def pronoun_object(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the pronoun at j is the welcome's whole object: the clause ends after it, or 'as', a preposition or
    'and' follows ('welcomed it as a goodwill gesture', 'welcomed this on Monday'); not 'this week's decision', not a
    clause opened by 'that'."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low in cues.prepositions or nxt.low in ("as", "and")


def praised_complement(toks: list[Token], h: ActHit, cues: Cues) -> tuple[int, int] | None:
    """(start, end) in characters of what the welcome calls its deed ('as "a groundbreaking chapter ..."', 'as a
    step toward peace'), from 'as' a few words after the verb's object to the closing quote, or to the clause's
    end when unquoted; None when no 'as' follows."""
    j = skip_adverbs(toks, h.data.get("head_end", h.data["token"]) + 1, cues)
    at = next((k for k in range(j, min(len(toks), j + 1 + DEED_REACH + AS_REACH)) if toks[k].low == "as"), None)
    if at is None or any(not toks[k].word for k in range(j, at)):
        return None
    quoted = False
    for k in range(at + 1, len(toks)):
        if toks[k].raw in QUOTES:
            if quoted:
                return toks[at].start, toks[k].end
            quoted = True
        elif not quoted and toks[k].low in COMPLEMENT_STOPS:
            return toks[at].start, toks[k].start
    return toks[at].start, toks[-1].end
