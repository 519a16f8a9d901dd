"""A party's or place's body is looked up by `lean.body_key`, not its `repr`: bodies with equal keys have equal
JSON texts (what `Entities.ref` stores), and the ids `ref` gives are the ids of their texts.

Our own parties and places, in both scripts."""
from __future__ import annotations

import itertools
import sqlite3

import pytest

from readout.store.lean import Entities, body_key, dumps
from readout.store.migrations import migrate

PERSON = {"kind": "person", "id": "per_x", "name": "Ama Mensah", "names": ["아마 멘사"], "country": "GHA",
          "sector": "GOV", "office": None}
TOWN = {"name": "Tamale", "country": "GHA", "precision": "city", "lat": 9.4, "lon": -0.85}

BODIES = [  # (why, body): every pair of these that differs in JSON must differ in key
    ("a person", PERSON),
    ("the same person, the list a tuple", {**PERSON, "names": ("아마 멘사",)}),
    ("the same person, keys in another order", {"id": "per_x", **PERSON}),
    ("the office a string 'None'", {**PERSON, "office": "None"}),
    ("no names", {**PERSON, "names": []}),
    ("names as one string", {**PERSON, "names": "아마 멘사"}),
    ("a town", TOWN),
    ("a whole-number degree", {**TOWN, "lat": 9}),
    ("the same degree as a float", {**TOWN, "lat": 9.0}),
    ("a true flag", {**TOWN, "lat": True}),
    ("zero", {**TOWN, "lon": 0.0}),
    ("minus zero", {**TOWN, "lon": -0.0}),
    ("a nested body", {**TOWN, "within": {"name": "Northern", "country": "GHA"}}),
    ("a nested body, another order", {**TOWN, "within": {"country": "GHA", "name": "Northern"}}),
    ("a list of numbers", {**TOWN, "box": [1, 2]}),
    ("a list of floats", {**TOWN, "box": [1.0, 2.0]}),
    ("a key that is no string", {1: "a", "name": "Tamale"}),
    ("its string key", {"1": "a", "name": "Tamale"}),
]


@pytest.mark.parametrize("one, other", list(itertools.combinations(BODIES, 2)),
                         ids=[f"{a[0]} | {b[0]}" for a, b in itertools.combinations(BODIES, 2)])
def test_equal_keys_are_equal_texts(one, other):
    if body_key(one[1]) == body_key(other[1]):
        assert dumps(one[1]) == dumps(other[1])


def test_equal_bodies_share_a_key():
    assert body_key(dict(PERSON)) == body_key({**PERSON, "names": list(PERSON["names"])})
    assert body_key(TOWN) == body_key(dict(TOWN)) and body_key(PERSON) != body_key(TOWN)


def test_ref_gives_the_id_of_the_body_text():
    conn = sqlite3.connect(":memory:")
    migrate(conn)
    entities = Entities(conn, 100)
    ids = [entities.ref(body) for _why, body in BODIES]
    assert ids == [entities.ref(dict(body)) for _why, body in BODIES]  # again: from the keys
    assert ids == [entities.ref_text(dumps(body)) for _why, body in BODIES]
    assert len(set(ids)) == len({dumps(body) for _why, body in BODIES})
