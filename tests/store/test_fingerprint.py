"""The near-duplicate fingerprint a worker sends (`parallel.for_store`): the store uses it instead of
hashing the text again, only when it was computed with the store's own settings, and stores the same
signature, bands and links either way."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from readout.api import extract_text
from readout.parallel import for_store
from readout.settings import Settings
from readout.store import neardup
from readout.store.db import Store
from readout.store.terms import body_of
from tests.store.test_store import MEETING_EN, MEETING_KO

DAY = date(2022, 6, 14)


def stored(tmp_path, name: str, batch, settings: Settings | None = None) -> dict:
    store = Store(str(tmp_path / name), settings=settings or Settings())
    store.save_batch(batch)
    minhash = dict(store.conn.execute("SELECT id, minhash FROM documents"))
    bands = sorted(tuple(r) for r in store.conn.execute("SELECT b.band, b.hash, d.id FROM doc_bands b"
                                                        " JOIN documents d ON d.terms_rowid = b.doc"))
    dups = sorted(tuple(r) for r in store.conn.execute("SELECT doc_id, duplicate_of FROM near_duplicates"))
    store.close()
    return {"minhash": minhash, "bands": bands, "dups": dups}


@pytest.mark.parametrize("text", [MEETING_KO, MEETING_EN])
def test_a_sent_fingerprint_stores_what_the_store_computes(tmp_path, text):
    full = [extract_text(text, "a.txt", DAY), extract_text(text + "\n\nOne more line.", "b.txt", DAY)]
    sent = [for_store(a, Settings()) for a in full]
    assert all(a.fingerprint is not None for a in sent)
    assert stored(tmp_path, "sent.db", sent) == stored(tmp_path, "full.db", full)
    assert stored(tmp_path, "again.db", sent)["dups"] == [("b.txt", "a.txt")]


def test_a_fingerprint_of_other_settings_is_computed_again(tmp_path):
    article = extract_text(MEETING_EN, "a.txt", DAY)
    other = for_store(article, Settings(minhash_permutations=64))
    mine = Settings()
    got = stored(tmp_path, "other.db", [other], mine)["minhash"]["a.txt"]
    assert got == neardup.signature(body_of(article), mine).tobytes()
    assert len(got) != len(other.fingerprint.minhash)


def test_a_fingerprint_of_the_same_settings_is_used_as_sent(tmp_path):
    """The store trusts the sent value (it does not hash the text again): a marked signature is stored."""
    article = extract_text(MEETING_EN, "a.txt", DAY)
    fp = neardup.fingerprint(body_of(article))
    marked = bytes([fp.minhash[0] ^ 1]) + fp.minhash[1:]
    sent = dataclasses.replace(article, fingerprint=dataclasses.replace(fp, minhash=marked))
    assert stored(tmp_path, "used.db", [sent])["minhash"]["a.txt"] == marked


def test_a_replaced_document_s_kept_signature_is_not_used_again(tmp_path):
    """Signatures read from the database are kept across batches (every copy of a story is weighed
    against its first copy); replacing that document forgets its signature: a later copy of its old
    text is no near-duplicate of it."""
    with Store(str(tmp_path / "r.db"), settings=Settings()) as store:
        store.save_batch([extract_text(MEETING_EN, "a.txt", DAY)])
        store.save_batch([extract_text(MEETING_EN + "\n\nOne more line.", "b.txt", DAY)])
        assert "a.txt" in store.signatures  # read once, kept for the next batches
        store.save_batch([extract_text(MEETING_KO, "a.txt", DAY)])  # a.txt replaced by another text
        assert "a.txt" not in store.signatures
        store.save_batch([extract_text(MEETING_EN + "\n\nAnother line.", "c.txt", DAY)])
        dups = dict(store.conn.execute("SELECT doc_id, duplicate_of FROM near_duplicates"))
    assert dups.get("c.txt") is None
