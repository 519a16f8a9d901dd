"""An act told with its target as one of its doers is another act (store/merge_directions.py): 'the Philippines
deployed ships against China' is not joined by a report that China and the Philippines staged drills; mutual acts
have no direction and are not read. Reports built by hand (the extraction of targets differs by sentence)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.settings import SETTINGS
from readout.store import merge
from readout.store.merge import Member
from readout.store.merge_directions import crossed_sides

DAY = date(2025, 9, 16)


def act(kind: str, doers: set[str], targets: set[str] = frozenset(), doc: str = "a") -> Member:
    return Member(f"k-{doc}", doc, kind, DAY, "day", "text", None, set(doers), set(targets))


@pytest.mark.parametrize("kind, sides, targets, reported, recipients, crossed", [
    ("MOBILIZE", {"cty_phl"}, {"cty_chn"}, {"cty_chn", "cty_phl"}, set(), True),
    ("MOBILIZE", {"cty_phl"}, {"cty_chn"}, {"cty_phl"}, set(), False),  # the same doer, its target untold
    ("MOBILIZE", {"cty_phl"}, {"cty_chn"}, {"cty_chn", "cty_phl"}, {"cty_vnm"}, False),  # targets: the target rule
    ("AGREE", {"cty_phl"}, {"cty_chn"}, {"cty_chn", "cty_phl"}, set(), False),  # mutual: no direction
    ("ARREST", {"cty_kor"}, {"cty_kor"}, {"cty_kor"}, set(), False),  # a domestic act: the state is both
])
def test_crossed_sides(kind, sides, targets, reported, recipients, crossed):
    assert bool(crossed_sides(kind, frozenset(sides), frozenset(targets), reported, recipients)) is crossed


@pytest.mark.parametrize("kind, joins", [("MOBILIZE", False), ("ACCUSE", False), ("COOPERATE", True)])
def test_a_report_whose_doers_include_the_records_target_does_not_join(kind, joins):
    record = [act(kind, {"cty_phl"}, {"cty_chn"})]
    verdict = merge.judge(record, act(kind, {"cty_chn", "cty_phl"}, doc="b"), SETTINGS, "ev")
    assert verdict.ok is joins
    assert any("target acts" in d for d in verdict.disagreed) is not joins
