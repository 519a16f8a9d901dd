"""A joint exercise of one state's own services is that state's drill, no cooperation (precision48): 'the command
launched joint exercises involving the army, navy and air force', 'the army and navy held joint drills'.

Why: 'joint' there joins a state's services, not two states. PLOVER's COOPERATE is done by two sides together; with
one state acting and no one receiving, the act the words tell is a military exercise, which readout codes MOBILIZE
(troops) as the Korean reader does for '육해공군 합동훈련'. The language marks the cooperative words that name an exercise
(`exercise` in the hit's data: lang/en/act_exercises); other military cooperation ('hand over military technology')
is no drill, and a joint exercise with a partner named (acting beside it or receiving) stays COOPERATE.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.model import Entity

EXERCISE_TYPE, EXERCISE_MODE = "MOBILIZE", "troops"
JOINT_TYPE = "COOPERATE"


def solo_exercise(hit: ActHit, acting: list[Entity], receiving: list[Entity]) -> ActHit:
    """The hit as one state's drill when it is a COOPERATE the language marked `exercise`, with the states of `acting`
    one and `receiving` empty; else the hit unchanged."""
    states = {e.country for e in acting if e.country}
    if hit.type != "COOPERATE" or not hit.data.get("exercise") or len(states) != 1 or receiving:
        return hit
    return dataclasses.replace(hit, type=EXERCISE_TYPE, mode=EXERCISE_MODE,
                               data=dict(hit.data, stated_type=hit.type, solo_exercise=True))


def joint_exercise(hit: ActHit, acting: list[Entity]) -> ActHit:
    """(plans56) The hit as a joint drill (COOPERATE, no mode) when it is a MOBILIZE the language marked `exercise`
    with two or more states acting ('Chile and Peru held naval drills', '칠레와 페루는 군사훈련을 실시했다'); else the hit
    unchanged. Why: the PLOVER manual codes joint military games and maneuvers COOPERATE and single-country exercises
    MOBILIZE; states drilling together are that joint exercise whether or not the words say 'joint'. The converse of
    `solo_exercise`."""
    states = {e.country for e in acting if e.country}
    if hit.type != EXERCISE_TYPE or not hit.data.get("exercise") or len(states) <= 1:
        return hit
    return dataclasses.replace(hit, type=JOINT_TYPE, mode=None,
                               data=dict(hit.data, stated_type=hit.type, joint_exercise=True))
