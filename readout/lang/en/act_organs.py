"""(world39) A bare state organ as an act's subject ('The junta rejected ...', 'The army said it had ...', 'The
paramilitaries denied ...'): marked `organ_subject` with the organ's PLOVER sector from the agent table, so that the
pipeline gives it the state the story named with such an organ (pipeline/act_organs.py) when nothing else names its
state. The lexicon's `bare_organ_subject_re` reads the subject (group `organ`) from the words before the act."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.agents import sector_of


def organ_subject(hit: ActHit, head: str, lex) -> ActHit:
    """`hit` marked with its bare organ subject's sector; `head`: the words before it as its subject's
    (`English.subject_head`)."""
    m = lex.re("bare_organ_subject_re").match(head)
    sector = sector_of(m.group("organ")) if m else None
    return dataclasses.replace(hit, data={**hit.data, "organ_subject": sector}) if sector else hit
