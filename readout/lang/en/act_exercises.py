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


def exercise_marks(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each COOPERATE whose matched words end in an exercise noun (cue `exercise_nouns`) marked `exercise`."""
    return [replace(h, data=dict(h.data, exercise=True)) if h.type == "COOPERATE" and names_exercise(toks, h, cues)
            else h for h in hits]


def names_exercise(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the last word the hit matched (its object or its noun) is an exercise noun."""
    end = hit.data.get("end_token", hit.data["token"])
    return 0 <= end < len(toks) and toks[end].low in cues.exercise_nouns
