"""(debt57b) The fast `dataclasses.replace` the act records share (lang/base/records.ActHit.copied,
pipeline/act_recipients.SideReading.copied; speed51b). Why one helper: both wrote the same five lines, and a copy
that drifts from `replace` (the field order of `__dict__`, the TypeError on an unknown field) changes pickles and
hides typos."""
from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def quick_replace(obj: T, allowed: frozenset, changes: dict) -> T:
    """`obj` with the fields named in `changes` changed, the rest shared, as `dataclasses.replace` makes it: a field
    not in `allowed` (the class's field names) is a TypeError. Why not `replace`: it walks `fields()` and calls the
    generated `__init__` (through `object.__setattr__` per field on a frozen class); the act records are copied
    hundreds of times per document. The copy's `__dict__` keeps the original's field order, so it pickles as the
    original would."""
    if not allowed.issuperset(changes):
        raise TypeError(f"{type(obj).__name__} has no field {sorted(set(changes) - allowed)}")
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new
