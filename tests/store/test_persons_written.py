"""A person named again the same way is not written again (`Store.insert_mentions` remembers the
persons and surfaces it handled), and what is stored equals what writing every mention stores."""
from __future__ import annotations

import json

import pytest

from readout.model import Article, Entity
from readout.store.db import Store
from readout.store.prepared import Prepared


def document(doc_id: str, *persons: tuple[Entity, str]) -> Article:
    article = Article(doc_id, "A text of our own.")
    article.prepared = Prepared("", b"", "[]", "[]", "[]", [], [], [], list(persons))
    return article


def kim(*names: str) -> Entity:
    return Entity("person", "per_p_kimdoe", "Kim Doe", list(names), "KOR", None, None, "variant rule")


MENTIONS = [  # each document's (person, surface) pairs
    [(kim("Kim Doe"), "Kim"), (kim("Kim Doe"), "Kim")],
    [(kim("Kim Doe"), "Kim"), (kim("Kim Doe", "김도"), "김도")],  # a new name form: the row grows
    [(kim("Kim Doe"), "Kim Doe"), (kim("Kim Doe"), "Mr Kim")],
]


def stored(store: Store) -> tuple:
    persons = [tuple(r) for r in store.conn.execute("SELECT * FROM persons ORDER BY id")]
    aliases = [tuple(r) for r in store.conn.execute("SELECT * FROM aliases ORDER BY form")]
    return persons, aliases


@pytest.mark.parametrize("forget_between", [False, True])
def test_persons_and_aliases_equal_those_of_writing_every_mention(tmp_path, forget_between):
    with Store(str(tmp_path / "a.db")) as store:
        for i, persons in enumerate(MENTIONS):
            store.insert_mentions(document(f"d{i}", *persons), i)
            if forget_between:
                store.forget()  # what a rollback does: every mention is handled again
        got = stored(store)
    with Store(str(tmp_path / "b.db")) as plain:
        for i, persons in enumerate(MENTIONS):
            for e, surface in persons:
                plain.upsert_person(e)
                plain.record_alias(surface, e, f"d{i}")
        want = stored(plain)
    assert got == want
    persons, aliases = got
    assert json.loads(persons[0][2]) == ["Kim Doe", "김도"]
    assert {a[0] for a in aliases} == {"kim", "김도", "mrkim"}


def test_a_person_named_again_the_same_way_is_not_handled_again(tmp_path, monkeypatch):
    with Store(str(tmp_path / "c.db")) as store:
        handled = []
        upsert = store.upsert_person
        monkeypatch.setattr(store, "upsert_person", lambda e: handled.append(e.id) or upsert(e))
        store.insert_mentions(document("d0", (kim("Kim Doe"), "Kim")), 0)
        store.insert_mentions(document("d1", (kim("Kim Doe"), "Kim")), 1)
        assert handled == ["per_p_kimdoe"]
        store.insert_mentions(document("d2", (kim("Kim Doe", "김도"), "Kim")), 2)  # changed: handled
        assert handled == ["per_p_kimdoe"] * 2
