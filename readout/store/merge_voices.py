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
day, beside another person, says "another statement". The exception is two persons who each speak in their own
right (`principal`: a head of state or government, or a minister; not a spokesperson, an envoy or a vice minister,
whose words relay a principal's): the head of government's words in parliament and the foreign minister's at a
summit abroad the same day are two statements, and a principal's words are not relayed by another principal.
An envoy's words are his own too, whatever the day (`envoy`: an ambassador, a nuclear envoy, a special
representative): he speaks at his post, in the council he sits on or to the counterparts he calls, not in the
capital where the spokesperson relays the minister; so beside another person of his state his statement is another
one (the nuclear envoy condemning a launch in a call with his counterparts, and the ambassador condemning it in the
Security Council that evening).

The same person's statement to the same target is one statement a little further apart too, when one report's day is
only its story's (`voice_lag`, date basis 'narrative'): a story's day is carried over from the sentence before (a
session the speech came after, a comment issued the next morning), so two outlets' days for one speaker's
words part by the story's lag, not by a time zone. Two stated days keep the time zone's tolerance alone.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from readout.kb.envoys import envoy_offices
from readout.kb.heads import head_offices
from readout.kb.loader import kb
from readout.kb.phonetic import same_person_in_context
from readout.model import Entity
from readout.settings import Settings
from readout.store.blocks import INFERRED
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
        if v.country == new.country and other == day and other_precision == "day" and principal(v) and principal(new):
            return f"two principals of {new.country} speaking the same day: {v.name} ({v.office}) vs {new.name}" \
                f" ({new.office})"
        if v.country == new.country and (envoy(v) or envoy(new)):
            return f"an envoy and another speaker of {new.country}: {v.name} ({v.office}) vs {new.name} ({new.office})"
    return None


@functools.lru_cache(maxsize=256)
def principal_office(office: str | None) -> bool:
    """Whether an office (its name, as a voice keeps it) speaks in its own right: a head of state or government
    (offices.yaml `heads`) or a minister of a portfolio, directly or as the office it equals ('Secretary of State' =
    foreign minister); not a vice minister, an envoy, an adviser or a spokesperson, whose words often relay one."""
    if not office:
        return False
    heads = head_offices()
    for entry in kb().offices.values():
        if entry.name != office:
            continue
        base = kb().offices.get(entry.equivalent) if entry.equivalent else None
        for e in (entry, base):
            if e is not None and (e.id in heads or e.portfolio and not e.id.startswith(VICE)):
                return True
    return False


VICE = "vice_"  # the generated id prefix of a portfolio's vice minister (kb/schema.Portfolio)


def principal(v: Voice) -> bool:
    return principal_office(v.office)


@functools.lru_cache(maxsize=256)
def envoy_office(office: str | None) -> bool:
    """Whether an office (its name, as a voice keeps it) is an envoy's (offices.yaml `envoys`: an ambassador, a
    nuclear envoy, a special representative), directly or as the office it equals."""
    if not office:
        return False
    envoys = envoy_offices()
    return any(entry.name == office and (entry.id in envoys or entry.equivalent in envoys)
               for entry in kb().offices.values())


def envoy(v: Voice) -> bool:
    """An envoy speaks at his post: to the body he sits on (the ambassador's words in the Security Council), to the
    state he is posted in, or to his counterparts (the nuclear envoys' call). His statement is his own, made where
    he is, not the capital's relayed by a spokesperson: beside another person of his state, whatever the day, it is
    another statement (the government's appeal at home and its ambassador's at the council)."""
    return envoy_office(v.office)


class Voiced(Protocol):
    """What `voice_lag` reads of a report (store/merge_members.Member)."""

    basis: str | None
    voice: Voice | None


def voice_lag(a: Voiced, b: Voiced, days: int, settings: Settings) -> bool:
    """Two statements `days` apart are one when one person made both and one report's day is only its story's
    ('narrative': the day of the sentence before, not one its own clause states), within `merge_voice_lag_days`:
    the speaker's words to one target, each outlet dating them by what it told before. The caller has checked the
    type (a statement) and the target (`weigh_facts`: another target refuses)."""
    return 0 < days <= settings.merge_voice_lag_days and INFERRED in (a.basis, b.basis) \
        and a.voice is not None and b.voice is not None and same_voice(a.voice, b.voice)
