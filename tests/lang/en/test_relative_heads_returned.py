"""(located66) A measure told in a relative clause on a head naming no state, or in a passive relative
(lang/en/act_object_relatives.py returned_to, passive_relative). Our own sentences.

'The attaché, whom Peru had expelled, returned to Bolivia': the head names no state, but a head that returns to a
state after the clause is from there, so that state received the measure. 'The Bolivian attaché, who had been
expelled by Peru, flew home': the passive twin of 'whom Peru had expelled', read the same way. Negative rows: a
journey that is no return ('travelled to'), a return to a city of the expelling state, an agent naming no state.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, doer, receiver", class_rows({
    "returned-to": [
        ("The attaché, whom Peru had expelled, returned to Bolivia on Sunday.", "SANCTION", "PER", "BOL"),
        ("The consul, whom Ghana had expelled in June, flew back to Togo on Friday.", "SANCTION", "GHA", "TGO"),
    ],
    "passive-relative": [
        ("The Bolivian attaché, who had been expelled by Peru, flew home on Sunday.", "SANCTION", "PER", "BOL"),
        ("Two Togolese traders, who had been arrested by Ghana, were freed on Friday.", "COERCE", "GHA", "TGO"),
        ("The consul, who had been expelled by Ghana, returned to Togo on Friday.", "SANCTION", "GHA", "TGO"),
    ],
}))
def test_relative_measure_on_the_heads_state(text, kind, doer, receiver):
    assert ([doer], [receiver]) in sides(text, kind), events(text)


@pytest.mark.parametrize("text, kind", class_rows({
    "no-return": [
        ("The attaché, whom Peru had expelled, travelled to Bolivia on Sunday.", "SANCTION"),
    ],
    "return-to-no-state": [
        ("The consul, whom Ghana had expelled, returned to the capital on Friday.", "SANCTION"),
    ],
    "agent-naming-no-state": [
        ("The consul, who had been expelled by the ministry, returned to Togo on Friday.", "SANCTION"),
    ],
}))
def test_no_state_no_measure(text, kind):
    assert not sides(text, kind), events(text)
