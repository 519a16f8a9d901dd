"""A characterization whose damning word is quoted (acts47, lang/en/act_characterize.named_as): 'called the text
"hypocritical"' accuses the text's owner as the unquoted form does; an unowned deed noun ('called the attack
"unacceptable"') accuses the doer of the deed just told, as 'condemned the attack' does. Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

QUOTED = [
    ("The Bolivian envoy called the Chilean draft \"hypocritical\".", [("ACCUSE", {"BOL"}, {"CHL"}, "occurred")]),
    ("The Bolivian envoy called the Chilean proposal \"a cynical ploy\".", [("ACCUSE", {"BOL"}, {"CHL"}, "occurred")]),
    ("Venezuela shelled a Guyanese border post on Sunday. The Brazilian foreign minister called the attack "
     "\"unacceptable\".", [("ACCUSE", {"BRA"}, {"VEN"}, "occurred")]),
    # negative: a quoted word that damns nothing
    ("The Bolivian envoy called the Chilean draft \"a starting point\".", [("ACCUSE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED)
def test_quoted_characterization(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
