"""(en34) An act of force as a participle right after the people or ships it was done to: a reduced relative passive.

'two Chinese skippers detained after the coast guard seized their boats', 'the fishermen arrested off the coast':
the participle has no auxiliary, so the clause reader took it for a finite verb with the noun phrase before it as
its subject (the detained became the detainers). The participle is a passive: the noun phrase suffered it, and,
with no 'by' agent, the pipeline's agentless-passive reading (`act_actors.placing_state`) names the state that
did it; a 'by' phrase after it names the agent as in any passive.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_reporters import agentless_force_passive, framed_force_agent

REDUCED_TYPES = frozenset({"COERCE"})  # detaining, arresting, seizing: done to people and ships


def reduced_passive(hit: ActHit, text: str, lex) -> ActHit:
    """The hit marked `passive` (with `by` at a 'by' phrase's agent when one follows) when it is a verb of force
    (`REDUCED_TYPES`) whose word ends in -ed/-en right after a plural noun of people or vessels
    (`reduced_passive_before_re`) and before a preposition, a time word or the clause's end
    (`reduced_passive_after_re`: no object follows, so it is no active verb), and `reduced_passive` (the people held
    are the speaker's to charge or free: pipeline/act_actors.unvoiced); any other hit as it came."""
    if hit.type not in REDUCED_TYPES or hit.nominal or hit.data.get("passive") or "agent_span" in hit.data:
        return hit
    word = text[hit.start:hit.end]
    if " " in word or not word.lower().endswith(("ed", "en", "eld")):
        return hit
    if not lex.re("reduced_passive_before_re").search(text, max(0, hit.start - 40), hit.start):
        return hit
    after = lex.re("reduced_passive_after_re").match(text, hit.end)
    if after is None:
        return hit
    data = {**hit.data, "passive": True, "reduced_passive": True}
    if after.group("by") is not None:
        data["by"] = after.end("by")
    return dataclasses.replace(hit, data=data)


def own_forces_agent(hit: ActHit, text: str, lex) -> ActHit:
    """The hit with `agent_span` on the reporting frame's subject ('Greece said its F-16s were scrambled', 'Peru
    announced that its troops had been deployed') when it is an agentless passive of moving forces whose forces the
    frame's subject owns ('its', 'their': `own_forces_frame_re`, ending right at the act); any other hit as it came.
    Without it the passive has no actor: a state reporting its own forces moved is the state that moved them."""
    return framed_force_agent(hit, text, lex, "own_forces_frame_re")


def home_forces(hit: ActHit, text: str, lex) -> ActHit:
    """The hit marked `home_subject` (the dateline's state moved them) when it is an agentless passive of moving
    forces that a bare state body reports ('The defence ministry said ..., where the F-35s had been scrambled') and
    whose subject is the forces with no state word ('the F-35s', 'its patrol boats': `home_forces_subject_re`, right
    before the act); any other hit as it came. 'The ministry said Chinese jets were scrambled' names their state."""
    if not agentless_force_passive(hit) or "home_subject" in hit.data:
        return hit
    if not lex.re("home_forces_frame_re").match(text, 0, hit.start):
        return hit
    subject = lex.re("home_forces_subject_re").search(text, max(0, hit.start - 60), hit.start)
    if subject is None or subject.end() != hit.start:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "home_subject": True})
