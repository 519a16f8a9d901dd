"""(nominal53) A present participle right after the people an earlier act of the clause was done to describes them:
'Indian police detained dozens of farmers marching to the capital', 'Troops dispersed students demanding new
elections'. The march and the demand are the head noun's own (a reduced relative clause: 'farmers who were marching'),
told as who the police detained, not as a deed of the detaining police; the clause's reader took the clause's subject
as the participle's too. Korean marks the same description with an adnominal ending ('수도로 행진하던 농민 수십 명을
경찰이 구금했다'), which its clause reader already keeps apart: it reads the detention alone, and so does this rule.

The shape: an act verb (a hit that is no noun) earlier in the clause, then its object's people noun
(`domestic_actors`: farmers, protesters, students), then at once a lower-case -ing word that is a hit of a described
type (`DESCRIBED_TYPES`: protest, demand, help); no clause break between the verb and the participle. Force told so
('killed gunmen attacking a post') stays: whether the dead were attacking is the war the story tells.

Why its own module: the twin of `act_subject_participles` (the subject's description) on the object's side.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

ING = "ing"
DESCRIBED_TYPES = frozenset({"PROTEST", "REQUEST", "AID", "COOPERATE", "SUPPORT"})  # what people do as who they are
# when they are taken or dispersed ('protesters demanding X', 'farmers marching to Y', 'volunteers helping Z')


def object_participles(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without those of a participle describing the people an earlier act verb of its clause was done to."""
    verbs = sorted(h.data["token"] for h in hits if not h.nominal and "token" in h.data)
    if len(verbs) < 2:
        return hits
    return [h for h in hits if not describes_object(toks, h, verbs, cues)]


def describes_object(toks: list[Token], hit: ActHit, verbs: list[int], cues: Cues) -> bool:
    """Whether `hit` is a lower-case -ing word of `DESCRIBED_TYPES` right after a people noun, with an act verb of the
    same clause before that noun (no clause break between them)."""
    i = hit.data.get("token", -1)
    if hit.type not in DESCRIBED_TYPES or hit.nominal or i < 2:
        return False
    t = toks[i]
    if not (t.low.endswith(ING) and t.raw.islower()) or toks[i - 1].low not in cues.domestic_actors:
        return False
    before = [v for v in verbs if v < i - 1]
    if not before:
        return False
    return not any(not k.word or k.low in cues.clause_breaks for k in toks[before[-1] + 1:i - 1])
