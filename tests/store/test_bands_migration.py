"""Migration 0018 (speed56): the near-duplicate band index as integers keyed by the document's number. A database
whose bands were written before it (hex digests, document names, a rowid table) opens with the same bands, finds the
same near-duplicates, and a replaced document's bands leave by the cascade from `documents`."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from readout.store.neardup import band_key

DAY = date(2026, 4, 2)
WIRE_EN = ("Foreign Minister Han Seo-yun met Chilean Foreign Minister Pablo Rojas in Busan on Thursday. "
           "The two ministers agreed to widen cooperation on lithium supply chains and fisheries.")
WIRE_KO = ("한서윤 외교부 장관은 2일 부산에서 파블로 로하스 칠레 외교장관과 회담했다.\n"
           "두 장관은 리튬 공급망과 수산업 협력을 넓히기로 합의했다.")

OLD_SCHEMA = """
    CREATE TABLE doc_bands_old (band INTEGER NOT NULL, hash TEXT NOT NULL, doc_id TEXT NOT NULL
                                REFERENCES documents(id) ON DELETE CASCADE);
    INSERT INTO doc_bands_old SELECT b.band, printf('%016x', b.hash), d.id FROM doc_bands b
        JOIN documents d ON d.terms_rowid = b.doc;
    DROP TABLE doc_bands;
    ALTER TABLE doc_bands_old RENAME TO doc_bands;
    CREATE INDEX doc_bands_lookup ON doc_bands(band, hash);
    CREATE INDEX doc_bands_doc ON doc_bands(doc_id);
    DROP INDEX documents_terms;
    CREATE INDEX documents_terms ON documents(terms_rowid);
    DELETE FROM migrations WHERE name = '0018_bands_by_number';
"""


def bands(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    return sorted(tuple(r) for r in conn.execute("SELECT b.band, b.hash, d.id FROM doc_bands b"
                                                 " JOIN documents d ON d.terms_rowid = b.doc"))


def old_database(path: str, text: str) -> list[tuple[int, int, str]]:
    """A database with one story stored, its bands then written back as a store before 0018 kept them;
    returns the bands the current store wrote."""
    with Store(path) as store:
        store.save(extract_text(text, "wire.txt", DAY))
        written = bands(store.conn)
        for statement in OLD_SCHEMA.split(";"):
            if statement.strip():
                store.conn.execute(statement)
        assert tuple(store.conn.execute("SELECT typeof(hash) FROM doc_bands LIMIT 1").fetchone()) == ("text",)
    return written


@pytest.mark.parametrize("text", [WIRE_EN, WIRE_KO])
def test_an_old_band_index_migrates_to_the_same_bands(tmp_path, text):
    path = str(tmp_path / "r.db")
    written = old_database(path, text)
    assert len(written) == 32
    with Store(path) as migrated:
        assert bands(migrated.conn) == written
        (copy,) = migrated.save_batch([extract_text(text + "\n(Reposted.)", "copy.txt", DAY)])
        assert copy.near_duplicate_of == "wire.txt"


@pytest.mark.parametrize("text, other", [(WIRE_EN, WIRE_KO), (WIRE_KO, WIRE_EN)])
def test_a_replaced_document_s_bands_leave_by_the_cascade(tmp_path, text, other):
    path = str(tmp_path / "r.db")
    old_database(path, text)
    with Store(path) as migrated:
        before = {h for _b, h, _d in bands(migrated.conn)}
        (changed,) = migrated.save_batch([extract_text(other, "wire.txt", DAY)])
        after = bands(migrated.conn)
        assert changed.status == "replaced" and {d for _b, _h, d in after} == {"wire.txt"}
        assert not before & {h for _b, h, _d in after}  # none of the old version's bands is left
        assert migrated.conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("digest, key", [
    (bytes(8), 0),
    (bytes([0x7f] + [0xff] * 7), 2 ** 63 - 1),
    (bytes([0x80] + [0] * 7), -2 ** 63),
    (bytes([0xff] * 8), -1),
])
def test_a_band_digest_is_a_signed_64_bit_integer(digest, key):
    assert band_key(digest) == key
    assert int.from_bytes(bytes.fromhex(digest.hex()), "big", signed=True) == key  # what 0018 reads from hex
