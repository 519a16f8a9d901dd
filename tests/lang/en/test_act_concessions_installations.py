"""English concessions in other words and oaths that install others: sentences we wrote for the test (congrats50),
read through the whole pipeline: (type, acting states among the parties, receiving states, status; status None: no
such event)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.lang.ko.act_rows import PUB

# An election conceded without 'concede' ('acknowledged X's victory', 'accepted defeat') and a court's ruling complied
# with ('would fully execute the court's ruling'): CONCEDE (CAMEO 080; en_acts_additions.yaml). A decision that is no
# court's, 'executed the decision to close the border', concedes nothing.
CONCESSIONS = [
    ("The Zambian president acknowledged the opposition leader's victory on Tuesday.",
     [("CONCEDE", {"ZMB"}, None, "occurred")]),
    ("Malawi's president accepted defeat on Friday.", [("CONCEDE", {"MWI"}, None, "occurred")]),
    ("Nigeria's president said he would fully execute the Supreme Court's ruling.",
     [("CONCEDE", {"NGA"}, None, "planned")]),
    ("The Guatemalan government said it would implement the court's ruling on the land dispute.",
     [("CONCEDE", {"GTM"}, None, "planned")]),
    # negatives: a decision of one's own carried out; a plan executed; acknowledging a problem
    ("Kenya executed the decision to close the border with Somalia.", [("CONCEDE", None, None, None)]),
    ("Uganda's army executed the plan to attack rebels in Congo.", [("CONCEDE", None, None, None)]),
    ("The Zambian minister acknowledged the problem of rising debt.", [("CONCEDE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", CONCESSIONS)
def test_election_and_ruling_concessions(text, expected):
    found = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# An oath verb with 'in' installs people in office (lang/en/act_installations.py): no AGREE. An oath with its own
# complement ('swore to defend X') stays the pledge it was.
OATHS = [
    ("Shortly afterwards the Peruvian president swore in a new army high command.", [("AGREE", None, None, None)]),
    ("The new Chilean cabinet was sworn in on Monday.", [("AGREE", None, None, None)]),
    ("Ecuador's new defence minister is due to be sworn in on Friday.", [("AGREE", None, None, None)]),
    ("The Chilean general swore to defend Peru.", [("AGREE", {"CHL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", OATHS)
def test_installing_oath_is_no_pledge(text, expected):
    found = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)
