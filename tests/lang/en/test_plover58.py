"""plover58 (issue 15): the PLOVER classes the paraphrase table left open, each as a general rule with its own rows:
a body's investigators let into a state (RETREAT access, CAMEO 0862; promised: AGREE), an accord named with its
'between' parties whose making verb stands past its matter and a participle's aside (AGREE of both), a deed marked
'jointly' whose verb names no act (COOPERATE of the subject's parties), and intelligence shared told by its noun with
the sharer after 'by' (COOPERATE), and the verbs of giving in to pressure or demands (CONCEDE). Rows check type, acting states and (where given) exactly the receiving states
(tests/plover_rows.check_row); the precision rows hold no act of the type. The Korean twins are in
tests/lang/ko/test_plover58_ko.py. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act, events
from tests.plover_rows import ANY, OCC, sweep_test

test_plover58 = sweep_test({
    "RETREAT access investigators": [
        # en additions allow/let/admit/receive + investigators, inspection team, fact-finding mission
        ("Belarus let OSCE investigators into the border zone on Monday.", "RETREAT", {"BLR"}, None, "access", OCC),
        ("Eritrea allowed UN investigators into two of its prisons.", "RETREAT", {"ERI"}, None, "access", OCC),
        ("Serbia admitted a fact-finding mission from the Council of Europe.", "RETREAT", {"SRB"}, None, "access",
         OCC),
        ("Venezuela received an inspection team from the OAS last week.", "RETREAT", {"VEN"}, None, "access", OCC),
        # a promise to let them in is AGREE (coding choices: a promise to give, free or allow)
        ("Eritrea said it would allow UN investigators into its prisons.", "AGREE", {"ERI"}, None, None, ANY),
        ("Bolivia refused to allow UN investigators into the prison.", "REJECT", {"BOL"}, None, None, ANY),
    ],
    "AGREE accord between past its matter and an aside": [
        # lang/en/act_noun_agents.between_parties, act_asides.participle_aside_end
        ("An agreement between Ghana and Togo on power supplies, concluded after two years of talks, was signed in "
         "Lome.", "AGREE", {"GHA", "TGO"}, None, None, ANY),
        ("The agreement between Laos and Cambodia on river transport was signed on Thursday.", "AGREE",
         {"LAO", "KHM"}, None, None, ANY),
    ],
    "COOPERATE joint deed": [
        # lang/en/act_joint_deeds: 'jointly' before a verb of no act
        ("Greek and Cypriot coast guards jointly salvaged the sunken ferry.", "COOPERATE", {"GRC", "CYP"}, None, None,
         OCC),
        ("Kenya jointly dismantled a smuggling ring with Uganda.", "COOPERATE", {"KEN", "UGA"}, None, None, OCC),
        ("Spain and Morocco jointly built a bridge over the river.", "COOPERATE", {"ESP", "MAR"}, None, None, OCC),
        # a joint deed to come is a promise: AGREE (coding choices: the future of COOPERATE)
        ("Chile and Peru will jointly restore the colonial fortress.", "AGREE", {"CHL", "PER"}, None, None, ANY),
    ],
    "COOPERATE intelligence shared by": [
        # en additions 'shared intelligence': the noun's form with the sharer after 'by' (act_noun_agents)
        ("Intelligence provided by Egypt led Libyan forces to the hideout.", "COOPERATE", {"EGY"}, None, None, ANY),
        ("Information shared by Kenya helped Ugandan police find the suspects.", "COOPERATE", {"KEN"}, None, None,
         ANY),
        ("Intelligence shared by Oman with Qatar helped stop the smugglers.", "COOPERATE", {"OMN", "QAT"}, None, None,
         ANY),
    ],
    "CONCEDE giving in to pressure": [
        # en additions cave to, submit to, give way to, buckle under, relent to + demands or pressure (CAMEO 080)
        ("Mongolia caved to Chinese pressure over the visit.", "CONCEDE", {"MNG"}, {"CHN"}, None, OCC),
        ("Nepal submitted to Indian demands on the border trade.", "CONCEDE", {"NPL"}, {"IND"}, None, OCC),
        ("Bhutan gave way to pressure from India and reopened the crossing.", "CONCEDE", {"BTN"}, {"IND"}, None, OCC),
        ("Moldova buckled under Russian pressure.", "CONCEDE", {"MDA"}, {"RUS"}, None, OCC),
        ("Tonga relented to Fijian demands for the return of the boat.", "CONCEDE", {"TON"}, {"FJI"}, None, OCC),
    ],
})


@pytest.mark.parametrize("text,kind", [
    # a permission to do something else is no access (act_permissions)
    ("Peru allowed investigators to question the detained Chilean officers.", "RETREAT"),
    # a standing accord, its signing only described in the aside: no act
    ("The agreement between Chile and Peru, signed in 2010, expired last year.", "AGREE"),
    # a verb with an act of its own keeps that act; words, ownership and running are no joint deed
    ("Chile and Peru jointly condemned the bombing.", "COOPERATE"),
    ("Chile and Peru jointly announced the results of the survey.", "COOPERATE"),
    ("The refinery jointly owned by Chile and Peru was shut.", "COOPERATE"),
    ("The port is jointly run by Chile and Peru.", "COOPERATE"),
    ("The two countries jointly dismantled the network.", "COOPERATE"),  # no state named
    # the idioms' literal senses and a text submitted
    ("The Nepalese road gave way to a muddy track near the border.", "CONCEDE"),
    ("Nepalese climbers climbed down the mountain on Sunday.", "CONCEDE"),
    ("Mongolia submitted a proposal to China.", "CONCEDE"),
    # intelligence with no sharer named
    ("Officials said the intelligence provided was not reliable.", "COOPERATE"),
])
def test_no_such_act(text, kind):
    """The shapes beside each class that state no act of its type."""
    check_no_act(text, kind)


def test_joint_condemnation_stays_accuse():
    """'jointly' before a verb that names an act leaves that act, by both parties."""
    found = [e for e in events("Chile and Peru jointly condemned the bombing.") if e.type == "ACCUSE"]
    assert found and {"CHL", "PER"} <= {p.country for p in found[0].participants}
