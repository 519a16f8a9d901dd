"""Cross-document, cross-language merging: one record per real event.

Merging weighs evidence; few things veto. A report joins a record when the type is the same and the
parties agree (a report naming two of a trilateral's three ministers joins the trilateral; a report
naming more parties than a record joins it only when the extra is small beside what they share; a
state-level meeting report, "China and Japan held talks", shares a country with a named person of
it), and its score (parties, dates, place, mode) reaches `merge_min_score`. Dates are compared within
their precision and basis (store/merge_dates.py). A report that states neither a call nor a meeting
(no mode, no city) may join either. Places count only when both are cities of the meeting's own
sentence (`place_basis`); a different city lowers the score but does not veto, because one outlet's
place is often taken from a background clause.

What vetoes, because it says "a different event": two explicit days further apart than a time zone
(the same people meeting twice), two explicit days a day apart in one city (unless the record holds
both), a phone call against a meeting stated as such, parties that share too little, acts aimed at
different targets, a statement whose speaker is another person of the same state than a record's on
another day (store/merge_voices.py: the spokesperson on Monday, the president on Tuesday), and a smaller
meeting whose day is only its story's (a side meeting told after
the larger one: "Meanwhile, two of them held talks with ..."). A report that a closer candidate
(better party agreement) refused does not fall back to a looser one: that is how a second meeting of
a pair would otherwise join the trilateral held beside the first.

Candidates come from `event_blocks` (store/blocks.py): a fixed date window around the report, so cost
grows with the events of a few days, not with the corpus. Every decision's evidence (what agreed,
what disagreed, the score) is kept as the report's merge reason. A person the knowledge base does
not know, written in another script or spelling by a second outlet, is linked to the record's person
when the parties and date already agree (store/links.py).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from readout.settings import Settings
from readout.store.blocks import INFERRED, candidate_ids
from readout.store.links import LINK_REASON, link_kind, link_persons, unknown_names
from readout.store.merge_states import Named, add_named, as_states, named_by_country, other_persons
from readout.store.merge_dates import REASON_MEMBERS, DateRead, city, read_dates
from readout.store.merge_voices import Voice, VoiceDay, voice_conflict

PHONE = "phone"
SUPERSET = "a larger meeting"


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

    @property
    def date_shape(self) -> tuple:
        """Everything `date_evidence` reads of a report: two members of one shape get the same verdict
        against any report, so a record's members (often one wire story's many copies) are weighed
        once per shape."""
        return self.date, self.precision, self.basis, city(self), self.published, self.status

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Member":
        keys = row.keys()
        record = json.loads(row["record"]) if "record" in keys and row["record"] else {}
        return cls(row["key"], row["doc_id"], row["type"],
                   date.fromisoformat(row["date"]) if row["date"] else None, row["date_precision"],
                   row["date_basis"], json.loads(row["place"]) if row["place"] else None,
                   set(json.loads(row["parties"])), set(json.loads(row["recipients"])),
                   row["mode"] if "mode" in keys else None, unknown_names(record), published_day(record),
                   {}, *report_facts(record), voice=Voice.read(row["voice"]) if "voice" in keys else None)


def report_facts(record: dict) -> tuple[dict[str, str], frozenset[str], str | None, str | None]:
    """What a member reads of its report's record beyond the row: each person or country party's
    country code and which parties are countries (what lets a state-level report, "China and Japan
    held talks", meet the named report of the same meeting), where its place came from, and its status."""
    entities = [*record.get("actors", ()), *record.get("recipients", ())]
    homes = {e["id"]: e["country"] for e in entities if e.get("country") and e.get("kind") in ("person", "country")}
    states = frozenset(e["id"] for e in entities if e.get("kind") == "country" and e["id"] in homes)
    return homes, states, record.get("place_basis"), record.get("status")


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
                   voices=[voice_day(m) for m in members if m.voice])

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


@dataclass
class Verdict:
    """One candidate weighed: `ok` it may join; `score` all evidence; `parties` how well the parties
    alone agree (what decides whether a refusal by this candidate bars a looser one)."""

    event_id: str
    ok: bool
    score: float
    parties: float
    sides: set[str] = field(default_factory=set)  # the record's parties
    agreed: list[str] = field(default_factory=list)
    disagreed: list[str] = field(default_factory=list)
    members: list[dict] = field(default_factory=list)
    linked: dict[str, str] = field(default_factory=dict)  # the report's unknown person -> the record's
    reported: set[str] = field(default_factory=set)  # the report's parties, linked persons as the record's ids
    kept: "Verdict | None" = field(default=None, repr=False, compare=False)  # the record's verdict this copies
    reason_text: bytes | None = field(default=None, repr=False, compare=False)  # `reason_json` once made

    def copy(self) -> "Verdict":
        """A verdict of its own (weighing and storing append to its lists) that remembers the one kept."""
        return Verdict(self.event_id, self.ok, self.score, self.parties, set(self.sides), list(self.agreed),
                       list(self.disagreed), list(self.members), dict(self.linked), set(self.reported),
                       kept=self.kept or self)

    def reason_json(self, dump: Callable[[dict], bytes]) -> bytes:
        """`dump(self.reason())` (the stored reason: JSON, packed), made once per kept verdict: the copies
        of one story join a record with one reason, and its JSON (the report's members and their dates)
        was a third of a report row's cost. Compared first: weighing or storing may have changed this copy."""
        kept = self.kept
        if kept is None or (self.score, self.agreed, self.disagreed, self.members) != \
                (kept.score, kept.agreed, kept.disagreed, kept.members):
            return dump(self.reason())
        if kept.reason_text is None:
            kept.reason_text = dump(kept.reason())
        return kept.reason_text

    def reason(self) -> dict:
        return {"rule": "same event by evidence", "event": self.event_id, "score": round(self.score, 3),
                "agreed": self.agreed, "disagreed": self.disagreed, "members": self.members[:REASON_MEMBERS]}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


# --- evidence ---------------------------------------------------------------------------------------
def party_evidence(etype: str, record: set[str], new: set[str], settings: Settings) -> tuple[float, str]:
    """How well a report's parties fit a record's (0 = they do not): subsets join, supersets only
    with a small extra, mixed sets only when they share most."""
    shared = len(record & new)
    if not shared:
        return 0.0, "no shared party"
    if record == new:
        return 1.0, "same parties"
    meeting = etype == "CONSULT"
    if meeting and shared < min(settings.merge_subset_min_shared, len(record), len(new)):
        return 0.0, f"{shared} shared party"
    if new < record:
        return settings.merge_subset_base + (1 - settings.merge_subset_base) * len(new) / len(record), \
            f"report names {len(new)} of the record's {len(record)} parties"
    j = jaccard(record, new)
    if new > record:
        need = settings.merge_superset_min_jaccard if meeting else settings.merge_min_participant_jaccard
        why = f"report names {len(new - record)} more than the record's {len(record)}: {SUPERSET}"
    else:
        need = settings.merge_mixed_min_jaccard if meeting else settings.merge_min_participant_jaccard
        why = f"parties overlap {j:.2f}"
    return (j if j >= need else 0.0), why


VERDICTS_KEPT = 8  # report shapes whose verdict a record keeps (a memory bound, not a threshold)


def judge_key(new: Member, settings: Settings) -> tuple:
    """Everything `judge` reads of a report: two reports with one key get the same verdict from one
    record. The copies of a wire story (and a story's several reports of one act) share it, and a
    record stops changing once it holds `merge_members_checked` members, so most reports of a large
    event are judged from the verdict kept with the record's facts. Only such records keep verdicts:
    memory then grows with the large events, not with every event cached."""
    return (new.type, new.basis, new.mode, new.date_shape, frozenset(new.parties), frozenset(new.recipients),
            tuple(sorted(new.names.items())), tuple(sorted(new.learned.items())), tuple(sorted(new.homes.items())),
            new.states, new.voice, id(settings))


def judge(members: list[Member], new: Member, settings: Settings, event_id: str = "",
          key: tuple | None = None) -> Verdict:
    """Weigh `new` against an event's (earliest) members; `key`, its `judge_key`, reuses the verdict the
    record's facts keep for a report of the same key (a copy: callers change verdicts)."""
    if not members:
        v = Verdict(event_id, False, 0.0, 0.0)
        v.disagreed.append("no members")
        return v
    facts = facts_of(members)
    kept = facts.verdicts.get(key) if key is not None else None
    if kept is not None and kept.event_id == event_id:
        return kept.copy()
    v = weigh_facts(members, facts, new, settings, event_id)
    if key is not None and len(members) >= settings.merge_members_checked:  # a record that changes no more
        if len(facts.verdicts) >= VERDICTS_KEPT:
            facts.verdicts.clear()
        stored = v.copy()
        stored.kept, v.kept = None, stored
        facts.verdicts[key] = stored
    return v


def weigh_facts(members: list[Member], facts: Facts, new: Member, settings: Settings, event_id: str) -> Verdict:
    """`judge`'s evidence, read afresh."""
    v = Verdict(event_id, False, 0.0, 0.0)
    actors = facts.sides
    v.sides = set(actors)
    v.linked = link_persons(facts.names, new, actors)
    v.reported = {v.linked.get(p, p) for p in new.parties}
    v.agreed += [f"same person by {link_kind(new.names[a][0], facts.names[b][0])}: {new.names[a][0]} = {b}"
                 for a, b in sorted(v.linked.items())]
    v.agreed += [f"same person by learned alias ({LINK_REASON}): {a} = {b}" for a, b in sorted(new.learned.items())]
    if new.type == "CONSULT" and (facts.states or new.states):
        homes, states = {**facts.homes, **new.homes}, facts.states | new.states
        reported = v.reported
        actors, v.reported, matched = as_states(actors, reported, homes, states)
        v.sides = set(actors)
        v.agreed += [f"state {code} stands for a named person of it" for code in matched]
        others = other_persons(facts.named, reported, homes, states, matched) if matched else []
    else:
        others = []
    v.parties, why = party_evidence(new.type, actors, v.reported, settings)
    (v.agreed if v.parties else v.disagreed).append(why)
    if v.parties and others:  # one visit's two meetings with two persons of one state: two records
        v.parties = 0.0
        v.disagreed += [f"another person of the state: {why}" for why in others]
    if v.parties and new.type == "CONSULT" and new.basis == INFERRED and v.reported < actors:
        v.parties = 0.0  # 'Meanwhile, two of them held talks with ...' after the larger meeting's story
        v.disagreed.append("a smaller meeting dated only by its story: a side meeting, not the larger one")
    voiced = voice_conflict(facts.voices, new.voice, new.date, new.precision) if new.type != "CONSULT" else None
    if voiced:  # another speaker of the state on another day: another statement
        v.disagreed.append(voiced)
    targets = facts.targets
    if new.type != "CONSULT" and targets and new.recipients:
        if targets & new.recipients:
            v.agreed.append("same target")
        else:
            v.disagreed.append("other target")
            v.parties = 0.0
    date_ok, date_score = dates_agree(members, new, v, settings, facts)
    place_score = place_evidence(members, new, v, settings, facts)
    mode_ok = mode_evidence(members, new, v, facts)
    v.score = v.parties + date_score + place_score
    # another city ranks the candidate lower but never refuses it: one outlet's city is often wrong
    v.ok = bool(v.parties) and date_ok and mode_ok and not voiced \
        and v.score - min(place_score, 0.0) >= settings.merge_min_score
    return v


def dates_agree(members: list[Member], new: Member, v: Verdict, settings: Settings,
                facts: Facts | None = None) -> tuple[bool, float]:
    """Whether `new`'s date fits every member's, and the best date evidence (`read_dates`), written
    into the verdict. A record's reading of one date shape is kept with its facts: the copies of one
    wire story are weighed against a record thousands of times, each with the same date."""
    facts = facts or Facts.of(members)
    same_people = new.type == "CONSULT" and v.reported == v.sides
    key = (new.date_shape, same_people, id(settings))
    read = facts.date_reads.get(key)
    if read is None:
        read = facts.date_reads[key] = read_dates(members, facts, new, same_people, settings)
    v.members += read.members
    v.disagreed += read.disagreed
    if read.ok:
        v.agreed.append(f"dates agree (+{read.score:g})")
    return read.ok, read.score


def place_evidence(members: list[Member], new: Member, v: Verdict, settings: Settings,
                   facts: Facts | None = None) -> float:
    here = city(new)
    there = (facts or Facts.of(members)).cities
    if not here or not there:
        return 0.0
    if here in there:
        v.agreed.append(f"same city {here}")
        return settings.merge_weight_same_city
    v.disagreed.append(f"city {here} vs {', '.join(sorted(there))}")
    return -settings.merge_penalty_other_city


MEASURE_TYPES = frozenset({"SANCTION"})  # as pipeline/common.MODE_KINDS: modes that are measures of their own


def mode_evidence(members: list[Member], new: Member, v: Verdict, facts: Facts | None = None) -> bool:
    """A phone call and a meeting of the same people are two events; other modes only inform. A
    report that says neither (no mode, no city where the parties met) may be either: an outlet's
    "the two ministers discussed" is often the call another outlet calls a call. Two sanctions of one pair with
    their modes stated apart are two measures ('expelled its diplomats' and 'broke off relations' the same day)."""
    if new.type in MEASURE_TYPES:
        modes = {m.mode for m in members if m.mode}
        if new.mode and modes and new.mode not in modes:
            v.disagreed.append("another measure")
            return False
        return True
    if new.type != "CONSULT":
        return True
    mine, theirs = how_held(new), (facts or Facts.of(members)).held
    if mine and theirs and mine not in theirs:
        v.disagreed.append("phone call vs meeting")
        return False
    return True


def how_held(m: Member) -> str | None:
    """'phone', 'in person' (a stated mode other than a call, or a city the parties met in), or None."""
    if m.mode == PHONE:
        return PHONE
    return "in person" if m.mode or city(m) else None


def weigh(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]], settings: Settings,
          exclude: set[str] = frozenset(), candidates: set[str] | None = None) -> list[Verdict]:
    """Every candidate weighed, the best first; those that a closer refusal bars are marked not ok.
    `candidates`: the report's `candidate_ids` when the caller searched them already (`candidates_of`)."""
    if candidates is None:
        candidates = candidate_ids(conn, new, settings)
    key = judge_key(new, settings)
    verdicts = [judge(members_of(e), new, settings, e, key) for e in sorted(candidates - exclude)]
    for v in verdicts:
        if v.ok and new.type == "CONSULT" and any(SUPERSET in a for a in v.agreed):
            v.ok, why = larger_meeting_may_join(conn, v, verdicts, new, members_of)
            if why:
                v.disagreed.append(why)
    verdicts.sort(key=lambda v: (-v.score, v.event_id))
    refused = [v for v in verdicts if not v.ok and v.parties]
    for v in verdicts:
        closer = next((r for r in refused if r.parties > v.parties), None)
        if v.ok and closer:
            v.ok = False
            v.disagreed.append(f"a closer candidate {closer.event_id} refused: {'; '.join(closer.disagreed)}")
    return verdicts


def larger_meeting_may_join(conn: sqlite3.Connection, v: Verdict, verdicts: list[Verdict], new: Member,
                            members_of: Callable[[str], list[Member]]) -> tuple[bool, str | None]:
    """A report naming more parties than a meeting record joins it only when nothing says the record
    is a smaller meeting of its own: not when the record's own document also reports a larger
    meeting, and not when the extra parties have a meeting record of their own (a trilateral report
    does not pair with one of two bilaterals held among its ministers)."""
    extra = v.reported - v.sides
    other = next((w for w in verdicts if w is not v and w.sides & extra and w.sides & v.sides
                  and not any(d.startswith("date:") for d in w.disagreed)), None)
    if other:
        return False, f"the extra parties meet in another record {other.event_id}"
    bigger = reported_beside(conn, members_of(v.event_id))
    if bigger:
        return False, f"the record is a smaller meeting reported beside a larger one ({bigger})"
    return True, None


def reported_beside(conn: sqlite3.Connection, members: list[Member]) -> str | None:
    """A document of the record that also reports a larger meeting of the same people: the record is
    then an explicit smaller meeting (a bilateral on the sidelines of a trilateral), and a report
    naming more parties belongs to the larger one. Returns that document."""
    parties = set().union(*(m.parties for m in members))
    keys = {m.key for m in members}
    docs = sorted({m.doc_id for m in members})
    rows = conn.execute(f"SELECT key, doc_id, parties FROM doc_events WHERE type = 'CONSULT' AND doc_id IN "
                        f"({','.join('?' * len(docs))})", docs)
    for key, doc_id, other in rows:
        if key not in keys and set(json.loads(other)) > parties:
            return doc_id
    return None


def new_event_reason(verdicts: list[Verdict], why: str | None = None, learned: dict[str, str] | None = None) -> dict:
    """Why a report founds an event: the candidates it was weighed against and what each disagreed
    on, and the persons it took from an earlier merge's learned alias."""
    reason: dict = {"rule": "new event", "candidates": len(verdicts)}
    if why:
        reason["why"] = why
    if learned:
        reason["agreed"] = [f"same person by learned alias ({LINK_REASON}): {a} = {b}"
                            for a, b in sorted(learned.items())]
    refused = [{"event": v.event_id, "score": round(v.score, 3), "disagreed": v.disagreed} for v in verdicts[:3]]
    if refused:
        reason["refused"] = refused
    return reason


def find_event(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]],
               exclude: set[str], settings: Settings) -> tuple[str | None, dict]:
    """The event `new` belongs to, and why; None when it founds a new event. `members_of` gives an
    event's earliest members; `exclude` holds events the document already reports (one document
    does not report one event twice)."""
    if new.date is None:
        return None, {"rule": "new event", "why": "undated: never merged"}
    verdicts = weigh(conn, new, members_of, settings, exclude)
    best = next((v for v in verdicts if v.ok), None)
    if best is None:
        return None, new_event_reason(verdicts)
    return best.event_id, best.reason()
