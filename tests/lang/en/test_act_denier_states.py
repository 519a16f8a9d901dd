"""(endeny47) A reported deed whose doer denies it under another name is a claim: the denier is read as a state before
it is compared with the doer (lang/en/act_denier_states.py): the accused state's capital standing for its government
('but Nairobi denied it'), a pronoun ('but it rejected the claim': the accused, never the teller), a phrase naming the
state ('the government in Nairobi'). The speaker alleges (ACCUSE), the accused rejects (REJECT), no ASSAULT is coded.
The Korean row is force59's claim and denial by the capital. Negative rows: another state's capital denies, the
speaker's own troops are reported (a pronoun then has no accused state), no denial follows, a negated denial. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Tanzania said Kenyan soldiers raided its border village, but Nairobi denied it.", True),
    ("Tanzania said Kenyan soldiers raided its border village, but it rejected the claim.", True),
    ("Tanzania said Kenya's army raided its border village, but it denied the accusation.", True),
    ("Tanzania said Kenyan soldiers raided its border village, but the government in Nairobi denied the claim.", True),
    ("Tanzania said Kenyan soldiers raided its border village, while Nairobi dismissed the report.", True),
    ("Tanzania said Kenyan soldiers raided its border village, but Nairobi disputed the claim.", True),
    ("탄자니아는 케냐군이 국경 마을을 습격했다고 주장했고, 나이로비는 이를 부인했다.", True),
    ("탄자니아는 케냐군이 국경 마을을 습격했다고 주장했고, 케냐 정부는 이를 부인했다.", True),
    # negative rows: the deed stays the report's
    ("Tanzania said Kenyan soldiers raided its border village, but Kampala denied it.", False),
    ("Tanzania said Kenyan soldiers raided its border village, but it gave no further details.", False),
    ("Tanzania said Kenyan soldiers raided its border village, but Nairobi did not deny it.", False),
    ("Tanzania said Kenyan soldiers raided its border village on Sunday.", False),
]


@pytest.mark.parametrize("sentence, disputed", ROWS)
def test_denier_named_otherwise(sentence, disputed):
    found = events(sentence)
    deeds = [e for e in found if e.type == "ASSAULT" and "KEN" in countries(e.participants)]
    rejects = [e for e in found if e.type == "REJECT" and "KEN" in countries(e.participants)]
    assert (not deeds and bool(rejects)) == disputed, [(e.type, countries(e.participants)) for e in found]
    assert bool(deeds) != disputed


def test_pronoun_denial_is_the_accused_states():
    """'but it rejected the claim' is the accused state's rejection of the teller, not the teller's own."""
    found = events("Tanzania said Kenyan soldiers raided its border village, but it rejected the claim.")
    rejects = [(countries(e.participants), countries(e.recipients)) for e in found if e.type == "REJECT"]
    assert rejects == [({"KEN"}, {"TZA"})]


def test_own_troops_pronoun_stays():
    """The speaker's own troops name no accused state: 'it' is not read as a denier, the deed stays."""
    found = events("Tanzania said its soldiers raided a Kenyan border village, but it denied any abuses.")
    assert [e for e in found if e.type == "ASSAULT"], [(e.type, countries(e.participants)) for e in found]
