"""Advisories to a state's own people: 'urged its nationals in China to take extra care', 'told its citizens to avoid
travel to X', 'advised their fishermen to stay out of the area'.

Why: a request whose object is the speaker's own people (a possessive of `own_possessives` before a people noun of
`domestic_actors`) asks nothing of any other state; the country the sentence names is where they are or where they
should not go, and read as the receiving side it makes a request to that state that no one made. Analysts code
such an advisory at most as a state's word to its own people (an optional domestic REQUEST), never as a request to
the host state. The Korean reader drops the same advisory ('교민들에게 ... 당부', lang/ko/act_advisories.py).
A request to another state's people ('urged Japanese citizens to ...') or to a state is read as before.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PEOPLE_REACH = 2  # words between the possessive and its people noun ('its own fishing crews', 'their fellow citizens')


def own_people_advisories(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verbal requests whose object, right after the verb, is the speaker's own people."""
    return [h for h in hits if not (h.type == "REQUEST" and not h.nominal
                                    and own_people_object(toks, h.data.get("head_end", h.data.get("token", 0)) + 1, cues))]


def own_people_object(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the tokens from `j` open with a possessive of `own_possessives` and a people noun of `domestic_actors`
    within `PEOPLE_REACH` lower-case words after it."""
    if j >= len(toks) or toks[j].low not in cues.own_possessives:
        return False
    for k in range(j + 1, min(len(toks), j + 2 + PEOPLE_REACH)):
        if toks[k].low in cues.domestic_actors:
            return True
        if not toks[k].word or not toks[k].raw.islower():
            return False
    return False
