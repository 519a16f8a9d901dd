"""Cross-document, cross-language merging: one record per real event.

A document's event joins an existing event when the type is the same, the parties overlap enough, the
places do not disagree and the dates are compatible: equal; the same month where one is only known
to the month; or one day apart where time zones can explain it (a call on Nov 1 in Washington is
Nov 2 in Seoul) but never for two meetings in the same city on two days. Candidates come from an
index on (type, date): no all-pairs comparison, so cost grows with the events of a few days.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from readout.settings import SETTINGS


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

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Member":
        return cls(row["key"], row["doc_id"], row["type"],
                   date.fromisoformat(row["date"]) if row["date"] else None, row["date_precision"],
                   row["date_basis"], json.loads(row["place"]) if row["place"] else None,
                   set(json.loads(row["parties"])), set(json.loads(row["recipients"])))


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def dates_compatible(a: Member, b: Member) -> tuple[bool, str]:
    if a.date is None or b.date is None:
        return False, "undated"
    if "month" in (a.precision, b.precision) or "year" in (a.precision, b.precision):
        same = (a.date.year, a.date.month) == (b.date.year, b.date.month)
        return same, "same month"
    delta = abs((a.date - b.date).days)
    if delta == 0:
        return True, "same day"
    if delta <= SETTINGS.merge_day_tolerance_cross_zone:
        same_city = (a.place and b.place and a.place.get("precision") == "city"
                     and a.place.get("name") == b.place.get("name"))
        if not same_city:
            return True, "one day apart: time zones"
        if {a.basis, b.basis} != {"text"}:
            return True, "one day apart: one date is not stated in the text"
    return False, f"{delta} days apart"


def places_compatible(a: Member, b: Member) -> bool:
    if not a.place or not b.place:
        return True
    return not (a.place.get("country") and b.place.get("country") and a.place["country"] != b.place["country"])


def parties_match(a: Member, b: Member) -> float:
    """How much two reports agree on who acted (and on whom): 0 where they do not."""
    overlap = jaccard(a.parties, b.parties)
    if a.type != "CONSULT" and a.recipients and b.recipients and not a.recipients & b.recipients:
        return 0.0
    return overlap if overlap >= SETTINGS.merge_min_participant_jaccard else 0.0


def find_event(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]],
               exclude: set[str]) -> tuple[str | None, dict]:
    """The event `new` belongs to, and why; None when it founds a new event. Candidates come from
    `event_blocks` (one row per event, party and date, however many reports it has; a row left by a
    replaced document only adds a candidate that `judge` then refuses). `members_of` gives an event's
    earliest members; `exclude` holds events the document already reports (one document does not
    report one event twice)."""
    if new.date is None:
        return None, {"rule": "new event", "why": "undated: never merged"}
    lo = new.date - timedelta(days=SETTINGS.merge_day_tolerance_cross_zone)
    hi = new.date + timedelta(days=SETTINGS.merge_day_tolerance_cross_zone)
    if new.precision in ("month", "year"):
        lo, hi = new.date.replace(day=1), new.date.replace(day=28) + timedelta(days=4)
    month_first = new.date.replace(day=1).isoformat()
    parties = sorted(new.parties)  # block by party and date: cost does not grow with the corpus
    marks = ",".join("?" * len(parties))
    window = f"SELECT event_id FROM event_blocks WHERE type = ? AND party IN ({marks}) AND "
    event_ids = {r[0] for r in conn.execute(
        window + "date BETWEEN ? AND ? UNION " + window + "date = ?",  # month-precision events sit on the 1st
        [new.type, *parties, lo.isoformat(), hi.isoformat(), new.type, *parties, month_first])}
    best: tuple[float, str, dict] | None = None
    for event_id in sorted(event_ids - exclude):
        verdict = judge(members_of(event_id), new)
        if verdict and (best is None or verdict[0] > best[0]):
            best = (verdict[0], event_id, verdict[1])
    if best is None:
        return None, {"rule": "new event", "candidates": len(event_ids)}
    return best[1], best[2]


def judge(members: list[Member], new: Member) -> tuple[float, dict] | None:
    """Whether `new` is the same event as the event's (earliest) members."""
    if not members:
        return None
    score, reasons = 0.0, []
    for m in members:
        ok, why = dates_compatible(m, new)
        match = parties_match(m, new)
        if not ok or not match or not places_compatible(m, new):
            return None
        score = max(score, match)
        reasons.append({"with": m.key, "doc": m.doc_id, "date": why, "parties_jaccard": round(match, 3)})
    return score, {"rule": "same type, parties overlap, compatible date and place", "members": reasons[:5]}
