"""(debt57b) `copies.quick_replace`: what `dataclasses.replace` makes (fields, `__dict__` order, pickle), an unknown
field refused, the original unchanged. The act records' own tables are tests/lang/test_speed51b_hit_copies.py and
tests/pipeline/test_speed51b_reading_copies.py; here a frozen and a plain dataclass of our own."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from readout.copies import quick_replace


@dataclasses.dataclass(frozen=True)
class Visit:
    town: str
    day: int = 1
    guests: tuple = ()
    notes: dict = dataclasses.field(default_factory=dict, compare=False)


@dataclasses.dataclass
class Draft:
    title: str
    lines: list = dataclasses.field(default_factory=list)


VISIT_FIELDS = frozenset(f.name for f in dataclasses.fields(Visit))
DRAFT_FIELDS = frozenset(f.name for f in dataclasses.fields(Draft))


@pytest.mark.parametrize("obj, allowed, changes", [
    (Visit("Tartu", 3, ("Riga",), {"k": 1}), VISIT_FIELDS, {}),
    (Visit("Tartu", 3, ("Riga",), {"k": 1}), VISIT_FIELDS, {"day": 4}),
    (Visit("Tartu"), VISIT_FIELDS, {"town": "Pärnu", "guests": ("Kaunas", "Vilnius")}),
    (Draft("plan", [1, 2]), DRAFT_FIELDS, {"title": "계획"}),
])
def test_quick_replace_is_what_replace_makes(obj, allowed, changes):
    before = pickle.dumps(obj)
    copy, made = quick_replace(obj, allowed, changes), dataclasses.replace(obj, **changes)
    assert copy == made and copy is not obj and type(copy) is type(obj)
    assert list(vars(copy).items()) == list(vars(made).items())
    assert pickle.dumps(copy) == pickle.dumps(made)
    assert pickle.dumps(obj) == before  # the original as it was


def test_quick_replace_refuses_an_unknown_field_naming_the_class():
    with pytest.raises(TypeError, match=r"Visit has no field \['weekday'\]"):
        quick_replace(Visit("Tartu"), VISIT_FIELDS, {"weekday": 2})
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick_replace(Visit("Tartu"), VISIT_FIELDS, {"day": 2}).day = 5
