"""A body every state has, listed once under the U.S. ('the National Security Council', 'NSC'; lexicon en
shared_body_names, read as a shared party name is: lang/en/shared_parties.py, actors61): named bare in a story placed
in another state by its towns, it is that state's council; a state the sentence names after it (the side it acts on)
does not unplace the story (pipeline/story_states.story_home_words). Korean bare 'NSC' was done by lead59
(tests/lang/ko/test_home_bodies.py). Our own sentences; negatives keep the U.S. council: a story placed nowhere, the
U.S. named in the sentence, a story placed in Washington."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [  # (text, kind, the council's state)
    ("Protests erupted in Manila on Sunday. The National Security Council on Monday accused China of harassing "
     "fishermen.", "ACCUSE", "PHL"),
    ("Riots broke out in Nairobi on Friday.\n\nThe NSC said on Saturday that it had met and condemned the attacks on "
     "police stations.", "ACCUSE", "KEN"),
    ("Two bombs exploded in Tashkent on Sunday. The National Security Council on Monday accused "
     "Afghanistan of sheltering the gangs.", "ACCUSE", "UZB"),
    # negatives: the U.S. council
    ("The National Security Council on Monday accused China of harassing fishermen.", "ACCUSE", "USA"),
    ("Protests erupted in Manila on Sunday. The U.S. National Security Council accused China of harassing "
     "fishermen.", "ACCUSE", "USA"),
    ("Lawmakers met in Washington on Monday. The National Security Council accused Iran of arming rebels.",
     "ACCUSE", "USA"),
]


@pytest.mark.parametrize("text, kind, state", ROWS)
def test_a_bare_security_council_is_the_placed_states(text, kind, state):
    found = sides(text, kind)
    assert found and state in found[0][0], found
    assert all("USA" not in a for a, _ in found) or state == "USA", found
