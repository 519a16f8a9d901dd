"""A report as merging reads it (`Member`), and what judging reads of all of a record's members (`Facts`),
kept with the record (`Record`) and updated one report at a time. Split from store/merge.py: these are the
inputs every rule reads; the rules themselves are in store/merge_evidence.py and store/merge.py.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from readout.store.links import unknown_names
from readout.store.merge_accords import Matter, circle, read_matter
from readout.store.merge_dates import DateRead, city
from readout.store.merge_makers import Makers, read_makers
from readout.store.merge_states import Named, add_named, named_by_country
from readout.store.merge_voices import Voice, VoiceDay

if TYPE_CHECKING:  # only for annotations: merge_verdict.py imports nothing of this module at run time
    from readout.store.merge_verdict import Verdict

PHONE = "phone"


@dataclass
class Member:
    key: str
    doc_id: str
    type: str
    date: date | None
    precision: str | None
    basis: str | None
    place: dict | None
    parties: set[str]
    recipients: set[str]
    mode: str | None = None
    names: dict[str, tuple] = field(default_factory=dict)  # unknown person -> name, country, office
    published: date | None = None  # the report's publication day: what dates a report whose day is inferred
    learned: dict[str, str] = field(default_factory=dict)  # unknown person -> the id an earlier link gave the name
    homes: dict[str, str] = field(default_factory=dict)  # person or country party -> its country code
    states: frozenset[str] = frozenset()  # parties that are countries (a state-level report's)
    place_basis: str | None = None  # where the place came from: the event's own sentence ("text") or elsewhere
    status: str | None = None  # occurred, planned, ...: a plan reported after a meeting was held is another one
    voice: Voice | None = None  # a statement's speaker its clause names (store/merge_voices.py)
    window: tuple[date, date] | None = None  # a month date's part ('late March'): its days (store/merge_dates.py)
    clock: str | None = None  # its dateline's country, else its language, when its day is not local time (one_clock)
    makers: Makers = ()  # the persons a joint statement's clause names, of two states or more (store/merge_makers.py)
    matter: Matter | None = None  # an accord's language and the words of its matter (store/merge_accords.py)
    local_clock: str | None = None  # a day marked local time ('(현지시간)'): the clock it was marked off, else None
    measure: str | None = None  # what a measure affects (accord, border, visas, ...: `Event.measure`), else None

    @property
    def date_shape(self) -> tuple:
        """Everything `date_evidence` reads of a report: two members of one shape get the same verdict
        against any report, so a record's members (often one wire story's many copies) are weighed
        once per shape."""
        return self.date, self.precision, self.basis, city(self), self.published, self.status, self.window, self.clock, \
            self.voice, self.local_clock

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Member":
        keys = row.keys()
        record = json.loads(row["record"]) if "record" in keys and row["record"] else {}
        return cls(row["key"], row["doc_id"], row["type"],
                   date.fromisoformat(row["date"]) if row["date"] else None, row["date_precision"],
                   row["date_basis"], json.loads(row["place"]) if row["place"] else None,
                   set(json.loads(row["parties"])), set(json.loads(row["recipients"])),
                   row["mode"] if "mode" in keys else None, unknown_names(record), published_day(record),
                   {}, *report_facts(record), voice=Voice.read(row["voice"]) if "voice" in keys else None,
                   window=record_window(record),
                   clock=clock_of(record, bool(row["local_time"]) if "local_time" in keys else True),
                   makers=read_makers(record), matter=read_matter(record),
                   local_clock=local_clock(record, bool(row["local_time"]) if "local_time" in keys else False),
                   measure=row["measure"] if "measure" in keys else None)


def report_facts(record: dict) -> tuple[dict[str, str], frozenset[str], str | None, str | None]:
    """What a member reads of its report's record beyond the row: each person or country party's
    country code and which parties are countries (what lets a state-level report, "China and Japan
    held talks", meet the named report of the same meeting), where its place came from, and its status."""
    entities = [*record.get("actors", ()), *record.get("recipients", ())]
    homes = {e["id"]: e["country"] for e in entities if e.get("country") and e.get("kind") in ("person", "country")}
    states = frozenset(e["id"] for e in entities if e.get("kind") == "country" and e["id"] in homes)
    return homes, states, record.get("place_basis"), record.get("status")


def record_window(record: dict) -> tuple[date, date] | None:
    """A report record's `date_window` (records.date_window: a part of a month), as dates."""
    w = record.get("date_window")
    return (date.fromisoformat(w[0]), date.fromisoformat(w[1])) if w else None


def clock_of(record: dict, local_time: bool) -> str | None:
    """The clock a report states its day on: its dateline's country ('SEOUL, June 21': `clock`, a country code), else
    its language ('ko': Korean outlets give Seoul's day for Seoul's acts: merge_clocks.one_clock), unless the day is
    marked local time ('(현지시간)', 'local time': the place's clock, which two reports need not share) or read from
    '이날' (`date_relative`: the story's day, often the report's own, not one the outlet wrote out)."""
    if local_time or record.get("date_relative"):
        return None
    if record.get("clock"):
        return record["clock"]
    sources = record.get("sources") or [{}]
    return sources[0].get("lang")


def local_clock(record: dict, local_time: bool) -> str | None:
    """For a day marked local time ('15일(현지시간)', 'local time'), the clock the outlet marked it off (its dateline's
    country or its language: `clock_of` unmarked), "" when none; None for an unmarked day. An outlet marks a place off
    its own clock, so a foreign organ's marked day is the organ's own (store/merge_organs.py)."""
    if not local_time:
        return None
    return clock_of(record, False) or ""


def voice_day(m: Member) -> VoiceDay:
    return m.voice, m.date, m.precision


def published_day(record: dict) -> date | None:
    sources = record.get("sources") or [{}]
    day = sources[0].get("published")
    return date.fromisoformat(day[:10]) if day else None


@dataclass
class Facts:
    """What judging reads of all of a record's members, computed once per change of the record rather
    than once per report weighed against it (a record of a wire story is weighed thousands of times)."""

    sides: frozenset[str]  # every member's parties
    targets: frozenset[str]  # every member's recipients
    names: dict[str, tuple]  # unknown person -> name, country, office (later members win)
    stated_days: frozenset[date]  # days stated in the text
    shapes: list[tuple]  # each member's `date_shape`, in member order
    cities: frozenset[str]  # the cities members name
    held: frozenset[str]  # how members say the meeting was held (phone, in person)
    homes: dict[str, str] = field(default_factory=dict)  # every member's `homes`
    states: frozenset[str] = frozenset()  # every member's country parties
    first_of_shape: dict[tuple, Member] = field(default_factory=dict)  # each date shape's first member
    date_reads: dict[tuple, "DateRead"] = field(default_factory=dict)  # `dates_agree`'s readings, by report shape
    verdicts: dict[tuple, "Verdict"] = field(default_factory=dict)  # `judge`'s verdicts, by `judge_key`
    named: Named = field(default_factory=dict)  # persons of each country named by any report, later ones too
    voices: list[VoiceDay] = field(default_factory=list)  # the members' named speakers, each with its date
    makers: list[Makers] = field(default_factory=list)  # the members' joint statements' makers (merge_makers.py)
    circles: list[frozenset[str]] = field(default_factory=list)  # the members' joint accords' parties (merge_accords.py)
    matters: list[Matter] = field(default_factory=list)  # the members' accords' matters (merge_accords.py)

    @classmethod
    def of(cls, members: list[Member]) -> "Facts":
        names: dict[str, tuple] = {}
        homes: dict[str, str] = {}
        for m in members:
            names.update(m.names)
            homes.update(m.homes)
        shapes = [m.date_shape for m in members]
        first: dict[tuple, Member] = {}
        named: Named = {}
        for m, shape in zip(members, shapes):
            first.setdefault(shape, m)
            add_named(named, named_by_country(m.parties, m.homes, m.states))
        return cls(frozenset().union(*(m.parties for m in members)),
                   frozenset().union(*(m.recipients for m in members)), names,
                   frozenset(m.date for m in members if m.basis == "text"), shapes,
                   frozenset(c for c in map(city, members) if c), frozenset(how_held(m) for m in members) - {None},
                   homes, frozenset().union(*(m.states for m in members)), first, named=named,
                   voices=[voice_day(m) for m in members if m.voice], makers=[m.makers for m in members if m.makers],
                   circles=[c for c in map(circle, members) if c is not None],
                   matters=[m.matter for m in members if m.matter])

    def add(self, m: Member) -> None:
        """The facts of the members and `m` (what `of` gives for the longer list): a record grows by
        one report at a time, so its facts are updated, not computed again from every member. The
        date readings depend on every member: they are read again."""
        self.sides, self.targets = self.sides | m.parties, self.targets | m.recipients
        self.states = self.states | m.states
        self.names.update(m.names)
        self.homes.update(m.homes)
        if m.basis == "text":
            self.stated_days = self.stated_days | {m.date}
        shape = m.date_shape
        self.shapes.append(shape)
        self.first_of_shape.setdefault(shape, m)
        here, held = city(m), how_held(m)
        self.cities = self.cities | {here} if here else self.cities
        self.held = self.held | {held} if held else self.held
        self.date_reads = {}
        self.verdicts = {}
        add_named(self.named, named_by_country(m.parties, m.homes, m.states))
        if m.voice:
            self.voices.append(voice_day(m))
        if m.makers:
            self.makers.append(m.makers)
        if circle(m) is not None:
            self.circles.append(circle(m))
        if m.matter:
            self.matters.append(m.matter)

    def name(self, named: Named) -> None:
        """Persons named by a report beyond the earliest members (`Record.note`): only the states' check
        (`merge_states.other_persons`) reads them; a kept verdict may have been decided without them."""
        if add_named(self.named, named):
            self.verdicts = {}


class Record(list):
    """An event's earliest members (a list) that keeps its `Facts`, updated as members are added, and
    the persons its later reports name (`note`)."""

    facts_cache: Facts | None = None
    later: Named | None = None  # persons of each country named by reports beyond the earliest members

    def append(self, member: Member) -> None:
        super().append(member)
        if self.facts_cache is not None:
            self.facts_cache.add(member)

    def note(self, named: Named) -> None:
        """A report beyond the earliest members: only the persons it names by country are kept."""
        if not named:
            return
        if self.later is None:
            self.later = {}
        add_named(self.later, named)
        if self.facts_cache is not None:
            self.facts_cache.name(named)

    @property
    def facts(self) -> Facts:
        if self.facts_cache is None:
            self.facts_cache = Facts.of(self)
            if self.later:
                self.facts_cache.name(self.later)
        return self.facts_cache


def facts_of(members: list[Member]) -> Facts:
    """A `Record`'s kept facts, or a plain list's computed now."""
    return members.facts if isinstance(members, Record) else Facts.of(members)


def how_held(m: Member) -> str | None:
    """'phone', 'in person' (a stated mode other than a call, or a city the parties met in), or None."""
    if m.mode == PHONE:
        return PHONE
    return "in person" if m.mode or city(m) else None
