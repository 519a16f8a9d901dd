"""A cooperative act word that names an exercise ('joint exercises', 'held joint drills') is marked `exercise`
(precision48): with one state acting and no one receiving, the pipeline reads it as that state's drill
(pipeline/solo_exercises: 'joint exercises involving the army, navy and air force' join a state's services, not two
states). Other military cooperation words ('military cooperation', 'hand over technology') are no drill and keep
their type whatever their sides.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


DRILL_TYPES = frozenset({"COOPERATE", "MOBILIZE"})  # a drill's readings: a joint one, or one state's show of force


def exercise_marks(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each COOPERATE or MOBILIZE whose matched words end in an exercise noun (cue `exercise_nouns`) marked
    `exercise`, a MOBILIZE drill held with a named partner read as the joint drill it is (`partnered_drill`).
    (plans56) The mark on a MOBILIZE drill lets the pipeline read one held by two states acting together ('Chile and
    Peru held naval drills') as the joint one (pipeline/solo_exercises.joint_exercise)."""
    marked = [partnered_drill(toks, replace(h, data=dict(h.data, exercise=True)), cues)
              if h.type in DRILL_TYPES and names_exercise(toks, h, cues) else h for h in hits]
    joint = {end_of(h) for h in marked if h.type == "COOPERATE" and h.data.get("exercise")}
    dropped = {end_of(h): h for h in marked if h.type == "MOBILIZE" and h.data.get("exercise") and end_of(h) in joint}
    return [verb_status(h, dropped[end_of(h)]) if h.type == "COOPERATE" and h.nominal and end_of(h) in dropped
            else h for h in marked if not (h.type == "MOBILIZE" and h.data.get("exercise") and end_of(h) in joint)]


def verb_status(noun: ActHit, verb: ActHit) -> ActHit:
    """(acts58b) The joint drill noun kept for the verb's drill it shares its words with ('plan to hold joint military
    drills': the verb 'hold' read with its object, the noun 'joint military drills'), with the verb's status and
    negation. Why: the plan or the denial is read on the verb, which the noun alone does not carry; the joint reading
    keeps the sides, the verb says whether the drill took place."""
    if noun.status == verb.status and noun.negated >= verb.negated:
        return noun
    return noun.copied(status=verb.status, negated=noun.negated or verb.negated)


def end_of(hit: ActHit) -> int:
    """The last token the hit matched: a drill's noun, which one drill's two readings ('held joint military drills':
    the verb with its object, the joint noun) share, so the joint reading stands alone."""
    return hit.data.get("end_token", hit.data["token"])


def partnered_drill(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(plans56) A MOBILIZE drill whose exercise noun is followed by a partner preposition (cue `partner_prepositions`)
    and a name ('held naval drills with Japan', 'with the Philippines', 'alongside Omani forces'): COOPERATE, the
    partner named as 'joint drills with' names it. Why: the manual codes joint military games and maneuvers
    COOPERATE and single-country exercises MOBILIZE; a drill held with another side is joint whether or not the
    word 'joint' is there. A partner that is no state leaves one state acting, which the pipeline reads back as its
    drill (solo_exercises); 'with live ammunition' names no one (lower case) and stays MOBILIZE."""
    if hit.type != "MOBILIZE":
        return hit
    at = hit.data.get("end_token", hit.data["token"]) + 1
    if at >= len(toks) or toks[at].low not in cues.partner_prepositions:
        return hit
    name = at + 1 + (at + 1 < len(toks) and toks[at + 1].low == "the")
    if name >= len(toks) or not toks[name].raw[:1].isupper():
        return hit
    return replace(hit, type="COOPERATE", mode=None, target=(toks[at].low,),
                   data=dict(hit.data, stated_type=hit.type, partnered_drill=True))


def names_exercise(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the last word the hit matched (its object or its noun) is an exercise noun."""
    end = hit.data.get("end_token", hit.data["token"])
    return 0 <= end < len(toks) and toks[end].low in cues.exercise_nouns
