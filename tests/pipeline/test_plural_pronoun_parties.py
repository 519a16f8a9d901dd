"""A plural subject right after a sentence whose subjects were a pair of officials stands for those parties, in both
languages: 'They agreed ...', 'They condemned ...', '양측은 ...' after 'A met B' / 'A와 B 외교장관은 회담했다' is done
by both states; 'They' after one named person with unnamed others ('spoke with reporters') names no state."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text, kind, states", [
    ("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. They agreed to "
     "expand trade.", "AGREE", {"CHL", "ARG"}),
    ("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. They condemned the "
     "attack on Ecuador's embassy.", "ACCUSE", {"CHL", "ARG"}),
    ("칠레와 아르헨티나 외교장관은 10일 산티아고에서 회담했다. 양측은 에콰도르를 비난했다.", "ACCUSE", {"CHL", "ARG"}),
])
def test_a_plural_subject_is_the_pair_just_named(extract, text, kind, states):
    acts = events_of(extract(text, published=DAY), kind)
    assert acts and {p.country for p in acts[0].participants} == states


def test_they_after_one_person_and_unnamed_others_is_no_state(extract):
    article = extract("Chilean President Gabriel Boric spoke with reporters on Monday. They condemned Venezuela.",
                      published=DAY)
    assert not events_of(article, "ACCUSE")
