"""Statements of a state's organs (a foreign ministry, a news agency's commentary: no person speaks) on two stated
days: two statements, though the days are only one apart.

A day's difference between two reports is usually forgiven as a time zone (store/merge_dates.py `TIME_ZONE`): a
call in Washington on Monday evening is Seoul's Tuesday. For a one-sided statement of one state with no voice on
either report (store/merge_voices.py keeps the named speakers apart), that forgiveness fused the ministry's Monday
statement with its Tuesday statement, and every later report of either day then joined the record that held both
days. An organ speaks at home, so its stated day is read on its own state's clock: two reports whose clocks are
that state's (or near it in solar time), or unknown (an English wire with no dateline gives the speaker's day: "the
ministry said on Monday"), and whose days differ, report two statements. A report on a clock far from the speaker
(a Seoul paper's unmarked day for a Washington statement) keeps the time zone's tolerance, and so does a report
whose day is read from '이날', 'that day' (no clock: `Member.clock` None); a day marked local time ('15일(현지시간)',
`Member.local`) is the speaker's.
One statement reported on its day and on the next ('on Monday' in one report, '월요일' in the next day's paper)
states one day and merges as before.
A day taken from a report's story counts as the statement's own when the story is the report's own day's news (its
publication day, `own_day`): the presidential office's condemnation in the first day's report and the defence
ministry's in the second day's are two statements, though neither clause states a day; a next-morning paper's story of
the day before is not known to be on the speaker's day, and keeps the tolerance. Story days compare on one clock
only (merge_clocks.story_days_on_two_clocks, merge52): a paper on the speaker's clock telling the statement on its day
and a wire on no clock retelling it on the next keep the tolerance too, as publication days on two clocks.

An envoy's words and his state's organ's statement a day apart are two statements too (`envoy_beside_organ`,
merge13): the envoy speaks at his post (the ambassador in the Security Council, the nuclear envoy to his
counterparts), the organ at home, so the day between them is no time zone of one statement but two occasions: the
government's appeal at home on Sunday and its ambassador's to the council on Monday.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.store.merge_voices import envoy

if TYPE_CHECKING:  # only for annotations: merge_members.py imports merge_dates, which imports this module
    from readout.store.merge_members import Member

# one side's words (merge_clocks.STATEMENTS less the joint accords, which two states make on two clocks)
SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"})


STORY = "narrative"  # a date basis: the day of the report's story (pipeline dates), not one its clause states


def own_day(m: "Member") -> bool:
    """`m`'s day is its statement's own: stated in its clause, or the day of its report's story when that is the
    report's publication day (a report telling the day's news: its unmarked statement is of that day)."""
    return m.basis == "text" or m.basis == STORY and m.date is not None and m.date == m.published


def organ_speaker(m: "Member") -> str | None:
    """The state whose organ made `m`'s statement: one party and no person named as its voice, on a day of its own
    (`own_day`); None otherwise."""
    if m.type not in SAID or m.voice is not None or len(m.parties) != 1 or not own_day(m):
        return None
    party = next(iter(m.parties))
    return m.homes.get(party) if party in m.states else None  # a state, not a person the clause left unvoiced


def organs_of_one_state(a: "Member", b: "Member") -> str | None:
    """The one state both reports' organ statements speak for, or None."""
    speaker = organ_speaker(a)
    return speaker if speaker is not None and speaker == organ_speaker(b) else None


def envoy_beside_organ(a: "Member", b: "Member") -> str | None:
    """The state one of whose envoys voices one report while its organ makes the other's statement (`organ_speaker`:
    no voice, one party, a day of its own), or None."""
    for voiced, unvoiced in ((a, b), (b, a)):
        v = voiced.voice
        if v is not None and voiced.type in SAID and envoy(v) and organ_speaker(unvoiced) == v.country:
            return v.country
    return None
