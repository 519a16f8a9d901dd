"""actors57b (issue 14): 'the central bank' opening a sentence with no state named is a state's body as 'the finance
ministry' is (lexicon en.yaml continued_body_re; Phoenix CENTRAL_BANK GOV): the state the story just named, or the
dateline's. Korean bare bodies are the home desk's ('정부는': Korea's, home_bare_bodies), so the twin is no row here.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

AFTER_A_DEED = pytest.mark.xfail(strict=True, reason="the lead reverted acts57's story state for a bare office after "
                                  "a deed (a bare body after no statement is no one's: the reporting state's ministry "
                                  "may be told after another state's news); these rows relied on it")
ROWS = [  # (text, the ACCUSE's acting (state, sector) or None)
    pytest.param("Inflation climbed in Zambia in May. The central bank condemned Denmark on Friday.", ("ZMB", "GOV"),
                 marks=AFTER_A_DEED),
    ("LUSAKA, June 3 (Reuters) - The central bank condemned Denmark on Friday.", ("ZMB", "GOV")),
    pytest.param("Inflation climbed in Zambia in May. The finance ministry condemned Denmark on Friday.",
                 ("ZMB", "GOV"), marks=AFTER_A_DEED),
    # a bank that is no central bank is a business: no state's body
    ("Inflation climbed in Zambia in May. The bank condemned Denmark on Friday.", None),
]


@pytest.mark.parametrize("text, side", ROWS)
def test_bare_central_bank_is_the_story_state(text, side):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    if side is None:
        assert not found or side not in {(p.country, p.sector) for p in found[0].participants}
        return
    assert found and side in {(p.country, p.sector) for p in found[0].participants}, \
        [[(p.country, p.sector) for p in e.participants] for e in found]
