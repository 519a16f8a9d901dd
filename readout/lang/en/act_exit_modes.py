"""(kocoerce66) The mode of a rejected demand for an exit from office.

A refusal of the calls for an official's exit ('rejected demands to step down', 'dismissed calls for her
resignation', 'brushed aside demands to hand over power'; `demanded_exits`) is the manual's REJECT 'change' (CAMEO
1231, reject demand for change in leadership), whatever mode the exit word itself would lend (an exit read as a
yielding act gave 'yield'): the demand is for a change of who rules, as Korean '퇴진 요구를 거부했다' reads it
(lang/ko/act_refused_exits).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_sides import demanded_exit

EXIT_MODE = "change"


def exit_demand_modes(toks: list, hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each REJECT of a demand for an exit takes the mode 'change'."""
    return [replace(h, mode=EXIT_MODE) if h.type == "REJECT" and not h.negated and demanded_exit(toks, h, cues)
            else h for h in hits]
