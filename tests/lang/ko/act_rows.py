"""The check the Korean act-side tables share: each row's text, read through the whole pipeline on one publication
day, states each (type, acting states exactly, receiving states, status) it lists; status None: no such event."""
from __future__ import annotations

from datetime import date

from readout.api import extract_text
from tests.conftest import assert_act, countries

PUB = date(2025, 3, 10)


def check(text: str, expected) -> None:
    found = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)
        if status is not None:
            assert countries(next(e for e in found if e.type == type_).participants) == actors
