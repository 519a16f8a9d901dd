"""(debt57b) The check the budget tests share (tests/test_budget.py, tests/test_budget_tables.py): run a piece of a
document's work under a budget, check the budget after it, and expect it cut (TimeBudgetExceeded) or not. Why a
helper: five tests wrote the same `run_it` and the same `if exceeds` around it."""
from __future__ import annotations

from typing import Callable

import pytest

from readout import budget
from readout.errors import TimeBudgetExceeded


def run_under_budget(work: Callable[[], object], exceeds: bool, seconds: float, doc: str = "doc",
                     first_use: float = 5.0) -> None:
    """`work()` then `budget.check` inside `budget.limit(seconds, doc, first_use)`: it must raise TimeBudgetExceeded
    when `exceeds`, and end without it when not."""
    def run_it() -> None:
        with budget.limit(seconds, doc, first_use):
            work()
            budget.check("after")
    if exceeds:
        with pytest.raises(TimeBudgetExceeded):
            run_it()
    else:
        run_it()
