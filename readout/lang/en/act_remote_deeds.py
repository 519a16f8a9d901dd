"""(enfix47) A deed done from afar marks its hit `remote`: 'Hackers broke into an exchange in X', 'hackers hacked a
bank in X' tell where the thing hacked stands, never where its doers are.

Why: people with no state named (`people_subject`: hackers, a hacking group) act for the state of the sentence's places
(pipeline/act_actor_defaults.unnamed_actors: gunmen in X are X's), so the hackers took the state of the bank they hit,
as its doer and its victim. The pipeline reads no mode: the language marks the deed, and the pipeline fills no doer
of a remote deed from the place or the target (act_actor_defaults.remote_unnamed).

Rule: a hit whose mode is remote (`act_locatives.REMOTE_MODES`: cyber) gets data `remote` True; a state the clause
names on the doers ('North Korean hackers') still acts, read before any default.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_locatives import REMOTE_MODES

REMOTE = "remote"


def remote_deeds(hits: list[ActHit]) -> list[ActHit]:
    """The hits, each of a remote mode marked `remote` (see module)."""
    return [replace(h, data={**h.data, REMOTE: True}) if h.mode in REMOTE_MODES else h for h in hits]
