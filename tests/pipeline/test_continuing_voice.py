"""(located66) After talks between office holders named by title alone ('Peru's president met Chile's envoy'), a
subject 'he' goes on with the voice the sentence began with, the talks' subject, not both parties; when the act
names that subject's own state, he is the other party (pipeline/pronoun_rivals.continuing_party). Named people of
two states keep refs39's reading (tests/pipeline/test_pronoun_rivals.py), and two subjects ('A and B met') give no
one voice. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, doer, receiver", class_rows({
    "the-subject-goes-on": [
        ("Peru's president met Chile's envoy on Tuesday. He criticized Chile.", "ACCUSE", "PER", "CHL"),
        ("Ghana's foreign minister met Togo's ambassador on Friday. He criticized Benin.", "ACCUSE", "GHA", "BEN"),
    ],
    "own-state-named": [  # the subject's own state is acted on: the other party speaks
        ("Peru's president met Chile's envoy on Tuesday. He criticized Peru.", "ACCUSE", "CHL", "PER"),
    ],
}))
def test_he_is_the_continuing_voice(text, kind, doer, receiver):
    assert ([doer], [receiver]) in sides(text, kind)


@pytest.mark.parametrize("text, kind", class_rows({
    "two-subjects": [
        ("The Ghanaian foreign minister and the Togolese foreign minister met on Friday. He criticized Benin.",
         "ACCUSE"),
    ],
}))
def test_two_voices_give_no_single_actor(text, kind):
    assert all(len(doers) != 1 for doers, _r in sides(text, kind))
