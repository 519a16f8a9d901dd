"""Writing events: each document's events join (or found) merged events, and merged records are
composed from their members.

Why composing is deferred: a merged record holds every report's source entry, so rebuilding it on
each new report costs O(reports) each time and O(reports^2) per event. Instead a new report marks its
event `dirty`, and `compose_dirty` rebuilds each dirty event once (the run calls it every
`compose_every_docs` documents and at its end). A newly founded event is composed at once from its
single report, so readers never see an event without a record.
"""
from __future__ import annotations

import json
import sqlite3

from readout.records import compose_event, document_record
from readout.model import Article
from readout.settings import Settings
from readout.store.merge_accords import read_matter
from readout.store import merge
from readout.store.blocks import BlockMemo, block_keys
from readout.store.copies import (Copies, Reuse, anchor_of, copy_lean, copy_reason, report_facts, row_facts,
                                  shifted_lean, stored_facts)
from readout.store.links import learn_links, learned_links_of, links_exist
from readout.store.merge_verdict import mark_taken
from readout.store.merge_voices import voice_text
from readout.store.prepared import event_facts, prepared_of
from readout.store.bounded import BoundedCache
from readout.store.deferred import writer_of
from readout.store.event_rows import (BLOCKS_SQL, DOC_EVENTS_SQL, dumps, id_list, iso, link, now, own_sources,
                                      own_values, packed_reason)
from readout.store.lean import (DERIVED, EXPAND_COLUMNS, Entities, LeanTemplate, compact, expand_row, lean_event,
                                needed_refs, swap_entities)
from readout.store.lean import dumps as lean_dumps  # compact JSON for report rows


class EventWriter:
    """Inserts per-document events and merges them; keeps, per event, the earliest members that a
    new report is judged against, so judging does not re-read them from the database."""

    def __init__(self, conn: sqlite3.Connection, settings: Settings):
        self.conn = conn
        self.settings = settings
        self.write = writer_of(conn)  # rows held to the batch's end by the store's connection (store/deferred.py)
        self.members: BoundedCache = BoundedCache(settings.store_cache_entries)  # event id -> its earliest members
        self.entities = Entities(conn, settings.store_cache_entries)  # parties and places of report rows
        self.dirty: set[str] = set()  # events flagged in this transaction (the store clears it per batch)
        self.links_known: bool | None = None  # whether the database holds a learned link (None: not asked yet)
        self.blocks = BlockMemo()  # this transaction's candidate searches (the store clears it per batch)
        self.copies = Copies(settings.store_cache_entries)  # first copies of stories, whose verdicts copies take

    def forget(self, event_ids: set[str] | None = None) -> None:
        """Drop cached members (of some events, or all after a rollback)."""
        if event_ids is None:
            self.links_known = None
            self.blocks.clear()
            self.members.clear()
            self.entities.forget()
            self.dirty.clear()
        for event_id in event_ids or ():
            self.members.pop(event_id, None)

    def members_of(self, event_id: str) -> list[merge.Member]:
        cached = self.members.get(event_id)
        if cached is None:
            rows = self.conn.execute(
                "SELECT de.*, json_extract(de.record, '$.mode') AS mode, " + EXPAND_COLUMNS + " AS evidence"
                " FROM doc_events de JOIN documents d ON d.id = de.doc_id WHERE de.event_id = ?"
                " ORDER BY de.rowid LIMIT ?", (event_id, self.settings.merge_members_checked)).fetchall()
            cached = merge.Record(merge.Member.from_row(self.full_row(r)) for r in rows)
            if len(rows) == self.settings.merge_members_checked:
                cached.note(self.named_later(event_id))
            self.members[event_id] = cached
        return cached

    def named_later(self, event_id: str) -> merge.Named:
        """The persons (by country) that the event's reports beyond its earliest members name: all that
        judging reads of them (`merge_states.other_persons`). Read when the event's members are read
        again, which the cache makes rare."""
        named: merge.Named = {}
        for actors, recipients, parties in self.conn.execute(
                "SELECT json_extract(record, '$.actors'), json_extract(record, '$.recipients'), parties"
                " FROM doc_events WHERE event_id = ? AND type = 'CONSULT' ORDER BY rowid LIMIT -1 OFFSET ?",
                (event_id, self.settings.merge_members_checked)):
            entities = [self.entities.shared(e) if isinstance(e, int) else e
                        for e in [*json.loads(actors or "[]"), *json.loads(recipients or "[]")]]
            homes, states, _basis, _status = merge.report_facts({"actors": entities})
            merge.add_named(named, merge.named_by_country(set(json.loads(parties)), homes, states))
        return named

    def full_row(self, row: sqlite3.Row) -> dict:
        """A report row with its record in full form (what merge.Member.from_row reads)."""
        out = {k: row[k] for k in row.keys()}
        record = expand_row(row["record"], row["url"], row["evidence"], self.entities)
        out["record"] = json.dumps(record)
        if out["place"] is None and record.get("location"):  # the place is the record's location
            out["place"] = json.dumps(record["location"])
        return out

    def insert(self, article: Article, copy_of: str | None = None) -> tuple[int, set[str]]:
        """Store the article's events; return how many joined another document's event, and the
        events they joined or founded. The document's events are placed together, best evidence
        first: a bilateral held beside a trilateral takes the bilateral record even when the
        trilateral would also have had it, because one document never reports one event twice.
        `copy_of`: the first stored copy of the article's story (the near-duplicate link), whose verdicts
        the article's reports take when they state its facts (store/copies.py)."""
        items, leans = self.reports(article)
        self.copies.forget(article.id)
        anchor = anchor_of([record for _e, record, _m in items])  # offsets counted from the story's start
        facts = [report_facts(event, record, member.learned, anchor) for event, record, member in items]
        reused = self.copies.reused(self.conn, copy_of, facts, anchor)
        if reused is None and copy_of and copy_of not in self.copies.originals \
                and not any(member.learned for _e, _r, member in items):  # an original stored by an earlier run
            reused = self.copies.reused_stored(self.conn, self.entities, copy_of,
                                               [stored_facts(row_facts(e, m), r, anchor) for e, r, m in items], anchor)
        if reused is not None:
            return self.insert_copy(article, copy_of or "", items, leans, reused)
        if copy_of is None:  # a first copy: its later copies may take its verdicts
            self.copies.remember(article.id, [member.key for _e, _r, member in items], facts, anchor)
        return self.insert_weighed(article, items, leans)

    def reports(self, article: Article) -> tuple[list[tuple], list]:
        """The article's reports as (event facts, record, member), the learned links applied, and each report
        row's lean JSON with holes when a worker made it (else None)."""
        items = []
        prepared = prepared_of(article)
        if prepared:  # copies of what merging changes (sources; `link` copies the parties it changes)
            events, records = prepared.events, [{**r, "sources": [dict(s) for s in r["sources"]]}
                                                for r in prepared.records]
        else:
            events, records = event_facts(article), [document_record(e, article) for e in article.events]
        leans = (prepared.leans if prepared and prepared.leans and len(prepared.leans) == len(records)
                 else [None] * len(records))  # each report row's lean JSON with holes, made by the worker
        learned = self.learned_links_of(records)  # names an earlier merge linked
        for event, record, known in zip(events, records, learned):
            etype, day, precision, basis, mode, voice, local, measure = event
            key = record["id"].removeprefix("ev_")
            member = merge.Member(key, article.id, etype, day if precision else None,
                                  precision, basis, record["location"],
                                  {a["id"] for a in record["actors"]}, {a["id"] for a in record["recipients"]},
                                  mode, merge.unknown_names(record), merge.published_day(record),
                                  {}, *merge.report_facts(record))
            member.learned, member.voice, member.window = known, voice, merge.record_window(record)
            member.measure = measure
            member.clock, member.makers = merge.clock_of(record, bool(local)), merge.read_makers(record)
            member.matter, member.local_clock = read_matter(record), merge.local_clock(record, bool(local))
            link(member, record, member.learned)
            items.append((event, record, member))
        return items, leans

    def insert_weighed(self, article: Article, items: list[tuple], leans: list) -> tuple[int, set[str]]:
        """`insert` for reports weighed against the records their candidates found."""
        found = self.blocks.search(self.conn, [item[2] for item in items], self.settings)  # nothing written yet
        items = [(event, record, member, merge.weigh(self.conn, member, self.members_of, self.settings,
                                                     candidates=candidates) if member.date else [])
                 for (event, record, member), candidates in zip(items, found)]
        chosen: dict[int, merge.Verdict] = {}
        taken: set[str] = set()
        offers = sorted(((i, v) for i, item in enumerate(items) for v in item[3] if v.ok),
                        key=lambda o: (-o[1].score, o[0], not merge.spoken_alike(o[1]), o[1].event_id))
        for i, v in offers:
            if i not in chosen and v.event_id not in taken:
                chosen[i] = v
                taken.add(v.event_id)
        links = learn_links(self.conn, article.id, [(items[i][1], v) for i, v in sorted(chosen.items())])
        self.links_known = self.links_known or bool(links)
        for _event, record, member, _verdicts in items:  # one person throughout the document
            link(member, record, links)
        for i, verdict in sorted(chosen.items()):
            member, verdicts = items[i][2], items[i][3]
            for other in self.bridged(member, verdict, verdicts, taken):
                self.absorb(verdict.event_id, other.event_id)
                verdict.agreed.append(f"joint act: absorbed {other.event_id}, whose sides this report names too")
                taken.add(other.event_id)
        merged, joined, dirty = 0, set(), set()
        rows: list[tuple] = []  # the document's report rows and blocks, written together after its events
        blocks: list[tuple] = []
        for i, (event, record, member, verdicts) in enumerate(items):
            verdict = chosen.get(i)
            if verdict is None:
                event_id = "ev_" + member.key
                reason = merge.new_event_reason(mark_taken(verdicts, taken),
                                                None if member.date else "undated: never merged", member.learned)
                self.found(event_id, record, article)
            else:
                event_id, reason = verdict.event_id, verdict.reason_json(packed_reason)
                merged += 1
                dirty.add(event_id)
            template = None if member.learned or links else leans[i]  # a linked record changed since it was made
            rows.append(self.member_row(member, record, event_id, reason, int(event[6]), article,  # its local time
                                        template))
            blocks += self.block_rows(member, event_id)
            joined.add(event_id)
        self.write_members(rows, blocks)
        self.mark_dirty(dirty)
        return merged, joined

    def insert_copy(self, article: Article, original_id: str, items: list[tuple], leans: list,
                    reused: list[Reuse]) -> tuple[int, set[str]]:
        """`insert` for a copy whose reports state its first copy's facts (`copies.reused`): each dated report
        joins the record its original report is in, its row's lean JSON the original's with its own id and
        document (`copies.copy_lean`; a copy with shifted offsets: its own sources, `copies.shifted_lean`); an undated
        report founds its own record, as a weighed one does (undated: never merged)."""
        merged, joined, dirty = 0, set(), set()
        rows: list[tuple] = []
        blocks: list[tuple] = []
        for (event, record, member), lean, (original_key, original_event, original_lean, shift) in zip(
                items, leans, reused):
            if not member.date:
                event_id = "ev_" + member.key
                self.found(event_id, record, article)
                reason = packed_reason(merge.new_event_reason([], "undated: never merged", member.learned))
            else:
                event_id, reason = original_event, packed_reason(copy_reason(original_id, original_key, original_event))
                merged += 1
                dirty.add(event_id)
            made = shifted_lean(original_lean, original_id, original_key, record, article.url, article.text, shift) \
                if shift else \
                copy_lean(original_lean, original_id, original_key, article.id, member.key)
            row = self.member_row(member, record, event_id, reason, int(event[6]), article,
                                  None if member.learned else lean, made)
            rows.append(row)
            blocks += self.block_rows(member, event_id)
            joined.add(event_id)
        self.write_members(rows, blocks)
        self.mark_dirty(dirty)
        return merged, joined

    def learned_links_of(self, records: list[dict]) -> list[dict[str, str]]:
        """store/links.py's `learned_links_of`, without asking when the database holds no learned link at all
        (asked once per transaction: `links_known` is reset with each batch, when another writer may
        have added one)."""
        if self.links_known is None:
            self.links_known = links_exist(self.conn)
        return learned_links_of(self.conn, records) if self.links_known else [{} for _ in records]

    def bridged(self, member: merge.Member, chosen: merge.Verdict, verdicts: list[merge.Verdict],
                taken: set[str]) -> list[merge.Verdict]:
        """Records of one act that a report naming all their sides joins together: South Korea's
        condemnation and the United States' of one launch, then a report that both condemned it.
        Meetings never bridge: a trilateral report does not fuse two bilaterals."""
        if member.type == "CONSULT":
            return []
        def sides(event_id: str) -> frozenset[str]:  # every member's parties, as the record's facts keep them
            return merge.facts_of(self.members_of(event_id)).sides
        if not sides(chosen.event_id) < member.parties:
            return []
        return [v for v in verdicts if v.ok and v.event_id != chosen.event_id and v.event_id not in taken
                and sides(v.event_id) < member.parties]

    def absorb(self, keep: str, gone: str) -> None:
        """Move every report of event `gone` to event `keep` (one record from then on)."""
        self.conn.execute("UPDATE doc_events SET event_id = ? WHERE event_id = ?", (keep, gone))
        self.conn.execute("INSERT OR IGNORE INTO event_blocks SELECT type, party, date, ? FROM event_blocks"
                          " WHERE event_id = ?", (keep, gone))
        self.conn.execute("DELETE FROM event_blocks WHERE event_id = ?", (gone,))
        self.blocks.clear()  # the searches kept name `gone`
        self.conn.execute("DELETE FROM event_parties WHERE event_id = ?", (gone,))
        self.conn.execute("DELETE FROM events WHERE id = ?", (gone,))
        self.forget({keep, gone})
        self.mark_dirty({keep})

    def insert_member(self, member: merge.Member, record: dict, event_id: str, reason: dict,
                      local_time: int, article: Article | None = None) -> None:
        """One report row and its blocks (`member_row`, `block_rows`), written now."""
        self.write_members([self.member_row(member, record, event_id, reason, local_time, article)],
                           self.block_rows(member, event_id))

    def member_row(self, member: merge.Member, record: dict, event_id: str, reason: dict | bytes,
                   local_time: int, article: Article | None = None, template: LeanTemplate | None = None,
                   lean_text: str | None = None) -> tuple:
        """One report's `doc_events` row, its record in lean form (store/lean.py: what the document row
        holds is dropped only when `article`, the report's document, is given; `reason` as a dict or
        already packed, `packed_reason`); the report joins its event's cached members at once (the row is written
        with the document's others). `template`: the record's lean JSON as the worker made it against the
        same document (`lean.lean_template`), only the entity ids to fill in; the same text as made here.
        `lean_text`: the row's lean JSON already made (a copy's, from its original's row: `copies.copy_lean`)."""
        if lean_text is None or article is None:
            lean_text = template.fill(self.entities.ref_known) if template is not None and article is not None \
                else lean_dumps(compact(record, self.entities, *((article.url, article.text) if article else (None, None))))
        cached = self.members.get(event_id)
        if cached is not None and len(cached) < self.settings.merge_members_checked:
            cached.append(member)
        elif cached is not None and member.type == "CONSULT" and member.homes:
            cached.note(merge.named_by_country(member.parties, member.homes, member.states))
        return (member.key, member.doc_id, member.type, iso(member.date), member.precision, member.basis, local_time,
                dumps(member.place) if member.place and member.place != record.get("location") else None,
                id_list(member.parties), id_list(member.recipients), lean_text, event_id,
                reason if isinstance(reason, bytes) else packed_reason(reason), voice_text(member.voice), member.measure)

    @staticmethod
    def block_rows(member: merge.Member, event_id: str) -> list[tuple]:
        """The report's `event_blocks` rows: none when undated (undated reports are never merged); a
        meeting is also filed under its parties' countries (`blocks.block_keys`)."""
        if not member.date:
            return []
        day = member.date.isoformat()
        return [(member.type, party, day, event_id) for party in block_keys(member)]

    def write_members(self, rows: list[tuple], blocks: list[tuple]) -> None:
        """A document's report rows and blocks (after its events exist: the rows reference them), held to
        the batch's end when the store defers them (store/deferred.py); block rows this transaction wrote
        already are not written again (`BlockMemo.unwritten`), nor handed to the memo again."""
        self.write("doc_events", DOC_EVENTS_SQL, rows)
        blocks = self.blocks.unwritten(blocks)
        if blocks:
            self.write("event_blocks", BLOCKS_SQL, blocks)
            self.blocks.wrote(blocks)

    def found(self, event_id: str, record: dict, article: Article | None = None) -> None:
        """A new event, composed at once from its first report. (Its id can exist already when a
        replaced document founds again an event that other reports had joined: then it is rebuilt.)
        `article`, the report's document: its url and text are what the stored record's sources leave
        out, so the database is not asked for the document row just written (`own_values`)."""
        created = self.conn.execute(
            "INSERT OR IGNORE INTO events (id, type, date, date_precision, record, n_sources, updated_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (event_id, record["type"], record["date"], record["date_precision"], "{}", 0, now())).rowcount
        self.members.pop(event_id, None)
        if created:
            self.write_record(compose_event(event_id, [record]), own_values(record, article), fresh=True)
        else:
            self.mark_dirty({event_id})

    def mark_dirty(self, event_ids: set[str]) -> None:
        """Flag events to compose again; events this writer flagged since the last compose are skipped
        (most reports join an event already flagged)."""
        fresh = sorted(e for e in event_ids if e not in self.dirty)
        if fresh:  # most calls have none: no statement then
            self.conn.executemany("UPDATE events SET dirty = 1 WHERE id = ? AND dirty = 0", [(e,) for e in fresh])
            self.dirty.update(fresh)

    def compose_dirty(self) -> int:
        """Rebuild every event whose members changed since it was composed; return how many."""
        self.dirty.clear()
        ids = [r[0] for r in self.conn.execute("SELECT id FROM events WHERE dirty = 1 ORDER BY id")]
        for event_id in ids:
            self.recompose(event_id)
        return len(ids)

    def recompose(self, event_id: str) -> None:
        """Compose an event again from its report rows. Their sources stay lean (`lean.compact` left out
        what each report's document row gives back, which is what the stored record leaves out too), so
        the documents' texts are not read, nor the sources expanded only to be made lean again: that
        round trip was a third of composing. A row whose sources are another document's (rows written
        by hand) takes the full round trip (`recompose_expanded`)."""
        rows = self.conn.execute("SELECT record, doc_id FROM doc_events WHERE event_id = ? ORDER BY doc_id, key",
                                 (event_id,)).fetchall()
        if not rows:
            self.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            self.members.pop(event_id, None)
            return
        leans = [json.loads(record) for record, _doc in rows]
        if not all(own_sources(lean, doc) for lean, (_record, doc) in zip(leans, rows)):
            self.recompose_expanded(event_id)
            return
        self.entities.load([ref for lean in leans for ref in needed_refs(lean)])
        # parties and places shared, not copied: composing copies what it keeps and changes none
        self.write_record(compose_event(event_id, [swap_entities(lean, int, self.entities.shared) for lean in leans]),
                          lean=True)

    def recompose_expanded(self, event_id: str) -> None:
        """`recompose` through each report's full record (sources with their documents' values)."""
        rows = self.conn.execute("SELECT de.record, " + EXPAND_COLUMNS + ", de.doc_id FROM doc_events de"
                                 " JOIN documents d ON d.id = de.doc_id WHERE de.event_id = ?"
                                 " ORDER BY de.doc_id, de.key", (event_id,)).fetchall()
        known: dict = {}  # each report's document values, so storing the record asks no more of the database
        # parties and places shared, not copied: composing copies what it keeps and changes none
        reports = [expand_row(*r[:3], self.entities, known, r[3], shared=True) for r in rows]
        self.write_record(compose_event(event_id, reports), known)

    def write_record(self, record: dict, known: dict | None = None, lean: bool = False, fresh: bool = False) -> None:
        """Store a composed record; `known` holds its sources' document values when the caller read them;
        `lean`: its sources are lean already (`recompose`), stored as they are; `fresh`: founded just now."""
        self.dirty.discard(record["id"])
        self.mark_duplicate_sources(record, fresh)
        loc = record["location"] or {}
        self.conn.execute("UPDATE events SET type = ?, date = ?, date_precision = ?, record = ?, n_sources = ?,"
                          " updated_at = ?, mode = ?, status = ?, place = ?, place_country = ?, dirty = 0"
                          " WHERE id = ?",
                          (record["type"], record["date"], record["date_precision"],
                           json.dumps(record, ensure_ascii=False) if lean else lean_event(self.conn, record, known),
                           record["n_sources"], now(), record["mode"], record["status"], loc.get("name"),
                           loc.get("country"), record["id"]))
        self.conn.execute("DELETE FROM event_parties WHERE event_id = ?", (record["id"],))
        self.conn.executemany("INSERT INTO event_parties VALUES (?,?,?,?,?,?)",
                              [(record["id"], e["id"], e["kind"], e["name"], e.get("country"), side)
                               for side, key in (("actor", "actors"), ("recipient", "recipients"))
                               for e in record[key]])

    def mark_duplicate_sources(self, record: dict, fresh: bool = False) -> None:
        """Sources that are near-duplicates of another source count once as evidence. `fresh`: founded just
        now, so no report row names it yet (nothing to ask, nor held rows to write first: store/deferred.py)."""
        docs = {s["doc"] for s in record["sources"]}
        marks = {} if fresh else dict(self.conn.execute(
            "SELECT DISTINCT nd.doc_id, nd.duplicate_of FROM near_duplicates nd JOIN doc_events de"
            " ON de.doc_id = nd.doc_id WHERE de.event_id = ?", (record["id"],)).fetchall())
        for s in record["sources"]:
            if marks.get(s["doc"]) in docs:
                s["near_duplicate_of"] = marks[s["doc"]]
                if DERIVED in s:  # a lean source lists what it left out last, as `lean.lean_source` writes it
                    s[DERIVED] = s.pop(DERIVED)
        record["n_sources"] = sum(1 for s in record["sources"] if "near_duplicate_of" not in s)
