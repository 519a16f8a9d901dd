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

(nominal54) The same holds for a participle before its people noun: 'Protesting farmers blocked roads', 'Marching
students occupied the square' name who blocked or occupied; the blockade or the occupation is the act the clause
tells (PROTEST obstruct, by the farmers), as Korean '시위하는 농민들이 도로를 봉쇄했다' reads. Read alone, the participle
was a PROTEST of its own aimed at the people it describes, kept over the blockade, with the farmers as its target
(`premodifying_participles`). Only where a later act verb of the clause tells the deed: 'Protesting farmers' alone
stays what it says.

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


PREMODIFIER_REACH = 2  # words from the participle to its people noun ('Protesting rice farmers')


def premodifying_participles(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(nominal54) The hits without a participle of `DESCRIBED_TYPES` before the people noun it describes, where an
    act verb after that noun tells what they did ('Protesting farmers [blocked] roads')."""
    verbs = [h.data["token"] for h in hits if not h.nominal and "token" in h.data]
    return [h for h in hits if not premodifies(toks, h, verbs, cues)]


def premodifies(toks: list[Token], hit: ActHit, verbs: list[int], cues: Cues) -> bool:
    """Whether `hit` is an -ing word of `DESCRIBED_TYPES` (lower case, or the sentence's first word) with a people noun
    (`domestic_actors`) at most `PREMODIFIER_REACH` plain words after it and an act verb right after that noun (over a
    form of 'be': 'Protesting farmers were detained')."""
    i = hit.data.get("token", -1)
    if hit.type not in DESCRIBED_TYPES or i < 0 or hit.data.get("end_token", i) != i:
        return False
    t = toks[i]
    if not t.low.endswith(ING) or not (t.raw.islower() or i == 0):
        return False
    for k in range(i + 1, min(len(toks) - 1, i + 1 + PREMODIFIER_REACH)):
        if not toks[k].word or not toks[k].raw.islower() or toks[k].low in cues.prepositions:
            return False
        if toks[k].low in cues.domestic_actors:
            return k + 1 in verbs or k + 2 in verbs and toks[k + 1].low in cues.be  # 'were detained'
    return False


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


def on_strike(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(plover54) The hits without an ASSAULT read from a strike participle (cue `strike_participles`) that describes
    working people (cue `working_people`, at most `PREMODIFIER_REACH` plain words after it) and has no doer before it:
    the word before is a preposition, a determiner, a number or an act verb ('bowed to demands from striking miners',
    'arrested ten striking dockworkers'). It says they are on strike, as Korean '파업 중인 광부들' does, no attack on
    them; 'jets striking rebel positions' (a doer before it, no working people after) stays the attack."""
    verbs = {h.data["token"] for h in hits if not h.nominal and "token" in h.data}
    return [h for h in hits if not (h.type == "ASSAULT" and striking_people(toks, h, verbs, cues))]


def striking_people(toks: list[Token], hit: ActHit, verbs: set[int], cues: Cues) -> bool:
    """Whether `hit` is a lower-case strike participle with working people after it and no doer before it."""
    i = hit.data.get("token", -1)
    if i < 1 or hit.nominal or toks[i].low not in cues.strike_participles or not toks[i].raw.islower():
        return False
    before = toks[i - 1]
    if not (before.low in cues.prepositions or before.low in cues.determiners or before.low.isdigit()
            or before.low in cues.object_fillers or i - 1 in verbs):  # object_fillers: 'ten', 'dozens of', 'hundreds'
        return False
    for k in range(i + 1, min(len(toks), i + 1 + PREMODIFIER_REACH)):
        if not toks[k].word or not toks[k].raw.islower() or toks[k].low in cues.prepositions:
            return False
        if toks[k].low in cues.working_people:
            return True
    return False
