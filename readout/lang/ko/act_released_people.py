"""(koacts57, issue 15) The people a release frees, described by a relative clause whose subject is their captor:
'스리랑카는 지난주 인도가 구금한 어부들을 석방했다'.

Why: the PLOVER manual's RETREAT release is the release of persons held (prisoners, hostages, detainees); the
receiving side is the people freed, not whoever the sentence names near them. The object run of the release went
back over the relative clause that describes the people ('[인도가 구금한] 어부들을'), so the clause's subject, the
side that held them, was read as the receiver (IND GOV) in place of the fishers (AGR). Rule: a RETREAT whose people
object (`domestic_target`) follows a relative clause (its ETM right before the people noun) bars the clause's subject
(the noun run marked 이/가 inside it) from the receivers (`not_recipient_spans`): the people keep the state of their
own words (a demonym, '인도 어부들을'), else the one the pipeline gives people of no state named. English twin:
lang/en/act_released_people.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, NOUN_TAGS, OPENING_MARK_TAGS

RELEASE = "RETREAT"
RELEASE_MODE = "release"
ADNOMINAL = "ETM"
SUBJECT = "JKS"
CLAUSE_EDGES = CLAUSE_BREAK_TAGS | OPENING_MARK_TAGS | {"JX", "SP", "SSC"}  # a topic, a comma, a break ends it


def released_people(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits, each release of people described by a relative clause with that clause's subject barred."""
    return [_captor_barred(toks, h) for h in hits]


def _captor_barred(toks: list, hit: ActHit) -> ActHit:
    """The release with its people's relative-clause subject in `not_recipient_spans`, or the hit as it was."""
    people = hit.data.get("domestic_target")
    if hit.type != RELEASE or hit.mode != RELEASE_MODE or hit.nominal or not people:
        return hit
    at = next((k for k, t in enumerate(toks) if t[2] == people[0]), None)
    if at is None or at < 2 or toks[at - 1][1] != ADNOMINAL:
        return hit
    captor = clause_subject(toks, at - 2)
    if captor is None:
        return hit
    barred = tuple(hit.data.get("not_recipient_spans", ())) + (captor,)
    return replace(hit, data={**hit.data, "not_recipient_spans": barred})


def clause_subject(toks: list, k: int) -> tuple[int, int] | None:
    """The character span of the noun run marked 이/가 in the relative clause that ends at morpheme `k`, walking back
    to its start (a topic, a clause break); None when it has none."""
    while k >= 1 and toks[k][1] not in CLAUSE_EDGES:
        if toks[k][1] == SUBJECT and toks[k - 1][1] in NOUN_TAGS:
            end = k - 1
            start = end
            while start > 0 and toks[start - 1][1] in NOUN_TAGS:
                start -= 1
            return toks[start][2], toks[end][2] + toks[end][3]
        k -= 1
    return None
