"""(enfix49, issues 13-15) A backer's compound heading an act's object names the group, not a target: 'Chile condemned
the Russia-backed rebels' aims at the rebels, whose backer Russia is.

An act whose object (right after its word) is an armed group's common noun after a backer's compound (`lex`'s
`backed_armed_object_re`: 'the Iran-allied militias', 'Moscow-backed separatists') marks the compound's span
(`backer_object`); the pipeline (pipeline/act_backed_targets) gives the receiving side to the group's own land, the
story's armed group or the state the sentence places it in, and keeps the backer only where the story names none, as
the subject's reading does ('the Iranian-backed rebels fired': act_reporters.backed_group_subject).
(kobacked50) The backer told after the group ('the militias backed by Iran in Iraq', `backed_by_object_re`) is the
same compound, its 'backed by' phrase the span, as Korean '이란의 지원을 받는 민병대'.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit


def backed_objects(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """Each hit whose object is a backed armed group with `backer_object` marked; the rest as they came."""
    rules = (lex.re("backed_armed_object_re"), lex.re("backed_by_object_re"))  # kobacked50: 'militias backed by Y'
    out = []
    for h in hits:
        m = None if h.nominal or h.data.get("passive") or "object" not in h.target \
            else next((m for rule in rules if (m := rule.match(text, h.end))), None)
        out.append(dataclasses.replace(h, data={**h.data, "backer_object": m.span("backer")}) if m else h)
    return out
