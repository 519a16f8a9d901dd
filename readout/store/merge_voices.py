"""Statements told by two speakers of one state on two days: two events, though their sides agree.

An act's sides are states, so the foreign ministry spokesperson's condemnation of a launch on one day and the
president's on the next are both "ACCUSE KOR -> PRK" within the merge's date window, and nothing else on the
report told them apart. Each report now keeps its voice (`Voice`: the one person its words name as the
statement's maker, pipeline/statement_voice.py; `doc_events.voice`), and a report joins no record that holds
another person of the same state as voice on another day (`voice_conflict`), unless the record also holds the
report's own voice.

What still merges, because it is one statement reported twice: a voice missing on either side (one outlet names
the minister, another only "the foreign ministry" or "Seoul"); the same person, whatever the days (one outlet's
date a day off by time zone or by 이날 read against its publication); a person the knowledge base does not know,
written in another script or spelling (`same_voice`: by sound, or the same office of the same state, as
store/links.py links parties); two persons of different states (each speaks for a side of a joint act); and two
persons of one state on the same day. That last choice is read from dev and dev2's gold: it gives one act to two
speakers on its day (each minister's words at one joint press conference: two states, which merge by the rule
before) and holds no two statements of one state by two of its people on one day, while outlets do quote
one statement from the minister in one report and from the spokesperson relaying it in another; so only another
day, beside another person, says "another statement".
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from readout.kb.phonetic import same_person_in_context
from readout.model import Entity
from readout.store.links import UNKNOWN_PERSON, same_office_holder


@dataclass(frozen=True)
class Voice:
    """A statement's speaker as the store keeps it (`doc_events.voice`, JSON)."""

    id: str
    name: str
    country: str | None = None
    office: str | None = None

    @classmethod
    def of(cls, person: Entity | None) -> "Voice | None":
        return cls(person.id, person.name, person.country, person.office) if person is not None else None

    @classmethod
    def read(cls, stored: str | None) -> "Voice | None":
        """A stored voice; none for a report stored before voices were kept (migration 0016)."""
        if not stored:
            return None
        v = json.loads(stored)
        return cls(v["id"], v["name"], v.get("country"), v.get("office"))

    def text(self) -> str:
        return json.dumps({"id": self.id, "name": self.name, "country": self.country, "office": self.office},
                          ensure_ascii=False, separators=(",", ":"))


def voice_text(voice: Voice | None) -> str | None:
    return voice.text() if voice is not None else None


VoiceDay = tuple[Voice, date | None, str | None]  # a member's voice, its date and the date's precision


def same_voice(a: Voice, b: Voice) -> bool:
    """One person: one id; or, for a person outside the knowledge base (an id made from one outlet's spelling),
    names that sound alike or the same office of the same state with a surname that does."""
    if a.id == b.id:
        return True
    if not (a.id.startswith(UNKNOWN_PERSON) or b.id.startswith(UNKNOWN_PERSON)):
        return False  # two persons the knowledge base knows apart
    return same_person_in_context(a.name, b.name) \
        or same_office_holder((a.name, a.country, a.office), (b.name, b.country, b.office))


def voice_conflict(voices: list[VoiceDay], new: Voice | None, day: date | None, precision: str | None) -> str | None:
    """Why a report whose voice is `new` (on `day`) may not join a record with these members' voices: a member
    voiced by another person of the same state on another day, and no member voiced by the report's own person.
    None: nothing said against it."""
    if new is None or day is None or precision != "day" or not new.country:
        return None
    if any(same_voice(v, new) for v, _d, _p in voices):
        return None
    for v, other, other_precision in voices:
        if v.country == new.country and other is not None and other_precision == "day" and other != day:
            return f"another speaker of {new.country} on another day: {v.name} ({other}) vs {new.name} ({day})"
    return None
