"""Refusals whose object is a pronoun for what was just put forward (req10, issue 15).

Why: '노르웨이는 칠레에 최후통첩을 보냈다. 칠레 대통령은 "누구도 우리에게 최후통첩을 할 수 없다"며 이를 거부했다': the
refusal names what it refuses only by '이를' ('그것을'), so no state stands in its clause and the nearest state word (an
interviewing outlet's country, a quote's own words) was taken as its receiver, or none. What a pronoun refuses is the
request, offer or ultimatum the story told last: the hit is marked `rejected_proposal`, and the pipeline's
`rejected_proposal` reader gives it that proposal's owner (pipeline/act_recipients.py). A refusal already marked as the
denial of a charge ('근거 없는 주장이라며 이를 부인했다': `rejected_charge`) keeps that reading, and a refusal of a proposal
told in its own sentence is left to the reading of that sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit


def pronoun_rejections(hits: list[ActHit], text: str, before_re: re.Pattern, reach: int,
                       lemmas: frozenset[str]) -> list[ActHit]:
    """The hits with each REJECT by a verb of refusing (`lemmas`: '거부하다', not '부인하다', which denies a claim) whose
    object, right before its verb (within `reach` characters), is a pronoun (`pronoun_rejection_before_re`: '이를',
    '그것을', with adverbs of manner between) marked `rejected_proposal`."""
    return [replace(h, data={**h.data, "rejected_proposal": True})
            if h.type == "REJECT" and h.lemma in lemmas and not h.data.get("rejected_proposal") and not h.data.get("rejected_charge")
            and before_re.search(text[max(0, h.start - reach):h.start]) and not proposed_before(hits, h) else h
            for h in hits]


PROPOSING = frozenset({"REQUEST", "AGREE", "THREATEN"})  # what a side puts forward that another may refuse


def proposed_before(hits: list[ActHit], hit: ActHit) -> bool:
    """Whether the sentence tells a proposal before the refusal ('A는 ...를 요구했지만 B는 이를 거부했다'): the pronoun
    refuses that one, which the reading of one sentence's request and refusal gives (not this module's). A proposal
    only said possible or quoted as an example ('"누구도 최후통첩을 할 수 없다"며') is none."""
    return any(h.type in PROPOSING and h.end <= hit.start and not h.negated and not h.data.get("modality")
               and h.status == "occurred" for h in hits)
