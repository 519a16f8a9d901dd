"""An agentless arrest of a part of a state's political life: 'the opposition leader was arrested', '야당 대표가 체포됐다'.

Why: an agentless passive of force with no place named was no one's act (the sufferers are no doers, and a citizen
held abroad is held by a state the sentence may not name). A party, a court, a legislature or the press of one
state, with no other state in the sentence, is arrested by that state's own authorities: PLOVER codes the
arrest as the state's COERCE against that part of itself (a domestic event, both sides the same state).
"""
from __future__ import annotations

from readout.pipeline.act_recipients import SideItem

# sectors of a state's political life: an agentless arrest of one of them ('the opposition leader was arrested',
# '야당 대표가 체포됐다') is that state's own doing, where no other state is named (a citizen or a diplomat, held
# abroad more often than not, is not: CVL, GOV)
OWN_STATE_PATIENT_SECTORS = frozenset({"OPP", "PTY", "LEG", "JUD", "MED", "NGO"})


def own_state_patients(items: list[SideItem], patients: list[str]) -> str | None:
    """The sector of the sufferers when they are named as a part of their one state's political life
    (`OWN_STATE_PATIENT_SECTORS`) and no other state is named: its authorities arrested them; else None."""
    if len(patients) != 1 or any(set(i.codes) - set(patients) for i in items):
        return None
    return next((i.sector for i in items if i.sector in OWN_STATE_PATIENT_SECTORS and set(i.codes) == set(patients)),
                None)
