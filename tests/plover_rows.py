"""The row helpers of the PLOVER sweep tables of both languages (tests/lang/ko/test_plover_sweep_ko.py,
tests/lang/ko/test_plover_modes_ko.py, tests/lang/en/test_plover_modes_en.py): a row is (sentence, type, acting
states among the parties, receiving states exactly (None: not checked), mode, status); an open row is marked
xfail(strict) with the class it belongs to. `sweep_test` and `sides_test` make the two tests the act-round twin
tables share (tests/lang/*/test_act_*_round_modes*.py): the tables stay data, the checks live here once."""
from __future__ import annotations

from typing import Callable

import pytest

from tests.conftest import countries
from tests.event_sides import events, sector_sides

OCC, PLAN, NEG = "occurred", "planned", "negated"
ANY = object()  # the mode or the status is not what the row tests


class OpenClass(tuple):
    """A row the reader still misses, with the class it belongs to."""
    reason: str


def open_class(reason: str, *row) -> OpenClass:
    out = OpenClass(row)
    out.reason = reason
    return out


def sweep_rows(classes: dict[str, list[tuple]]) -> list:
    """conftest.class_rows, with an open row marked xfail(strict) by its class's reason."""
    return [pytest.param(*row, id=f"{name}-{n}", marks=[pytest.mark.xfail(strict=True, reason=row.reason)]
                         if isinstance(row, OpenClass) else [])
            for name, rows in classes.items() for n, row in enumerate(rows)]


def check_row(text, kind, actors, recipients, mode, status) -> None:
    """The row's first event of its type has the acting states among its parties, the receiving states (when given),
    the mode and the status; a NEG row has no such event that took place."""
    found = [e for e in events(text) if e.type == kind]
    if status == NEG:
        assert not [e for e in found if e.status == OCC], [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(text)]
    e = found[0]
    assert actors <= countries(e.participants), (countries(e.participants), countries(e.recipients))
    assert recipients is None or countries(e.recipients) == recipients, countries(e.recipients)
    assert mode is ANY or mode is None or e.mode == mode, e.mode
    assert status is ANY or e.status == status, e.status


ROW_FIELDS = "text,kind,actors,recipients,mode,status"


def sweep_test(classes: dict[str, list[tuple]]) -> Callable:
    """A test over a sweep table (`sweep_rows`): each row checked by `check_row`. Bind it to a `test_...` name in the
    table's module; pytest collects it by that name."""
    @pytest.mark.parametrize(ROW_FIELDS, sweep_rows(classes))
    def test(text, kind, actors, recipients, mode, status):
        check_row(text, kind, actors, recipients, mode, status)
    return test


def sides_test(rows: list[tuple]) -> Callable:
    """A test over rows (sentence, type, acting (state, sector) pairs, receiving pairs): the first event of the type
    has exactly those sides (`event_sides.sector_sides`)."""
    @pytest.mark.parametrize("text,kind,acting,receiving", rows)
    def test(text, kind, acting, receiving):
        assert sector_sides(text, kind) == (acting, receiving)
    return test
