"""Accepting what another side put forward (session 17, en20).

'Peru accepted Chile's invitation', 'Kenya agreed to the request by Uganda', 'accepted a proposal from X': the
PLOVER manual's AGREE is to "agree to, offer, promise, or otherwise indicate willingness or commitment to
cooperate" (PLOVER_MANUAL.tex, section AGREE), and accepting a proposal, request or invitation is such willingness;
CONCEDE is a verbal concession, easing restrictions or giving in (section CONCEDE: "verbal concessions which have
no immediate material consequences"), which the lexicon reads from its own verbs ('yielded to the demands'). So the
acceptance stays AGREE, and it answers the side that put the proposal forward: its owner ("Chile's invitation")
or its author after 'from', 'by' or 'of' is the recipient (`addressee`, read by the pipeline as the one an
agreement is stated to), where a mutual agreement ('agreed with X') has none.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_targets import phrase_after
from readout.lang.en.act_tokens import Token

ACCEPT_REACH = 5  # words from the verb to the proposal noun ("accepted the latest Turkish peace proposal")


def accepted_proposals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each verbal AGREE whose object is a proposal noun (`proposal_nouns`), marked `addressee` with the spans of the
    proposal's owner and author added to its `target_spans`."""
    out = []
    for h in hits:
        spans = proposal_author_spans(toks, h, cues) if h.type == "AGREE" and not h.nominal and not h.negated else []
        if spans:
            h = replace(h, data={**h.data, "addressee": True,
                                 "target_spans": (*spans, *h.data.get("target_spans", ()))})
        out.append(h)
    return out


def proposal_author_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """The owner words before the proposal noun ("Chile's", "the Rwandan") and the phrase after 'from'/'by'/'of'
    that follows it; none when no proposal noun follows the verb within `ACCEPT_REACH` words."""
    first = hit.data.get("end_token", hit.data["token"]) + 1
    if first < len(toks) and toks[first].low in cues.infinitive:
        first += 1  # 'agreed to the request'
    for k in range(first, min(len(toks), first + ACCEPT_REACH)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return []
        if toks[k].low in cues.proposal_nouns:
            spans = [(toks[first].start, toks[k].start)] if k > first else []
            if k + 1 < len(toks) and toks[k + 1].low in cues.proposer_prepositions:
                after = phrase_after(toks, k + 1, cues)
                spans += [after] if after else []
            return spans
    return []


AUTHOR_PREPS = frozenset({"from", "by"})  # (acts60) the words before a refused proposal's author ('a demand from X')


def rejected_proposal_authors(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(acts60, issue 13) 'The militia rejected a demand from Portugal', 'turned down an offer from X', 'dismissed
    calls by X for talks': the side after 'from'/'by' past a refused proposal noun put it forward and receives the
    REJECT, as the owner of 'X's demand' does; its span joins the hit's `target_spans`, so the pipeline neither lends
    its state to a refusing subject of no state of its own (an armed group, people: their home is the story's, not the
    asker's) nor leaves it out as the answered side. 'of' is left out: 'an offer of talks' names what was offered."""
    out = []
    for h in hits:
        span = author_span(toks, h, cues) if h.type == "REJECT" and not h.nominal and not h.negated else None
        spans = h.data.get("target_spans", ())
        if span and not any(lo <= span[0] < hi for lo, hi in spans):
            h = replace(h, data={**h.data, "target_spans": (*spans, span)})
        out.append(h)
    return out


def author_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The phrase after 'from'/'by' right after the first proposal noun within `ACCEPT_REACH` words of the verb (the
    noun may be the trigger's own last word: 'rejected a demand'), else None."""
    head = hit.data.get("head_end", hit.data.get("token"))
    if head is None:
        return None  # a stated refusal of no verb of its own ('is out of the question')
    first = head + 1
    for k in range(first, min(len(toks), first + ACCEPT_REACH)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
        if toks[k].low in cues.proposal_nouns:
            if k + 1 < len(toks) and toks[k + 1].low in AUTHOR_PREPS:
                return phrase_after(toks, k + 1, cues)
            return None
    return None
