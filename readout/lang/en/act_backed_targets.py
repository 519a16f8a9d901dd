"""(enfix49, issues 13-15) A backer's compound heading an act's object names the group, not a target: 'Chile condemned
the Russia-backed rebels' aims at the rebels, whose backer Russia is.

An act whose object (right after its word) is an armed group's common noun after a backer's compound (`lex`'s
`backed_armed_object_re`: 'the Iran-allied militias', 'Moscow-backed separatists') marks the compound's span
(`backer_object`); the pipeline (pipeline/act_backed_targets) gives the receiving side to the group's own land, the
story's armed group or the state the sentence places it in, and keeps the backer only where the story names none, as
the subject's reading does ('the Iranian-backed rebels fired': act_reporters.backed_group_subject).
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit


def backed_objects(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """Each hit whose object is a backed armed group with `backer_object` marked; the rest as they came."""
    rule = lex.re("backed_armed_object_re")
    out = []
    for h in hits:
        m = None if h.nominal or h.data.get("passive") or "object" not in h.target else rule.match(text, h.end)
        out.append(dataclasses.replace(h, data={**h.data, "backer_object": m.span("backer")}) if m else h)
    return out
