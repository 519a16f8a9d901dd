"""An oath verb with 'in' installs people in office ('Shortly afterwards the president swore in a new army command',
'the new cabinet was sworn in on Monday', 'X is due to be sworn in as president'): no AGREE (congrats50).

Why: 'swear' is in the lexicon as a pledge frame ('swore to defend the constitution', 'swore that he would not
resign'), which reads its complement and, with none, stays a generic AGREE of the swearer. 'Swear in' names no
promise to any side: it is the ceremony that gives someone an office, a domestic formality PLOVER codes as no event
(the leader's choice of commanders is told by what they do next). The oath verb and its particle are the cues
`oath_verbs` and `installing_particles`; a pledge with its own 'to' or 'that' complement stays read as before.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def installed_in_office(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether `hit` is an oath verb followed right away by its installing particle ('swore in', 'sworn in')."""
    i = hit.data.get("token")
    return i is not None and toks[i].low in cues.oath_verbs and i + 1 < len(toks) \
        and toks[i + 1].low in cues.installing_particles


def installations(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each oath that installs someone in office: no pledge is made."""
    return [h for h in hits if not installed_in_office(toks, h, cues)]
