"""Shared fixtures. Real articles are read from ../shared (never copied here); tests that need them
skip, saying why, when it is absent. READOUT_SHARED names another folder (a git worktree has no ../shared beside
it, so its own-article gates would skip silently)."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("READOUT_SHARED") or ROOT.parent / "shared")
SAMPLES = ROOT / "samples"


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data is not beside this checkout")
    return path


@pytest.fixture
def extract():
    """Run the whole pipeline on a text we wrote: extract('...', published=date(...))."""
    from readout.api import extract_text

    def run(text: str, published: date | None = date(2024, 11, 15), doc_id: str = "fixture.txt"):
        return extract_text(text, doc_id, published)

    return run


def events_of(article, kind: str | None = None) -> list:
    return [e for e in article.events if kind is None or e.type == kind]


def names(event) -> set[str]:
    return {p.name for p in event.participants}


def countries(entities) -> set[str]:
    return {e.country for e in entities}


def event_sides(text: str, published) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """(type, acting states, receiving states) of each event read from `text` through the whole pipeline: the one
    reading of the tables that compare every event's sides."""
    from readout.api import extract_text

    out = set()
    for e in extract_text(text, published=published).events:
        receivers = countries(e.recipients)
        out.add((e.type, frozenset(countries(e.participants) - receivers), frozenset(receivers)))
    return out


def sides_of_types(text: str, published, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """`event_sides` of the events of `types` only: the clause tables (coord55, coord55b) ask about the acts their
    rows name and leave the others a sentence also gives."""
    return {row for row in event_sides(text, published) if row[0] in types}


def side_rows(*sides: tuple[str, set[str], set[str]]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """Rows written with plain sets, as `event_sides` gives them (frozen)."""
    return {(t, frozenset(a), frozenset(r)) for t, a, r in sides}


def assert_act(events, type_: str, actors: set[str], recipients: set[str] | None, status: str | None,
               mode: str | None = None) -> None:
    """The act rows' one check: no event of `type_` when `status` is None; else the first has `actors` among its
    parties' states, exactly `recipients` (None: not checked), the `mode` (None: not checked) and the status."""
    found = [e for e in events if e.type == type_]
    if status is None:
        assert not found, [(e.type, e.status, countries(e.participants)) for e in found]
        return
    assert found, [(e.type, e.status) for e in events]
    e = found[0]
    assert actors <= countries(e.participants), (countries(e.participants), countries(e.recipients))
    if recipients is not None:
        assert countries(e.recipients) == recipients
    if mode is not None:
        assert e.mode == mode
    assert e.status == status


def class_rows(classes: dict[str, list[tuple]]) -> list:
    """The rows of a table kept by class (the name of the class a row belongs to, then its rows), each a
    pytest.param whose id is '<class>-<n>' (n: the row's place in its class): one parametrized test checks every
    class that shares its check, and a failure still names the class and the row. A row of one value (a table of
    sentences) is written bare, as pytest takes it."""
    return [pytest.param(*(row if isinstance(row, tuple) else (row,)), id=f"{name}-{n}")
            for name, rows in classes.items() for n, row in enumerate(rows)]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
