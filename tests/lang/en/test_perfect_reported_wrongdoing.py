"""English accusations reported in a clause in the perfect ('said X had violated the accord', 'said X has "undermined"
Y') and after a channel phrase between the reporting verb and its 'that' ('said in a statement on Monday that'):
lang/en/act_characterize.reported_wrongdoing, perfect_wrongdoing, after_time_phrase. The auxiliary 'had' ended the
subject and the participle was no predicate the reader knew, and the channel words cut the clause off its verb, so no
accusation was read. Each row is a sentence we wrote for the test, read through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

PUB = date(2024, 10, 8)


def accusations(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    """(acting states, receiving states) of each ACCUSE event read from `text`."""
    return {(actors, receivers) for type_, actors, receivers in event_sides(text, PUB) if type_ == "ACCUSE"}


# sentence, accuser, accused
ACCUSED = [
    ("Uruguay's foreign ministry said in a statement that Paraguay had sabotaged the work of the joint river commission.", "URY", "PRY"),
    ("Zambia's president said on Monday that Malawi has breached the trade pact signed in 2019.", "ZMB", "MWI"),
    ("Estonia's foreign minister said in an interview that Belarus had \"undermined the security of the region\".",
     "EST", "BLR"),
    ("Portugal's government said in a statement on Tuesday that Morocco had abused the fishing licences it was "
     "granted.", "PRT", "MAR"),
    ("Ghana's foreign ministry said that Togo had misused the privileges of its trade mission.", "GHA", "TGO"),
]


@pytest.mark.parametrize("text,accuser,accused", ACCUSED)
def test_perfect_wrongdoing_is_alleged(text, accuser, accused):
    found = accusations(text)
    assert any(accuser in acting and accused in received for acting, received in found), found


# negatives: a passive perfect (the subject suffered it) and a negated one accuse no one of it
NOT_ACCUSED = [
    ("Uruguay's foreign ministry said in a statement that Paraguay had been undermined by smugglers on the river.",
     "PRY"),
    ("Zambia's president said on Monday that Malawi had not violated the trade pact signed in 2019.", "MWI"),
]


@pytest.mark.parametrize("text,spared", NOT_ACCUSED)
def test_passive_or_negated_perfect_accuses_no_one(text, spared):
    found = accusations(text)
    assert not any(spared in received for _acting, received in found), found
