"""Deeds of force (a show of force, an attack) of one doer on two stated days: two deeds, though the days are only
one apart.

A day's difference between two reports is usually forgiven as a time zone (store/merge_dates.py `TIME_ZONE`): a
launch at dawn in Asia is the evening before in Washington. For a deed of force that forgiveness fused a state's
drills of the first day with its next day's drills or deployment (a second exercise announced the morning after the
first, an air strike answering the day before's), and every later report of either day joined the record that held
both. A deed is done where its doer is, so its stated day is read on the doer's clock, as an organ's statement is
read on its state's (store/merge_organs.py `on_speaker_clock`): two reports whose clocks are the doer's (or near it in
solar time), or unknown (an English wire with no dateline gives the place's day), and whose clauses state days a day
apart report two deeds. A report on a clock far from the doer's (a Washington dateline's day for a launch in Asia)
keeps the time zone's tolerance, and so does a day read from the story ('that day', the report's own day) rather than
stated in the deed's own clause: that is the report's day, not the act's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: merge_members.py imports merge_dates, which imports this module
    from readout.store.merge_members import Member

FORCE = frozenset({"MOBILIZE", "ASSAULT"})  # deeds of force (as pipeline/act_story_notes.FORCE): done at one place and moment
STATED = "text"  # a date basis: a day the event's own clause states (pipeline dates)


def force_doer(m: "Member") -> str | None:
    """The country whose deed of force `m` reports, on a day its own clause states, with one doer of a known country
    (a state or a person or group of one); None otherwise."""
    if m.type not in FORCE or m.basis != STATED or m.precision != "day" or len(m.parties) != 1:
        return None
    return m.homes.get(next(iter(m.parties)))


def forces_of_one_doer(a: "Member", b: "Member") -> str | None:
    """The one country both reports' deeds of force are done by, or None."""
    doer = force_doer(a)
    return doer if doer is not None and doer == force_doer(b) else None
