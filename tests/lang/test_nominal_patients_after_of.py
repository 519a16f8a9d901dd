"""(ploveren71) A noun act whose lexicon entry names its target after 'of' ('the deportation of X', 'the arrest of X')
has that 'of' phrase as what the act is done to, never its agent: the state the target names is no owner read after
the noun ('Pakistan announced the deportation of Afghan refugees': Pakistan deports, Afghanistan receives), so the
announcing or ordering subject acts (pipeline/act_subjects.nominal_actor). Negative rows: an 'of' the entry does
not take as a target still names the agent ('the missile launches of North Korea', 'the withdrawal of Russian
troops from X'). Korean tells the patient in the genitive before the noun ('아프간 난민의 추방을 발표했다', konoun46 with a
count between: the verb's pair for the patient). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of


def xfail(reason: str, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


ROWS = [
    # the target after 'of' receives, the announcing or ordering subject acts
    ("Pakistan announced the deportation of thousands of Afghan refugees.", "COERCE", {"PAK"}, {"AFG"}),
    ("Kenya ordered the deportation of a Ugandan activist.", "COERCE", {"KEN"}, {"UGA"}),
    ("Russia announced the withdrawal of its troops from the Armenian border.", "RETREAT", {"RUS"}, {"ARM"}),
    # negative rows: an 'of' that is no target of the entry names the agent
    ("Japan condemned the missile launches of North Korea.", "MOBILIZE", {"PRK"}, set()),
    ("The withdrawal of Russian troops from Moldova began on Monday.", "RETREAT", {"RUS"}, {"MDA"}),
    ("Peru condemned the deportation of Bolivian migrants by Chile.", "COERCE", {"CHL"}, {"BOL"}),
    ("파키스탄은 9일 아프간 난민 수천 명의 추방을 발표했다.", "COERCE", {"PAK"}, {"AFG"}),  # konoun46
]


@pytest.mark.parametrize("sentence, kind, actors, recipients", ROWS)
def test_nominal_patients_after_of(sentence, kind, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert countries(first.participants) == actors, countries(first.participants)
    assert countries(first.recipients) == recipients, countries(first.recipients)
