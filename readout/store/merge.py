"""Cross-document, cross-language merging: one record per real event.

Merging weighs evidence; few things veto. A report joins a record when the type is the same and the
parties agree (a report naming two of a trilateral's three ministers joins the trilateral; a report
naming more parties than a record joins it only when the extra is small beside what they share), and
its score (parties, dates, place, mode) reaches `merge_min_score`. Dates are compared within their
precision and basis: equal days agree; a month-precision date agrees with any day of that month; a
date taken from the publication (an undated report) agrees with the days its publication allows; one
day apart is a time zone (a call on Nov 1 in Washington is Nov 2 in Seoul), and a record whose stated
days already span a time zone takes reports of either day; two days both inferred from the story
(no day stated for the meeting) agree within `merge_inferred_window_days` for the same people
reported in one news cycle (published within `merge_published_lookback_days`). A
report that states neither a call nor a meeting (no mode, no city) may join either. Places count
only when both are cities; a different city lowers the score but does not veto, because one outlet's
place is often taken from a background clause.

What vetoes, because it says "a different event": two explicit days further apart than a time zone
(the same people meeting twice), two explicit days a day apart in one city (unless the record holds
both), a phone call against a meeting stated as such, parties that share too little, acts aimed at
different targets, and a smaller meeting whose day is only its story's (a side meeting told after
the larger one: "Meanwhile, two of them held talks with ..."). A report that a closer candidate (better party agreement) refused does not
fall back to a looser one: that is how a second meeting of a pair would otherwise join the
trilateral held beside the first.

Candidates come from `event_blocks` (one row per event, party and date): a fixed date window around
the report, so cost grows with the events of a few days, not with the corpus. Every decision's
evidence (what agreed, what disagreed, the score) is kept as the report's merge reason.

A person the knowledge base does not know, written in another script or spelling by a second outlet
(러트닉 beside Howard Lutnick), is linked to the record's person when the parties and date already
agree (`link_persons`); the link is written back as a learned alias with its reason (`learn_links`),
so a later document of the run takes that id before it is weighed (`learned_links`) and the next
run's resolver finds the name directly.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Callable

from readout.settings import Settings
from readout.store.links import (LINK_REASON, UNKNOWN_PERSON, learn_links, learned_links,  # noqa: F401
                                 link_persons, unknown_names)

WEAK_BASES = {"published", None}  # a date not stated for the event: the report's own day
INFERRED = "narrative"  # a date taken from the story around the event (the previous sentence's day)
PHONE = "phone"
OWN_PLACE = "text"  # a place basis: the event's own sentence (pipeline/consolidate.py OWN)
SUPERSET = "a larger meeting"
STATE_KEY = "state:"  # a block key: a country as a meeting's party ("China and Japan held talks")
PERSON_OF_KEY = "person of:"  # a block key: a person of that country as a meeting's party
REASON_MEMBERS = 5  # members whose date comparison a merge reason lists (the reason's format, not a threshold)


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
    names: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # unknown person -> name, country
    published: date | None = None  # the report's publication day: what dates a report whose day is inferred
    learned: dict[str, str] = field(default_factory=dict)  # unknown person -> the id an earlier link gave the name
    homes: dict[str, str] = field(default_factory=dict)  # person or country party -> its country code
    states: frozenset[str] = frozenset()  # parties that are countries (a state-level report's)
    place_basis: str | None = None  # where the place came from: the event's own sentence ("text") or elsewhere

    @property
    def date_shape(self) -> tuple:
        """Everything `date_evidence` reads of a report: two members of one shape get the same verdict
        against any report, so a record's members (often one wire story's many copies) are weighed
        once per shape."""
        return self.date, self.precision, self.basis, city(self), self.published

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Member":
        keys = row.keys()
        record = json.loads(row["record"]) if "record" in keys and row["record"] else {}
        return cls(row["key"], row["doc_id"], row["type"],
                   date.fromisoformat(row["date"]) if row["date"] else None, row["date_precision"],
                   row["date_basis"], json.loads(row["place"]) if row["place"] else None,
                   set(json.loads(row["parties"])), set(json.loads(row["recipients"])),
                   row["mode"] if "mode" in keys else None, unknown_names(record), published_day(record),
                   {}, *report_facts(record))


def report_facts(record: dict) -> tuple[dict[str, str], frozenset[str], str | None]:
    """What a member reads of its report's record beyond the row: each person or country party's
    country code and which parties are countries (what lets a state-level report, "China and Japan
    held talks", meet the named report of the same meeting), and where its place came from."""
    entities = [*record.get("actors", ()), *record.get("recipients", ())]
    homes = {e["id"]: e["country"] for e in entities if e.get("country") and e.get("kind") in ("person", "country")}
    states = frozenset(e["id"] for e in entities if e.get("kind") == "country" and e["id"] in homes)
    return homes, states, record.get("place_basis")


def block_keys(m: Member) -> list[str]:
    """The `event_blocks` keys a report is filed under: its parties and, for a meeting, each party's
    country as a state or as a person's home, so a state-level report and a named one meet."""
    return sorted(set(m.parties) | {key for p, key in home_keys(m, STATE_KEY, PERSON_OF_KEY)})


def search_keys(m: Member) -> list[str]:
    """The keys a report's candidates are searched under: its parties and, for a meeting, the other
    level of each party's country (a state looks for persons of it, a person for the state)."""
    return sorted(set(m.parties) | {key for p, key in home_keys(m, PERSON_OF_KEY, STATE_KEY)})


def home_keys(m: Member, state: str, person: str) -> list[tuple[str, str]]:
    if m.type != "CONSULT":
        return []
    return [(p, (state if p in m.states else person) + m.homes[p]) for p in m.parties if p in m.homes]


def as_states(theirs: frozenset[str] | set[str], mine: set[str], homes: dict[str, str],
              states: frozenset[str]) -> tuple[set[str], set[str], list[str]]:
    """Both sides' parties with every person of a country that either side names as a state taken as
    that state: a country party is shared with a named person of that country. Returns both sides and
    the states so matched (none: the sides unchanged)."""
    codes = {homes[p] for p in (*theirs, *mine) if p in states}
    persons = {p for p in (*theirs, *mine) if p not in states and homes.get(p) in codes}
    if not persons:
        return set(theirs), mine, []
    lift = lambda side: {STATE_KEY + homes[p] if homes.get(p) in codes else p for p in side}  # noqa: E731
    return lift(theirs), lift(mine), sorted(codes & {homes[p] for p in persons})


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
    names: dict[str, tuple[str, str | None]]  # unknown person -> name, country (later members win)
    stated_days: frozenset[date]  # days stated in the text
    shapes: list[tuple]  # each member's `date_shape`, in member order
    cities: frozenset[str]  # the cities members name
    held: frozenset[str]  # how members say the meeting was held (phone, in person)
    homes: dict[str, str] = field(default_factory=dict)  # every member's `homes`
    states: frozenset[str] = frozenset()  # every member's country parties
    first_of_shape: dict[tuple, Member] = field(default_factory=dict)  # each date shape's first member
    date_reads: dict[tuple, "DateRead"] = field(default_factory=dict)  # `dates_agree`'s readings, by report shape

    @classmethod
    def of(cls, members: list[Member]) -> "Facts":
        names: dict[str, tuple[str, str | None]] = {}
        homes: dict[str, str] = {}
        for m in members:
            names.update(m.names)
            homes.update(m.homes)
        shapes = [m.date_shape for m in members]
        first: dict[tuple, Member] = {}
        for m, shape in zip(members, shapes):
            first.setdefault(shape, m)
        return cls(frozenset().union(*(m.parties for m in members)),
                   frozenset().union(*(m.recipients for m in members)), names,
                   frozenset(m.date for m in members if m.basis == "text"), shapes,
                   frozenset(c for c in map(city, members) if c), frozenset(how_held(m) for m in members) - {None},
                   homes, frozenset().union(*(m.states for m in members)), first)


class Record(list):
    """An event's earliest members (a list) that keeps its `Facts` until a member is added."""

    facts_cache: Facts | None = None

    def append(self, member: Member) -> None:
        super().append(member)
        self.facts_cache = None

    @property
    def facts(self) -> Facts:
        if self.facts_cache is None:
            self.facts_cache = Facts.of(self)
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


class DateKind(str, Enum):
    """How two reports' dates relate: what `dates_agree` decides on (never the wording of the reason)."""

    UNDATED = "undated"
    SAME_DAY = "same day"
    SAME_PERIOD = "same month or year"  # a month- or year-precision date containing the other
    OTHER_PERIOD = "other month or year"
    PUBLISHED_WINDOW = "within the publication's lookback"  # one date is a report's publication day
    PUBLISHED_OUTSIDE = "outside the publication's lookback"
    TIME_ZONE = "one day apart: time zones"
    ONE_CITY = "days apart in one city, both stated"  # a time zone cannot explain it: unless the record holds both
    INFERRED = "both dates inferred from the story"  # agree only for one meeting of the same people
    APART = "days apart"


AGREEING = {DateKind.UNDATED, DateKind.SAME_DAY, DateKind.SAME_PERIOD, DateKind.PUBLISHED_WINDOW,
            DateKind.TIME_ZONE, DateKind.INFERRED}


@dataclass(frozen=True)
class DateEvidence:
    """Two reports' dates weighed: the kind of relation, its score, and the reason as stored."""

    kind: DateKind
    score: float
    why: str

    @property
    def ok(self) -> bool:
        return self.kind in AGREEING


def date_evidence(a: Member, b: Member, settings: Settings) -> DateEvidence:
    """Whether two reports' dates can be one event's (`ok`), how strongly they agree, and why."""
    if a.date is None or b.date is None:
        return DateEvidence(DateKind.UNDATED, 0.0, "undated")
    coarse = {a.precision, b.precision} & {"month", "year"}
    if coarse:
        unit = "month" if "year" not in coarse else "year"
        same = a.date.year == b.date.year and (unit == "year" or a.date.month == b.date.month)
        if same:
            return DateEvidence(DateKind.SAME_PERIOD, settings.merge_weight_coarse_date, f"same {unit}")
        return DateEvidence(DateKind.OTHER_PERIOD, 0.0, f"other {unit}")
    delta = (b.date - a.date).days
    tol, lookback = settings.merge_day_tolerance_cross_zone, settings.merge_published_lookback_days
    if delta == 0:
        return DateEvidence(DateKind.SAME_DAY, settings.merge_weight_same_day, "same day")
    weak_a, weak_b = a.basis in WEAK_BASES, b.basis in WEAK_BASES
    if weak_a != weak_b:  # one date is a publication day: the event came on or before it
        before = delta if weak_b else -delta  # days from the stated date to the publication
        why = f"published {before} days after the stated date"
        if -tol <= before <= lookback:
            return DateEvidence(DateKind.PUBLISHED_WINDOW, settings.merge_weight_near_date, why)
        return DateEvidence(DateKind.PUBLISHED_OUTSIDE, 0.0, why)
    if abs(delta) <= tol:
        if {a.basis, b.basis} == {"text"} and same_city(a, b):
            return DateEvidence(DateKind.ONE_CITY, 0.0, f"{abs(delta)} {DateKind.ONE_CITY.value}")
        return DateEvidence(DateKind.TIME_ZONE, settings.merge_weight_near_date, DateKind.TIME_ZONE.value)
    if a.basis == b.basis == INFERRED and abs(delta) <= settings.merge_inferred_window_days \
            and a.published and b.published and abs((a.published - b.published).days) <= lookback:
        return DateEvidence(DateKind.INFERRED, 0.0, f"{DateKind.INFERRED.value}, {abs(delta)} days apart,"
                                                    f" published within {lookback} days")
    return DateEvidence(DateKind.APART, 0.0, f"{abs(delta)} days apart")


def same_city(a: Member, b: Member) -> bool:
    return bool(city(a) and city(a) == city(b))


def city(m: Member) -> str | None:
    """A place that may be compared: a city (a country is often a background clause's) that stands in
    the event's own sentence (`place_basis`, pipeline/consolidate.py: a city filled from a visit
    sentence or another paragraph is often another meeting's; a report stored without a basis is
    not compared either)."""
    if m.place and m.place.get("precision") == "city" and m.place_basis == OWN_PLACE:
        return m.place.get("name")
    return None


def judge(members: list[Member], new: Member, settings: Settings, event_id: str = "") -> Verdict:
    """Weigh `new` against an event's (earliest) members."""
    v = Verdict(event_id, False, 0.0, 0.0)
    if not members:
        v.disagreed.append("no members")
        return v
    facts = facts_of(members)
    actors = facts.sides
    v.sides = set(actors)
    v.linked = link_persons(facts.names, new, actors)
    v.reported = {v.linked.get(p, p) for p in new.parties}
    v.agreed += [f"same person by phonetic key: {new.names[a][0]} = {b}" for a, b in sorted(v.linked.items())]
    v.agreed += [f"same person by learned alias ({LINK_REASON}): {a} = {b}" for a, b in sorted(new.learned.items())]
    if new.type == "CONSULT" and (facts.states or new.states):
        actors, v.reported, matched = as_states(actors, v.reported, {**facts.homes, **new.homes},
                                               facts.states | new.states)
        v.sides = set(actors)
        v.agreed += [f"state {code} stands for a named person of it" for code in matched]
    v.parties, why = party_evidence(new.type, actors, v.reported, settings)
    (v.agreed if v.parties else v.disagreed).append(why)
    if v.parties and new.type == "CONSULT" and new.basis == INFERRED and v.reported < actors:
        v.parties = 0.0  # 'Meanwhile, two of them held talks with ...' after the larger meeting's story
        v.disagreed.append("a smaller meeting dated only by its story: a side meeting, not the larger one")
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
    v.ok = bool(v.parties) and date_ok and mode_ok and v.score >= settings.merge_min_score
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


@dataclass(frozen=True)
class DateRead:
    """A record's members' dates weighed against one report's date: what `dates_agree` writes."""

    ok: bool
    score: float
    members: tuple[dict, ...]  # the first members' comparisons, as the reason keeps them
    disagreed: tuple[str, ...]  # each disagreeing member, in member order


def read_dates(members: list[Member], facts: Facts, new: Member, same_people: bool, settings: Settings) -> DateRead:
    """`new`'s date against every member's (members dated alike weighed once). Two exceptions to "every":
    a record whose stated days already span a time zone (one outlet's Seoul day beside another's
    Washington day) is not split by its second day's report being "a day apart in one city"; and dates
    both inferred from the story (no day stated for the event) agree within a window only for a meeting
    of the same people, because an inferred day is the story's, not the meeting's (countries' acts
    recur too often for a window to say "the same one")."""
    weighed: dict[tuple, tuple[bool, str, DateEvidence]] = {}
    for shape, m in facts.first_of_shape.items():
        seen = date_evidence(m, new, settings)
        ok, why = seen.ok, seen.why
        if seen.kind is DateKind.ONE_CITY and new.date in facts.stated_days:
            ok, why = True, f"{why}, but the record holds both days"
        if seen.kind is DateKind.INFERRED and not same_people:
            ok, why = False, f"{why}, but not one meeting of the same people"
        weighed[shape] = ok, why, seen
    kept = tuple({"with": m.key, "doc": m.doc_id, "date": weighed[shape][1],
                  "date_kind": weighed[shape][2].kind.name.lower()}
                 for m, shape in zip(members[:REASON_MEMBERS], facts.shapes))
    ok = all(ok for ok, _why, _seen in weighed.values())
    score = max((seen.score for ok, _why, seen in weighed.values() if ok), default=0.0)
    disagreed = () if ok else tuple(f"date: {weighed[shape][1]} ({m.doc_id})"
                                    for m, shape in zip(members, facts.shapes) if not weighed[shape][0])
    return DateRead(ok, score, kept, disagreed)


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


def mode_evidence(members: list[Member], new: Member, v: Verdict, facts: Facts | None = None) -> bool:
    """A phone call and a meeting of the same people are two events; other modes only inform. A
    report that says neither (no mode, no city where the parties met) may be either: an outlet's
    "the two ministers discussed" is often the call another outlet calls a call."""
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


# --- candidates --------------------------------------------------------------------------------------
def candidate_ids(conn: sqlite3.Connection, new: Member, settings: Settings) -> set[str]:
    """Events sharing a party with `new` within its date window (a fixed number of days: linear)."""
    return candidates_of(conn, [new], settings)[0]


def block_ranges(new: Member, settings: Settings) -> list[tuple[str, str, str, str]]:
    """The `event_blocks` ranges (type, key, first day, last day) holding one report's candidates: its
    date window under each of its `search_keys`, and the 1st of its month, where month-precision events
    sit. None when the report is undated (undated reports are never merged)."""
    if new.date is None or not new.parties:
        return []
    tol, lookback = settings.merge_day_tolerance_cross_zone, settings.merge_published_lookback_days
    inferred = settings.merge_inferred_window_days if new.basis == INFERRED and new.type == "CONSULT" else 0
    lo = new.date - timedelta(days=max(tol + (lookback if new.basis in WEAK_BASES else 0), inferred))
    hi = new.date + timedelta(days=max(tol + lookback, inferred))  # a report dated by its publication comes later
    if new.precision in ("month", "year"):
        lo, hi = new.date.replace(day=1), new.date.replace(day=28) + timedelta(days=4)
    first = new.date.replace(day=1)
    days = [(lo.isoformat(), hi.isoformat())] + ([] if lo <= first <= hi else [(first.isoformat(),) * 2])
    return [(new.type, key, a, b) for key in search_keys(new) for a, b in days]


BLOCK_SEARCH = ("SELECT j.value ->> 0, b.event_id FROM json_each(?) j CROSS JOIN event_blocks b"
                " WHERE b.type = j.value ->> 1 AND b.party = j.value ->> 2"
                " AND b.date BETWEEN j.value ->> 3 AND j.value ->> 4")  # one statement text: compiled once


def candidates_of(conn: sqlite3.Connection, news: list[Member], settings: Settings) -> list[set[str]]:
    """`candidate_ids` of each of a document's reports, in one query for the whole document: its
    ranges go as one JSON list into a statement of fixed text (a statement built per document was
    compiled again each time, most of the search's cost)."""
    found: list[set[str]] = [set() for _ in news]
    ranges = [[i, *r] for i, new in enumerate(news) for r in block_ranges(new, settings)]
    if ranges:
        for i, event_id in conn.execute(BLOCK_SEARCH, (json.dumps(ranges),)):
            found[i].add(event_id)
    return found


def weigh(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]], settings: Settings,
          exclude: set[str] = frozenset(), candidates: set[str] | None = None) -> list[Verdict]:
    """Every candidate weighed, the best first; those that a closer refusal bars are marked not ok.
    `candidates`: the report's `candidate_ids` when the caller searched them already (`candidates_of`)."""
    if candidates is None:
        candidates = candidate_ids(conn, new, settings)
    verdicts = [judge(members_of(e), new, settings, e) for e in sorted(candidates - exclude)]
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
