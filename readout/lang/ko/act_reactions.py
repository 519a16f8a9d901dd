"""A quoted reaction: '"용납할 수 없다"며 강하게 반발했다', '"결코 용납할 수 없는 도발"이라며 반발했다' (ko-acts37).

Why: the quotation is the words of the reaction, not a second act, and the reaction names no one it answers. The
reaction verb (cue reaction_verb) with a quotation linked right before it and no target of its own is marked
`unaddressed`: the pipeline aims it at the other side of the acts just reported, never the speaker's own side. A
refusal inside the quotation that names nothing refused ('용납할 수 없다', '반대한다') would stand as a REJECT with
no one receiving it beside the reaction's ACCUSE: it is dropped. A refusal naming what it refuses ('"X의 배치를
반대한다"며') keeps its own reading. A bare reaction with no quotation ('즉각 반발했다') is left alone: the story
usually tells its substance next.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

REACTION_TYPE = "ACCUSE"
REFUSING_TYPE = "REJECT"
QUOTE_CLOSE_TAGS = ("SSC",)
LINK_TAGS = frozenset({"EC", "JKQ", "VCP", "MAG", "VA", "SP"})  # '"..."이라며 강하게': the quote's link to the verb


def quoted_reactions(hits: list[ActHit], toks: list, reaction_verbs: frozenset[str]) -> list[ActHit]:
    """The hits with each reaction verb's ACCUSE that follows a quotation and names no one marked `unaddressed`, and
    without a REJECT that names nothing and stands inside such a quotation."""
    reactions = [h for h in hits if h.type == REACTION_TYPE and not h.nominal and h.lemma in reaction_verbs
                 and "first" in h.data and quote_before(toks, h.data["first"]) is not None]
    if not reactions:
        return hits
    out = []
    for h in hits:
        if h in reactions and not h.data.get("target_spans"):
            out.append(dataclasses.replace(h, data={**h.data, "unaddressed": True}))
        elif not (h.type == REFUSING_TYPE and not h.data.get("target_spans") and not h.data.get("rejected_proposal")
                  and "first" in h.data and any(inside_quote(toks, h.data["first"], r.data["first"])
                                                for r in reactions)):
            out.append(h)
    return out


def quote_before(toks: list, reaction: int) -> int | None:
    """The index of the closing quote linked to the verb at `reaction` (only the quote's particle, an ending or an
    adverb between them), or None."""
    k = reaction - 1
    while k >= 0 and toks[k][1] in LINK_TAGS:
        k -= 1
    return k if k >= 0 and toks[k][1] in QUOTE_CLOSE_TAGS else None


def inside_quote(toks: list, first: int, reaction: int) -> bool:
    """Whether the morpheme at `first` stands inside the quotation closed right before the verb at `reaction`."""
    close = quote_before(toks, reaction)
    marks = [k for k in range(first) if toks[k][1] in ("SSO", *QUOTE_CLOSE_TAGS)]
    return close is not None and first < close and bool(marks) and toks[marks[-1]][1] == "SSO"
