"""attack71: the attack nouns a claim of responsibility reads are one list with those 'carry out' takes (cue
claimed_attack_nouns): 'claimed credit for a raid on X', 'took responsibility for the strikes on Y' code ASSAULT by the
claimers at the noun's object, though a bare 'raid' or 'strike' is no act of its own; the Korean twin ('...에 대한
습격의 배후를 자처했다', '... 기습에 대한 책임을 주장했다'). Our own sentences; negative rows: a labour strike
claimed is no attack, a claim made by no one tells no doer, a bare raid or strike noun is no act."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event))
ROWS = {
    "a_claimed_raid_or_strike_is_the_claimers_attack": [
        ("Bolivian guerrillas claimed credit for a raid on a Paraguayan border garrison.", "ASSAULT", {"BOL"}, {"PRY"},
         OCC),
        ("Bolivian guerrillas took responsibility for the strikes on a Paraguayan fuel depot.", "ASSAULT", {"BOL"},
         {"PRY"}, OCC),
        ("Ugandan militants claimed responsibility for two raids against Kenyan police stations.", "ASSAULT", {"UGA"},
         {"KEN"}, OCC),
        ("볼리비아 게릴라는 파라과이 국경 수비대에 대한 습격의 배후를 자처했다.", "ASSAULT", {"BOL"}, {"PRY"}, OCC),
        ("우간다 무장단체는 케냐 경찰서 기습에 대한 책임을 주장했다.", "ASSAULT", {"UGA"}, {"KEN"}, OCC),
    ],
    "no_attack_without_a_claimed_attack_noun": [
        ("Bolivian miners claimed credit for the general strike against the Paraguayan company.", "ASSAULT", set(),
         None, None),
        ("No group has claimed responsibility for the raid on a Paraguayan border garrison.", "ASSAULT", set(), None,
         None),
        ("Bolivian officials said a raid was possible but gave no details.", "ASSAULT", set(), None, None),
        ("볼리비아 게릴라는 파라과이 국경 수비대 습격에 대한 책임을 부인했다.", "ASSAULT", set(), None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status", class_rows(ROWS))
def test_claimed_raids_and_strikes(sentence, kind, actors, recipients, status):
    assert_act(events(sentence), kind, actors, recipients, status)
