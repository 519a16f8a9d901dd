"""(plover54) A rejected proposal whose content is its infinitive takes the mode of what was asked
(lang/en/act_infinitive_contents): a verb of changing a policy is change, a release or a lifted sanction yield, talks
meet; the owner's 'from Y' may stand between the noun and its 'to'. The Korean twin (a quoted-imperative clause before
an owned demand noun) is tests/lang/ko/test_act_wish_modes_owner.py. Negative rows: a proposal with no infinitive keeps
its entry's mode; an infinitive that names no act keeps the refusal's; a negated refusal is no REJECT. Our own
sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None, mode or None)
    "a change asked and refused is change": [
        ("Hungary rejected the European Union's call to reform its judiciary.", "REJECT", {"HUN"}, {"EUR"},
         "occurred", "change"),
        ("Poland refused Germany's request to change its media law.", "REJECT", {"POL"}, {"DEU"}, "occurred", "change"),
        ("Georgia dismissed demands from France to repeal the foreign agents law.", "REJECT", {"GEO"}, {"FRA"},
         "occurred", "change"),
    ],
    "a concession asked and refused is yield": [
        ("Russia rejected calls from Finland to lift its sanctions.", "REJECT", {"RUS"}, {"FIN"}, "occurred", "yield"),
        ("Serbia rejected Kosovo's demand to free the prisoners.", "REJECT", {"SRB"}, None, "occurred", "yield"),
        ("Peru rejected Ecuador's demand to withdraw its troops from the border.", "REJECT", {"PER"}, {"ECU"},
         "occurred", "yield"),
    ],
    "talks asked and refused are meet": [
        ("North Korea turned down South Korea's invitation to hold talks.", "REJECT", {"PRK"}, {"KOR"}, "occurred",
         "meet"),
    ],
    "no infinitive content: the entry's mode stays": [
        ("Russia rejected calls from Finland.", "REJECT", {"RUS"}, {"FIN"}, "occurred", "assist"),
        ("Bolivia rejected Chile's offer to provide emergency aid.", "REJECT", {"BOL"}, {"CHL"}, "occurred", "assist"),
        ("Serbia rejected Kosovo's demand for the release of prisoners.", "REJECT", {"SRB"}, None, "occurred",
         "yield"),
    ],
    "a negated refusal is none": [
        ("Hungary did not reject the European Union's call to reform its judiciary.", "REJECT", set(), None, None,
         None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status, mode", ROWS)
def test_infinitive_contents(text, kind, actors, recipients, status, mode):
    assert_act(extract_text(text, "2026-03-12").events, kind, actors, recipients, status, mode)
