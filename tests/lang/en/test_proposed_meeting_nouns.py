"""enmeet47 (issues 13, 15): a meeting noun inside a proposal is a meeting asked for, never one held: 'made a proposal
aimed at talks with X', 'put forward a proposal for a summit with X', 'issued a call aimed at a summit with X' are
REQUEST meet from the proposer to X (docs/coding-choices.md, proposals65; CAMEO 022 'put &proposal', as 020 'present
&proposal') and no CONSULT occurred (lexicon `meeting_goal_before_re`; a light verb no longer reaches past the proposal
noun, `light_verb_before_re`; scripts/data/en_acts_additions.yaml 'make', 'put forward' + &proposal). Korean
'X와의 회담을 제안했다' already reads the REQUEST (the twin row). Negative rows: talks held on a proposal, a proposal
discussed at talks held, and plans for a summit announced keep their meetings. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, REQUEST meet's (asker, asked) states or None, the CONSULT statuses read)
ROWS = {
    "a_meeting_noun_inside_a_proposal_is_asked_for": [
        ("Ecuador made a proposal aimed at talks with Colombia.", ({"ECU"}, {"COL"}), []),
        ("Ecuador made a proposal for a new round of talks with Colombia.", ({"ECU"}, {"COL"}), []),
        ("Ecuador put forward a proposal aimed at a summit with Colombia.", ({"ECU"}, {"COL"}), []),
        ("Ecuador made an offer of talks with Colombia on Tuesday.", ({"ECU"}, {"COL"}), []),
        ("Ecuador issued a call aimed at a summit with Colombia.", ({"ECU"}, {"COL"}), []),
        ("에콰도르는 콜롬비아와의 정상회담을 제안했다.", ({"ECU"}, {"COL"}), None),
    ],
    "meetings_held_or_planned_stay": [
        ("Ecuador and Colombia held talks on a proposal for a joint river commission.", None, ["occurred"]),
        ("Ecuador's foreign minister discussed the proposal for a summit at talks with Colombia's foreign minister in "
         "Bogota on Monday.", None, ["occurred"]),
        ("Ecuador announced plans for a summit with Colombia next month.", None, ["planned"]),
    ],
}


@pytest.mark.parametrize("sentence, asks, statuses", class_rows(ROWS))
def test_proposed_meeting_nouns(sentence, asks, statuses):
    found = events(sentence)
    asked = [(countries(e.participants) - countries(e.recipients), countries(e.recipients))
             for e in found if e.type == "REQUEST" and e.mode == "meet"]
    if asks is not None:
        assert asks in asked, asked
    else:
        assert not asked, asked
    if statuses is not None:
        assert sorted(e.status for e in found if e.type == "CONSULT") == statuses, \
            [(e.status, countries(e.participants)) for e in found if e.type == "CONSULT"]
