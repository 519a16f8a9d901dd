"""actors57b (issue 14): 'the central bank' opening a sentence with no state named is a state's body as 'the finance
ministry' is (lexicon en.yaml continued_body_re; Phoenix CENTRAL_BANK GOV): the state the story just named, or the
dateline's. Korean bare bodies are the home desk's ('정부는': Korea's, home_bare_bodies), so the twin is no row here.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (text, the ACCUSE's acting (state, sector) or None)
    # acts59 (pipeline/bare_body_state.paragraph_told): with no dateline, a bare home body is the paragraph's one state, unless that
    # state's last deed was done to others (the reporting state's ministry answering another state's news)
    ("Inflation climbed in Zambia in May. The central bank condemned Denmark on Friday.", ("ZMB", "GOV")),
    ("LUSAKA, June 3 (Reuters) - The central bank condemned Denmark on Friday.", ("ZMB", "GOV")),
    ("Inflation climbed in Zambia in May. The finance ministry condemned Denmark on Friday.", ("ZMB", "GOV")),
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
