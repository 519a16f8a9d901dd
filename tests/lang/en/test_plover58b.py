"""plover58b (issue 15): the PLOVER classes plover58 left open, each as a general rule with its own rows: a passive
accord whose subject names its parties after 'between' and goes on with a matter phrase and a participle's aside
(lang/en/act_between_subjects: AGREE of both), and an accord told by a reduced relative of mediation with its pair
after 'between' (lang/en/act_brokered_accords: AGREE of the pair, the mediator no party), and the side a shared
intelligence helped (lang/en/act_helped_beneficiaries: its recipient). Rows check type, acting
states and (where given) exactly the receiving states (tests/plover_rows.check_row); the precision rows hold no act of
the type. The Korean twins are in tests/lang/ko/test_plover58b_ko.py. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act, events
from tests.plover_rows import ANY, open_class, sweep_test

test_plover58b = sweep_test({
    "AGREE passive accord's subject with its between phrase": [
        # act_between_subjects.between_subject (the object found), subject_pair (the parties)
        ("The pact between Ghana and Togo on river water was signed.", "AGREE", {"GHA", "TGO"}, None, None, ANY),
        ("The treaty between Laos and Cambodia on the sharing of the river's fish stocks, reached after months of "
         "talks, was signed in Vientiane.", "AGREE", {"LAO", "KHM"}, None, None, ANY),
        ("A free trade pact between Chile and Peru was signed by their ministers.", "AGREE", {"CHL", "PER"}, None,
         None, ANY),
        ("The treaty between Norway and Iceland, concluded in the spring, was ratified on Friday.", "AGREE",
         {"NOR", "ISL"}, None, None, ANY),
    ],
    "AGREE accord brokered by a mediator between a pair": [
        # act_brokered_accords: the pair after 'between', before or after the mediator's 'by' phrase
        ("A truce brokered by Qatar between Sudan and Chad took hold on Monday.", "AGREE", {"SDN", "TCD"}, None, None,
         ANY),
        ("The ceasefire between Ghana and Togo, mediated by the African Union, held through the weekend.", "AGREE",
         {"GHA", "TGO"}, None, None, ANY),
        ("The truce between Armenia and Azerbaijan brokered by Russia collapsed within days.", "AGREE",
         {"ARM", "AZE"}, None, None, ANY),
    ],
    "COOPERATE intelligence shared: the one helped receives": [
        # act_helped_beneficiaries: the name phrase after a verb of helping that follows the noun's 'by' agent
        ("Intelligence shared by Oman helped Qatar stop the smugglers.", "COOPERATE", {"OMN"}, {"QAT"}, None, ANY),
        ("Information shared by Kenya helped Ugandan police find the kidnappers.", "COOPERATE", {"KEN"}, {"UGA"},
         None, ANY),
        ("Intelligence passed by Egypt helped the Libyan army locate the camp.", "COOPERATE", {"EGY"}, {"LBY"}, None,
         ANY),
        # a lower-case object names no state: no recipient
        ("Intelligence shared by Oman helped police find the smugglers.", "COOPERATE", {"OMN"}, set(), None, ANY),
    ],
    "open": [
        open_class("a person named by a home town, arrested in a state ('a teacher from <city> was arrested in <state>'):"
                   " the patients' state is not taken from a town (pipeline/act_actors.clause_actors reads only "
                   "country words in the subject); the fix would mark the origin phrase in lang/en and take the "
                   "town's state as the patients' there",
                   "A teacher from Mandalay was arrested in Thailand.", "COERCE", {"THA"}, None, None, ANY),
    ],
})


def test_mediator_is_no_party():
    """The mediator of a brokered truce makes no accord: only the pair after 'between' are its parties."""
    found = [e for e in events("A truce brokered by Qatar between Sudan and Chad took hold on Monday.")
             if e.type == "AGREE"]
    assert found and "QAT" not in {p.country for p in found[0].participants}


@pytest.mark.parametrize("text,kind", [
    # a standing accord, its signing only described in the aside: no act
    ("The pact between Chile and Peru, signed in 2010, expired last year.", "AGREE"),
    # a mediator alone makes no accord; talks mediated are no accord either
    ("A truce brokered by Qatar took hold on Monday.", "AGREE"),
    ("The talks mediated by Qatar between Sudan and Chad ended on Monday.", "AGREE"),
    # a participle of mediation with no 'by' after it: no reduced relative of this shape
    ("The truce between Sudan and Chad mediated last year collapsed.", "AGREE"),
])
def test_no_such_act(text, kind):
    """The shapes beside each class that state no act of its type."""
    check_no_act(text, kind)
