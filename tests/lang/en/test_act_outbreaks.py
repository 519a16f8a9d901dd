"""(coerce52) A protest noun opening its clause as the subject of a verb of breaking out ('Protests erupted in X',
'Riots broke out in Y') is a protest held by the place's people against their own government (PROTEST X -> X,
lang/en/act_outbreaks); after a subordinator or a preposition, or negated, it is background or no event. Our own
sentences (Korean: tests/lang/ko/test_act_protest_outbreaks.py)."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, PROTEST actors, recipients, mode)
    ("Protests broke out in Lusaka on Tuesday over the price of maize meal.", {"ZMB"}, {"ZMB"}, "demo"),
    ("Fresh demonstrations erupted in Asuncion on Friday.", {"PRY"}, {"PRY"}, "demo"),
    ("Riots spread to Dushanbe overnight.", {"TJK"}, {"TJK"}, "riot"),
    ("Bolivia's congress approved the fuel levy on Monday. Protests quickly erupted in Cochabamba.",
     {"BOL"}, {"BOL"}, "demo"),
]


@pytest.mark.parametrize("text, actors, recipients, mode", ROWS)
def test_protests_breaking_out_are_held(extract, text, actors, recipients, mode):
    found = [e for e in extract(text).events if e.type == "PROTEST"]
    assert found, [(e.type, e.mode) for e in extract(text).events]
    e = found[-1]
    assert ({p.country for p in e.participants}, {p.country for p in e.recipients}, e.mode) == \
        (actors, recipients, mode)


NEGATIVES = [
    "Police imposed a curfew in Lusaka after protests erupted on Tuesday.",  # the time of the curfew
    "Protests did not break out in Asuncion despite the fuel price rise.",  # negated
    "The minister warned of riots that spread to Dushanbe last year.",  # a relative clause, no clause of its own
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_background_outbreaks_are_no_protest(extract, text):
    assert not [e for e in extract(text).events if e.type == "PROTEST"], text
