"""Candidates for merging: the records a report is weighed against come from `event_blocks` (one row
per event, block key and date), searched in a fixed date window around the report, so the cost grows
with the events of a few days, not with the corpus. A report is filed under its parties and, for a
meeting, under each party's country (as a state, or as a person's home), so that a state-level report
("China and Japan held talks") and the named report of the same meeting find each other. A
document's reports are searched in one statement.
"""
from __future__ import annotations

import functools
import json
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from readout.settings import Settings
from readout.store.merge_retold import retold_type

if TYPE_CHECKING:  # only for annotations: merge.py imports this module
    from readout.store.merge_members import Member

WEAK_BASES = {"published", None}  # a date not stated for the event: the report's own day
INFERRED = "narrative"  # a date taken from the story around the event (the previous sentence's day)
STATE_KEY = "state:"  # a block key: a country as a meeting's party ("China and Japan held talks")
PERSON_OF_KEY = "person of:"  # a block key: a person of that country as a meeting's party


def block_keys(m: Member) -> list[str]:
    """The `event_blocks` keys a report is filed under: its parties and, for a meeting, each party's
    country as a state or as a person's home, so a state-level report and a named one meet."""
    return sorted(set(m.parties) | {key for p, key in home_keys(m, STATE_KEY, PERSON_OF_KEY)})


def search_keys(m: Member) -> list[str]:
    """The keys a report's candidates are searched under: its parties and, for a meeting, the other
    level of each party's country (a state looks for persons of it, a person for the state), and a person the
    knowledge base does not know also looks for the known persons of its country (`unknown_keys`)."""
    return sorted(set(m.parties) | {key for p, key in home_keys(m, PERSON_OF_KEY, STATE_KEY)} | unknown_keys(m))


def unknown_keys(m: Member) -> set[str]:
    """For a meeting, the persons of each country of which the report names a person the knowledge base does not know
    (`Member.names`: its id made from its own surface form). Why: '알바레스 스페인 외교장관' (the surname and the title)
    and 'Jose Manuel Albares' get two ids that share no block, so the report never met the record whose person
    store/links.py would have linked it to; its country's persons are the only key both reports share."""
    if m.type != "CONSULT":
        return set()
    return {PERSON_OF_KEY + m.homes[p] for p in m.parties if p in m.names and p in m.homes}


def home_keys(m: Member, state: str, person: str) -> list[tuple[str, str]]:
    if m.type != "CONSULT":
        return []
    return [(p, (state if p in m.states else person) + m.homes[p]) for p in m.parties if p in m.homes]


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
    if new.voice is not None and new.type != "CONSULT":  # one speaker's statement dated by two stories (voice_lag)
        inferred = max(inferred, settings.merge_voice_lag_days)
    if new.basis not in WEAK_BASES and retold_type(new.type):  # a measure a later story retells, or the stated
        # report of one retold already (store/merge_retold.py): either may come first
        inferred = max(inferred, settings.merge_retold_window_days)
    days = date_windows(new.date, new.precision in ("month", "year"), new.basis in WEAK_BASES, tol, lookback, inferred)
    return [(new.type, key, a, b) for key in search_keys(new) for a, b in days]


@functools.lru_cache(maxsize=4096)
def date_windows(day: date, coarse: bool, weak: bool, tol: int, lookback: int,
                 inferred: int) -> tuple[tuple[str, str], ...]:
    """A report's day ranges as ISO strings, kept per day and kind: a run's reports share a few
    hundred days, and the strings were most of the search's Python cost."""
    lo = day - timedelta(days=max(tol + (lookback if weak else 0), inferred))
    hi = day + timedelta(days=max(tol + lookback, inferred))  # a report dated by its publication comes later
    if coarse:
        lo, hi = day.replace(day=1), day.replace(day=28) + timedelta(days=4)
    first = day.replace(day=1)
    return ((lo.isoformat(), hi.isoformat()),) + (() if lo <= first <= hi else ((first.isoformat(),) * 2,))


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


Range = tuple[str, str, str, str]  # a `block_ranges` item: type, key, first day, last day
Block = tuple[str, str, str, str]  # an `event_blocks` row: type, key, day, event id
MEMO_BLOCKS = 65536  # rows a memo remembers writing before starting afresh (a memory bound, like MEMO_RANGES)
MEMO_RANGES = 4096  # ranges a memo keeps before starting afresh (a memory bound, not a threshold: a writer
# used in one long transaction, as bench_merge does, would otherwise keep every range it ever searched)


class BlockMemo:
    """`candidates_of` for one writer within one transaction: each range searched once, then kept up to
    date with the blocks the writer writes (`wrote`). Why: the reports of a batch share most of their
    ranges (a day's news names the same parties in the same window), and the search's cost was its
    Python around the query (the ranges as JSON, a row per block found), not the index. Correct only
    while no one else writes `event_blocks`: the writer clears it when a transaction begins, when it
    moves blocks itself (`absorb`) and after a rollback."""

    def __init__(self) -> None:
        self.found: dict[Range, set[str]] = {}
        self.by_key: dict[tuple[str, str], list[tuple[str, str, set[str]]]] = defaultdict(list)
        self.written: set[Block] = set()  # rows this writer wrote to `event_blocks` in this transaction

    def clear(self) -> None:
        self.found.clear()
        self.by_key.clear()
        self.written.clear()

    def unwritten(self, blocks: list[Block]) -> list[Block]:
        """The rows among `blocks` this writer has not written in this transaction, each once. Why: the
        copies of a story file the same (type, key, day, event) rows over and over, and each `INSERT OR
        IGNORE` of a row already there still searched the table's index (a tenth of a report row's SQL);
        a row written earlier in the transaction is there (a rollback or an absorb clears the memo)."""
        written = self.written
        if len(written) > MEMO_BLOCKS:  # a memory bound: forgetting only costs statements that change nothing
            written.clear()
        fresh = [b for b in dict.fromkeys(blocks) if b not in written]
        written.update(fresh)
        return fresh

    def search(self, conn: sqlite3.Connection, news: list[Member], settings: Settings) -> list[set[str]]:
        """What `candidates_of` gives for these reports: ranges not searched before go to the
        database in one statement."""
        ranges = [block_ranges(new, settings) for new in news]
        missing = sorted({r for rs in ranges for r in rs if r not in self.found})
        if missing and len(self.found) + len(missing) > MEMO_RANGES:
            self.clear()
            missing = sorted({r for rs in ranges for r in rs})
        if missing:
            fresh: list[set[str]] = [set() for _ in missing]
            for i, event_id in conn.execute(BLOCK_SEARCH, (json.dumps([[i, *r] for i, r in enumerate(missing)]),)):
                fresh[i].add(event_id)
            for r, ids in zip(missing, fresh):
                self.found[r] = ids
                self.by_key[r[:2]].append((r[2], r[3], ids))
        return [set().union(*(self.found[r] for r in rs)) for rs in ranges]

    def wrote(self, blocks: list[tuple[str, str, str, str]]) -> None:
        """Rows (type, key, day, event id) just written to `event_blocks`: each joins the ranges kept
        that hold it."""
        for etype, key, day, event_id in blocks:
            for first, last, ids in self.by_key.get((etype, key), ()):
                if first <= day <= last:
                    ids.add(event_id)
