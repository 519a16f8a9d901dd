"""(conflict54) Retaliation itself threatened, warned of, promised or pledged ('warned X of retaliation', 'threatened
reprisals against X') is a threat of force: THREATEN violence, as 'vowed to retaliate' reads (CAMEO files 'retaliate'
under force, 190, and 'vow revenge' under 138). A measure of retaliation ('retaliatory measures') names no force and
keeps no mode. Our own sentences; the Korean rows are tests/lang/ko/test_act_retaliation_threats.py."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, threatener, threatened, mode)
    ("Azerbaijan warned Armenia of retaliation after the shelling near Tovuz.", "AZE", "ARM", "violence"),
    ("Pakistan threatened reprisals against India over the dam.", "PAK", "IND", "violence"),
    ("Iran promised revenge against Israel on Sunday.", "IRN", "ISR", "violence"),
    ("Sudan pledged retribution against Chad for the raid.", "SDN", "TCD", "violence"),
    # a measure of retaliation names no force
    ("Pakistan threatened retaliatory measures against India over the dam.", "PAK", "IND", None),
]


@pytest.mark.parametrize("text, actor, target, mode", ROWS)
def test_threatened_retaliation_is_force(extract, text, actor, target, mode):
    first = first_of(extract(text).events, type="THREATEN")
    assert {p.country for p in first.participants} == {actor}
    assert {r.country for r in first.recipients} == {target}
    assert first.mode == mode
