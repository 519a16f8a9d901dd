"""(enacts55b, issue 15) A past-perfect relative clause inside the object of a release is the release's background:
'Iran freed the Danish sailors (that) it had detained', 'released the fishermen it had seized'. Not yet: a clause
with a subject of its own ('whom its navy had seized'), which the inner-relative readers add after this finder.

Why: the PLOVER manual's RETREAT release is the act the sentence tells; the earlier detention the relative clause
names only says who the freed were (its event, if any, was told when it happened). relclause52 reads 'the officers
that it had detained' as the pronoun's own measure, which stays right where no release heads it; under a release the
detention is dropped, as Korean '억류했던 선원들을 석방했다' reads it (no arrest). The clause is read by its shape: the
perfect auxiliary (`past_perfect_auxiliaries`: had) right before the inner verb, at most `CLAUSE_REACH` plain words
after the release's own match (the object noun, an optional relative word and the clause's subject), no clause break
or punctuation between.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CLAUSE_REACH = 5  # words from the release's object to the inner verb ('sailors that its navy had seized')
RELEASE = ("RETREAT", "release")


def released_backgrounds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less the past-perfect deeds told in a relative clause on a release's object."""
    ends = [h.data.get("end_token") for h in hits if (h.type, h.mode) == RELEASE and h.data.get("object")]
    if not ends:
        return hits
    return [h for h in hits if not any(background_of(toks, e, h, cues) for e in ends if e is not None)]


def background_of(toks: list[Token], end: int, hit: ActHit, cues: Cues) -> bool:
    """Whether `hit` is a verb after 'had' within `CLAUSE_REACH` plain words after token `end` (the release's
    object)."""
    i = hit.data.get("token", -1)
    if hit.nominal or (hit.type, hit.mode) == RELEASE or not end < i - 1 <= end + CLAUSE_REACH \
            or toks[i - 1].low not in cues.past_perfect_auxiliaries:
        return False
    return all(t.word and t.low not in cues.clause_breaks for t in toks[end + 1:i - 1])
