"""(sanction59) A threat told by its economic measure as a bare object ('threatened steep tariffs on X', 'threatened
sanctions against X') is THREATEN restrict, as 'threatened to impose tariffs on X' and 'threatened X with sanctions'
already read; a bare threat keeps no mode. Korean '관세 부과를 위협했다' reads the same (lang/ko/act_context.threat_mode).
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, actor, recipient, mode", [
    ("Brazil threatened steep tariffs on Argentina over the beef dispute.", "BRA", "ARG", "restrict"),
    ("Vietnam threatened new sanctions against Laos on Tuesday.", "VNM", "LAO", "restrict"),
    ("Kenya threatened a trade embargo on Uganda.", "KEN", "UGA", "restrict"),
    ("Kenya threatened to impose tariffs on Uganda.", "KEN", "UGA", "restrict"),  # the form that read so already
    ("Vietnam threatened Laos on Tuesday.", "VNM", "LAO", None),  # no measure named: no mode
    ("베트남은 라오스에 30% 관세 부과를 위협했다.", "VNM", "LAO", "restrict"),
    ("케냐 대통령은 우간다에 대한 관세 부과를 위협했다.", "KEN", "UGA", "restrict"),
    ("케냐는 우간다에 군사 행동을 위협했다.", "KEN", "UGA", "violence"),  # force threatened: violence, unchanged
])
def test_a_threatened_trade_measure_restricts(extract, text, actor, recipient, mode):
    (act,) = events_of(extract(text), "THREATEN")
    assert (countries(act.participants) - countries(act.recipients), countries(act.recipients), act.mode) \
        == ({actor}, {recipient}, mode)
