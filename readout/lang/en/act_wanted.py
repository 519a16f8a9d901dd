"""Requests for more of another side's contribution: "called for more Japanese investment in X", "sought greater
Turkish support", "urged increased funding from the Gulf states".

Why a reader of its own: a call for something names no one asked ("called for", "sought" have no object that
is a party), so the request would stand unaddressed and be dropped. But when what is asked for is more of a
contribution that another side makes, the word before it that names the contributor (a demonym or a name: "more
Japanese investment", "greater EU support") is the party asked: PLOVER REQUEST is "asking another actor to take
an action", and the only actor who can give more of its investment is its owner. The reader marks that word's
span as the request's receiving side (`target_spans`); the pipeline keeps it only where it names a state or body.

The mark needs a quantity word first (`more_words`: "more", "greater", "increased"): "called for Japanese
mediation" could be a call on a third party to accept it, and "called for a UN investigation" asks the UN's
members as much as the UN. A request with an object party is left as it is; the contributor ranks before
any other target span.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import LOW, Token

GIVER_REACH = 3  # lower-case words of the asked-for thing before "from" ("more foreign direct investment from")
OWNER_REACH = 2  # words from the trigger's end to the quantity word ("called for much more", "sought even greater")


def wanted_contributors(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each unaddressed REQUEST whose asked-for thing is more of a named side's contribution gets that side's
    name as its receiving side (see the module docstring)."""
    if cues.more_words.isdisjoint(map(LOW, toks)):
        return hits
    out = []
    for h in hits:
        span = None if h.type != "REQUEST" or "object_token" in h.data \
            else contributor_span(toks, h.data.get("end_token", h.data["token"]) + 1, cues)
        spans = h.data.get("target_spans", ())  # a later phrase ("after the floods") ranks after the contributor
        out.append(replace(h, data=dict(h.data, target_spans=(span, *spans))) if span else h)
    return out


def contributor_span(toks: list[Token], j: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the capitalized words after a quantity word within reach of token j, when a
    lower-case noun follows them ("more Japanese investment"), or after the "from" that closes the asked-for
    noun ("more investment from Japan"); None otherwise ("more Japanese", "more dialogue")."""
    for q in range(j, min(len(toks), j + OWNER_REACH + 1)):
        if toks[q].low in cues.more_words:
            break
        if not toks[q].word or not toks[q].raw.islower():
            return None
    else:
        return None
    k = capitalized_end(toks, q + 1)
    if k == q + 1:
        return giver_after(toks, q + 1)
    if k >= len(toks) or not toks[k].word or not toks[k].raw.islower():
        return None
    return toks[q + 1].start, toks[k - 1].end


def capitalized_end(toks: list[Token], k: int) -> int:
    """The token after the run of capitalized words starting at k (k itself when there is none)."""
    while k < len(toks) and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    return k


def giver_after(toks: list[Token], j: int) -> tuple[int, int] | None:
    """"more investment from Japan": the capitalized words after a "from" that closes the asked-for noun (of
    GIVER_REACH lower-case words at most)."""
    k = j
    while k < len(toks) and k - j < GIVER_REACH and toks[k].word and toks[k].raw.islower() and toks[k].low != "from":
        k += 1
    if k == j or k >= len(toks) or toks[k].low != "from":
        return None
    first = k + 2 if k + 1 < len(toks) and toks[k + 1].low == "the" else k + 1  # "from the United States"
    end = capitalized_end(toks, first)
    return (toks[first].start, toks[end - 1].end) if end > first else None
