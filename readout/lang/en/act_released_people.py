"""(koacts57, issue 15) The people a release frees, described by a contact relative clause whose subject is their
captor: 'Sri Lanka released the fishermen India had detained'.

Why: the PLOVER manual's RETREAT release is the release of persons held; its receiving side is the people freed.
The people phrase ran on over the capitalized word after the people noun ('the fishermen India', as 'President
Mugabe'), and the receiver reader took that state, the captor, as the receiver (IND GOV) in place of the fishers
(AGR). Rule: in a release whose `domestic_target` ends in capitalized words right after its people noun, followed by
an auxiliary or a past verb (`RELATIVE_VERBS`, a word in -ed: the clause 'India had detained'), the people's span
ends before the capitalized words, which are barred from the receivers (`not_recipient_spans`): the people keep the
state of their own words ('the Indian fishermen'), else the one the pipeline gives people of no state named. Korean
twin: lang/ko/act_released_people.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

RELEASE, RELEASE_MODE = "RETREAT", "release"
RELATIVE_VERBS = frozenset({"had", "has", "have", "was", "were", "is", "are", "held", "kept", "took"})
PAST = "ed"


def released_people(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits, each release of people a contact relative clause describes with its captor barred."""
    return [_captor_barred(toks, h) for h in hits]


def _captor_barred(toks: list[Token], hit: ActHit) -> ActHit:
    """The release with the people's span cut before the clause's subject, that subject barred; or the hit as it was."""
    people = hit.data.get("domestic_target")
    if hit.type != RELEASE or hit.mode != RELEASE_MODE or hit.nominal or not people:
        return hit
    inside = [k for k, t in enumerate(toks) if people[0] <= t.start and t.end <= people[1]]
    if len(inside) < 2:
        return hit
    k = inside[-1]
    first = k
    while first - 1 > inside[0] and toks[first - 1].raw[:1].isupper():
        first -= 1
    after = toks[k + 1] if k + 1 < len(toks) else None
    if not toks[k].raw[:1].isupper() or toks[first - 1].raw[:1].isupper() or after is None \
            or not after.raw.islower() or not (after.low in RELATIVE_VERBS or after.low.endswith(PAST)):
        return hit
    barred = tuple(hit.data.get("not_recipient_spans", ())) + ((toks[first].start, toks[k].end),)
    return replace(hit, data={**hit.data, "domestic_target": (people[0], toks[first - 1].end),
                              "not_recipient_spans": barred})
