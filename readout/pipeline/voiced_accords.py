"""A joint accord retold by one of its makers in the same document: one event, not a second one-sided accord.

'A and B agreed on Monday to send a joint team' and, below, '"We agreed to send the team," A's president told a news
conference' (Korean: '... 합의했다"며 ... 말했다'): the second report names only the speaker's state, because its
clause has only him as subject, but it is the accord the document already told, by one of its parties, on its day.
Left apart, it stood as a one-sided AGREE of its own, and in the store a report naming both sides could join it
instead of the accord. A one-sided act with no speaker of its own ('B accepted the invitation') is another act, and
stays one (consolidate.headline_part: in the body two such acts are two).
"""
from __future__ import annotations

from readout.model import Event
from readout.pipeline.act_recipients import MUTUAL


def voiced_part(a: Event, b: Event, pa: frozenset[str], pb: frozenset[str]) -> bool:
    """The event naming fewer parties (the caller wants one's inside the other's) is a mutual act aimed at no one,
    of the same status and day as the other, voiced by a person of one of its own states: the accord its speaker's
    state made with the others, told by him."""
    part = a if pa < pb else b
    voice = part.voice
    return a.type in MUTUAL and not a.recipients and not b.recipients and a.status == b.status \
        and a.date is not None and a.date == b.date and voice is not None and voice.country is not None \
        and any(p.country == voice.country for p in part.participants)


def joint_voice(event: Event) -> None:
    """An accord of several states that took a voice from one maker's retelling (`voiced_part`) speaks for all of
    them, not for that maker alone: it keeps no voice, so the store does not read another maker's report of it on
    the next day as another speaker's statement (store/merge_voices.py)."""
    if event.type in MUTUAL and not event.recipients and event.voice is not None \
            and len({p.country for p in event.participants}) > 1:
        event.voice = None
