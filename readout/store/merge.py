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

from readout.kb.names import normalize
from readout.kb.phonetic import same_person, same_person_in_context
from readout.settings import Settings

WEAK_BASES = {"published", None}  # a date not stated for the event: the report's own day
INFERRED = "narrative"  # a date taken from the story around the event (the previous sentence's day)
PHONE = "phone"
SUPERSET = "a larger meeting"
UNKNOWN_PERSON = "per_p_"  # the id prefix of a person the knowledge base does not know (kb/phonetic.py)
LINK_REASON = "phonetic link"  # how an alias that merging learned starts its reason in the aliases table


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

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Member":
        keys = row.keys()
        record = json.loads(row["record"]) if "record" in keys and row["record"] else {}
        return cls(row["key"], row["doc_id"], row["type"],
                   date.fromisoformat(row["date"]) if row["date"] else None, row["date_precision"],
                   row["date_basis"], json.loads(row["place"]) if row["place"] else None,
                   set(json.loads(row["parties"])), set(json.loads(row["recipients"])),
                   row["mode"] if "mode" in keys else None, unknown_names(record), published_day(record))


def published_day(record: dict) -> date | None:
    sources = record.get("sources") or [{}]
    day = sources[0].get("published")
    return date.fromisoformat(day[:10]) if day else None


def unknown_names(record: dict) -> dict[str, tuple[str, str | None]]:
    """The name and country of each party the knowledge base does not know, from a report's record:
    what `link_persons` compares across scripts."""
    return {e["id"]: (e["name"], e.get("country")) for key in ("actors", "recipients")
            for e in record.get(key, ()) if e.get("id", "").startswith(UNKNOWN_PERSON)}


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
                "agreed": self.agreed, "disagreed": self.disagreed, "members": self.members[:5]}


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
    """A place that may be compared: city level (a country is often a background clause's)."""
    return m.place.get("name") if m.place and m.place.get("precision") == "city" else None


def judge(members: list[Member], new: Member, settings: Settings, event_id: str = "") -> Verdict:
    """Weigh `new` against an event's (earliest) members."""
    v = Verdict(event_id, False, 0.0, 0.0)
    if not members:
        v.disagreed.append("no members")
        return v
    actors = v.sides = set().union(*(m.parties for m in members))
    v.linked = link_persons(members, new, actors)
    v.reported = {v.linked.get(p, p) for p in new.parties}
    v.agreed += [f"same person by phonetic key: {new.names[a][0]} = {b}" for a, b in sorted(v.linked.items())]
    v.agreed += [f"same person by learned alias ({LINK_REASON}): {a} = {b}" for a, b in sorted(new.learned.items())]
    v.parties, why = party_evidence(new.type, actors, v.reported, settings)
    (v.agreed if v.parties else v.disagreed).append(why)
    if v.parties and new.type == "CONSULT" and new.basis == INFERRED and v.reported < actors:
        v.parties = 0.0  # 'Meanwhile, two of them held talks with ...' after the larger meeting's story
        v.disagreed.append("a smaller meeting dated only by its story: a side meeting, not the larger one")
    targets = set().union(*(m.recipients for m in members))
    if new.type != "CONSULT" and targets and new.recipients:
        if targets & new.recipients:
            v.agreed.append("same target")
        else:
            v.disagreed.append("other target")
            v.parties = 0.0
    date_ok, date_score = dates_agree(members, new, v, settings)
    place_score = place_evidence(members, new, v, settings)
    mode_ok = mode_evidence(members, new, v)
    v.score = v.parties + date_score + place_score
    v.ok = bool(v.parties) and date_ok and mode_ok and v.score >= settings.merge_min_score
    return v


def link_persons(members: list[Member], new: Member, actors: set[str]) -> dict[str, str]:
    """The report's parties unknown to the knowledge base that are the record's unknown parties
    written in another script or spelling (러트닉 = Howard Lutnick): the ids differ because each is
    made from its own surface form. A link needs one unique match; only parties not already shared
    are linked. Countries that differ refuse a link by surname, but not one by full name: a person's
    country is often read from a title that another country also uses ("State Secretary"), while
    two full names that transcribe into each other, beside a shared party on one day, are one person."""
    theirs: dict[str, tuple[str, str | None]] = {}
    for m in members:
        theirs.update(m.names)
    out: dict[str, str] = {}
    for pid in sorted(new.parties - actors):
        if pid not in new.names:
            continue
        name, country = new.names[pid]
        found = {tid for tid, (tname, tcountry) in theirs.items()
                 if tid in actors and tid not in new.parties and same_person_in_context(name, tname)
                 and (None in (country, tcountry) or country == tcountry or full_names_match(name, tname))}
        if len(found) == 1:
            out[pid] = found.pop()
    return out


def full_names_match(a: str, b: str) -> bool:
    """Both forms give a given name and a surname, and they transcribe into each other."""
    return min(len(a.split()), len(b.split())) > 1 and same_person(a, b)


def dates_agree(members: list[Member], new: Member, v: Verdict, settings: Settings) -> tuple[bool, float]:
    """Whether `new`'s date fits every member's, and the best date evidence. Two exceptions to "every":
    a record whose stated days already span a time zone (one outlet's Seoul day beside another's
    Washington day) is not split by its second day's report being "a day apart in one city"; and dates
    both inferred from the story (no day stated for the event) agree within a window only for a meeting
    of the same people, because an inferred day is the story's, not the meeting's (countries' acts
    recur too often for a window to say "the same one")."""
    date_ok, date_score = True, 0.0
    stated_days = {m.date for m in members if m.basis == "text"}
    for m in members:
        seen = date_evidence(m, new, settings)
        ok, why = seen.ok, seen.why
        if seen.kind is DateKind.ONE_CITY and new.date in stated_days:
            ok, why = True, f"{why}, but the record holds both days"
        if seen.kind is DateKind.INFERRED and (new.type != "CONSULT" or v.reported != v.sides):
            ok, why = False, f"{why}, but not one meeting of the same people"
        v.members.append({"with": m.key, "doc": m.doc_id, "date": why, "date_kind": seen.kind.name.lower()})
        date_ok, date_score = date_ok and ok, max(date_score, seen.score) if ok else date_score
        if not ok:
            v.disagreed.append(f"date: {why} ({m.doc_id})")
    if date_ok:
        v.agreed.append(f"dates agree (+{date_score:g})")
    return date_ok, date_score


def place_evidence(members: list[Member], new: Member, v: Verdict, settings: Settings) -> float:
    here = city(new)
    there = {c for c in map(city, members) if c}
    if not here or not there:
        return 0.0
    if here in there:
        v.agreed.append(f"same city {here}")
        return settings.merge_weight_same_city
    v.disagreed.append(f"city {here} vs {', '.join(sorted(there))}")
    return -settings.merge_penalty_other_city


def mode_evidence(members: list[Member], new: Member, v: Verdict) -> bool:
    """A phone call and a meeting of the same people are two events; other modes only inform. A
    report that says neither (no mode, no city where the parties met) may be either: an outlet's
    "the two ministers discussed" is often the call another outlet calls a call."""
    if new.type != "CONSULT":
        return True
    mine, theirs = how_held(new), {how_held(m) for m in members} - {None}
    if mine and theirs and mine not in theirs:
        v.disagreed.append("phone call vs meeting")
        return False
    return True


def how_held(m: Member) -> str | None:
    """'phone', 'in person' (a stated mode other than a call, or a city the parties met in), or None."""
    if m.mode == PHONE:
        return PHONE
    return "in person" if m.mode or city(m) else None


# --- learned aliases ------------------------------------------------------------------------------------
def name_forms(record: dict, person_id: str) -> list[str]:
    """The normalized name forms a report gives one of its parties (its name, and the surface forms a
    romanized Korean name came from): what a learned alias is keyed by, as the resolver looks it up."""
    forms = [f for e in (*record.get("actors", ()), *record.get("recipients", ())) if e.get("id") == person_id
             for f in (e.get("name"), *e.get("names", ()))]
    return list(dict.fromkeys(normalize(f) for f in forms if f and normalize(f)))


def learned_links(conn: sqlite3.Connection, record: dict) -> dict[str, str]:
    """The report's unknown persons whose name form an earlier merge already linked to another id (a
    Hangul rendering learned as the Latin spelling's alias): they take that id before any candidate
    is weighed, so a later document in the same run links directly, as the next run's resolver does
    through the same alias rows. A form learned for two different ids links nothing."""
    forms = {pid: name_forms(record, pid) for pid in sorted(unknown_names(record))}
    asked = sorted({f for fs in forms.values() for f in fs})
    if not asked:
        return {}
    held: dict[str, set[str]] = {}
    marks = ",".join("?" * len(asked))
    for form, person_id in conn.execute(f"SELECT form, person_id FROM aliases WHERE form IN ({marks}) AND reason LIKE ?",
                                        [*asked, LINK_REASON + "%"]):
        held.setdefault(form, set()).add(person_id)
    out: dict[str, str] = {}
    for pid, fs in forms.items():
        found = set().union(*(held.get(f, set()) for f in fs)) - {pid}
        if len(found) == 1:
            out[pid] = found.pop()
    return out


def learn_links(conn: sqlite3.Connection, doc_id: str, linked: list[tuple[dict, Verdict]]) -> dict[str, str]:
    """Write back what merging learned: each unknown person of the document that a verdict linked to a
    record's person (another script or spelling) gets every name form it was given here as an alias
    of that person, with the reason (the rule, both names, the event), and the document's mentions
    take that id. Returns the document-wide links (a person two verdicts link to different ids stays
    unlinked: the evidence disagrees)."""
    targets: dict[str, set[str]] = {}
    for _record, verdict in linked:
        for pid, tid in verdict.linked.items():
            targets.setdefault(pid, set()).add(tid)
    links = {pid: tids.pop() for pid, tids in targets.items() if len(tids) == 1}
    for record, verdict in linked:
        names = unknown_names(record)
        for pid, tid in sorted(verdict.linked.items()):
            if links.get(pid) != tid:
                continue
            why = f"{LINK_REASON}: {names[pid][0]} = {tid} in event {verdict.event_id} (same parties and date)"
            for form in name_forms(record, pid):
                held = conn.execute("SELECT person_id FROM aliases WHERE form = ?", (form,)).fetchone()
                if held is None or held[0] in (pid, tid):
                    conn.execute("INSERT OR REPLACE INTO aliases VALUES (?,?,?,?,?)",
                                 (form, tid, names[pid][0], doc_id, why))
    for pid, tid in sorted(links.items()):
        conn.execute("UPDATE mentions SET entity_id = ? WHERE doc = (SELECT terms_rowid FROM documents WHERE id = ?) "
                     "AND entity_id = ?", (tid, doc_id, pid))
    return links


# --- candidates --------------------------------------------------------------------------------------
def candidate_ids(conn: sqlite3.Connection, new: Member, settings: Settings) -> set[str]:
    """Events sharing a party with `new` within its date window (a fixed number of days: linear)."""
    if new.date is None or not new.parties:
        return set()
    tol, lookback = settings.merge_day_tolerance_cross_zone, settings.merge_published_lookback_days
    inferred = settings.merge_inferred_window_days if new.basis == INFERRED and new.type == "CONSULT" else 0
    lo = new.date - timedelta(days=max(tol + (lookback if new.basis in WEAK_BASES else 0), inferred))
    hi = new.date + timedelta(days=max(tol + lookback, inferred))  # a report dated by its publication comes later
    if new.precision in ("month", "year"):
        lo, hi = new.date.replace(day=1), new.date.replace(day=28) + timedelta(days=4)
    month_first = new.date.replace(day=1).isoformat()
    parties = sorted(new.parties)
    marks = ",".join("?" * len(parties))
    window = f"SELECT event_id FROM event_blocks WHERE type = ? AND party IN ({marks}) AND "
    return {r[0] for r in conn.execute(
        window + "date BETWEEN ? AND ? UNION " + window + "date = ?",  # month-precision events sit on the 1st
        [new.type, *parties, lo.isoformat(), hi.isoformat(), new.type, *parties, month_first])}


def weigh(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]], settings: Settings,
          exclude: set[str] = frozenset()) -> list[Verdict]:
    """Every candidate weighed, the best first; those that a closer refusal bars are marked not ok."""
    verdicts = [judge(members_of(e), new, settings, e) for e in sorted(candidate_ids(conn, new, settings) - exclude)]
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
