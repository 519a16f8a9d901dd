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
