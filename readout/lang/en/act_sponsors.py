"""The sponsor of a vetoed or rejected draft (reject41).

'A and B vetoed a draft resolution drafted by C', 'A, B veto C's resolution', 'voted down a U.S.-sponsored
resolution': the PLOVER manual's REJECT is a refusal of "a proposal, demand or request" of another side
(PLOVER_MANUAL.tex, section REJECT), and a draft put to a vote is the proposal of the state that drafted it, so that
state receives the refusal: the words before the draft noun ("C's", "the French", "a U.S.-sponsored" up to its
hyphen) or the phrase after a participle of drafting and 'by' ("drafted by C"). A draft named with no sponsor but its
body ("a U.N. Security Council resolution") is refused to that body. The spans go first in the hit's `target_spans`,
so the matter a draft is about ("on Syria") is read only when no sponsor or body is named.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_noun_agents import author_compound_end
from readout.lang.en.act_targets import phrase_after
from readout.lang.en.act_tokens import Token

DRAFT_REACH = 6  # words from the verb to the draft noun ("vetoed a U.S.-sponsored U.N. resolution")


def vetoed_drafts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each verbal REJECT of a refusing lemma (`draft_refusals`: not 'would violate U.N. resolutions') whose object is a
    draft noun (`draft_nouns`), with the spans naming the draft's sponsor (`draft_sponsor_spans`) put first in its
    `target_spans`; one whose object is the draft the story told ('voted against it', 'vetoed the draft': votes46)
    marked for the voting body the story named (`body_head`)."""
    out = []
    for h in hits:
        refusal = h.type == "REJECT" and h.lemma in cues.draft_refusals and not h.nominal and not h.negated
        if refusal and refers_to_a_draft(toks, h, cues):
            h = replace(h, data={**h.data, "body_head": VOTING_BODY})
        elif spans := draft_sponsor_spans(toks, h, cues) if refusal else []:
            h = replace(h, data={**h.data, "target_spans": (*spans, *h.data.get("target_spans", ()))})
        out.append(h)
    return out


VOTING_BODY = "voting body"  # votes46: the lexicon's `body_back_codes` key of the bodies drafts are voted in


def refers_to_a_draft(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(votes46) 'Russia voted against it', 'vetoed the draft' with no sponsor and no body named: the draft the story
    told, refused to the body it was put to (the pipeline's `asked_body`: the voting body the story named last), not
    to the side that last charged the voter. The object is a pronoun of `draft_pronouns` or 'the' + a draft noun."""
    j = hit.data.get("head_end", hit.data.get("end_token", hit.data["token"])) + 1
    if j < len(toks) and toks[j].low in cues.draft_pronouns:
        return True
    if not (j + 1 < len(toks) and toks[j].low == "the" and toks[j + 1].low in cues.draft_nouns):
        return False
    k = j + 1
    while k + 1 < len(toks) and toks[k + 1].low in cues.draft_nouns:
        k += 1  # 'the draft resolution'
    return not (k + 1 < len(toks) and toks[k + 1].low in cues.sponsor_participles)  # 'the draft drafted by C'


def draft_sponsor_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """The sponsor named after the draft noun ('drafted by C') first, then the words before it ('C's', 'the French',
    'a U.S.-sponsored': only the words before the hyphen); none when no draft noun follows within `DRAFT_REACH`."""
    found = draft_object(toks, hit, cues)
    if found is None:
        return []
    first, k, last = found
    spans = []
    if last + 2 < len(toks) and toks[last + 1].low in cues.sponsor_participles and toks[last + 2].low == "by":
        after = phrase_after(toks, last + 2, cues)
        spans += [after] if after else []
    end = author_compound_end(toks, first, k)
    end = toks[k].start if end is None else end
    return spans + ([(toks[first].start, end)] if k > first else [])


def draft_object(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int, int] | None:
    """The draft a verb refuses: the first word after the verb, the draft noun's first and last tokens ('a draft
    resolution'), when a lower-case draft noun follows within `DRAFT_REACH` words with no clause break before it."""
    first = hit.data.get("head_end", hit.data.get("end_token", hit.data["token"])) + 1
    for k in range(first, min(len(toks), first + DRAFT_REACH)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
        if toks[k].low in cues.draft_nouns and toks[k].raw.islower():
            last = k
            while last + 1 < len(toks) and toks[last + 1].low in cues.draft_nouns:
                last += 1  # 'a draft resolution'
            return first, k, last
    return None
