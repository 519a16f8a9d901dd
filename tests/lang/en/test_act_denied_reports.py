"""(enkin47) A deed a plain 'said' reports and its doer denies in the same sentence ('X said Y shelled its post, but Y
denied the attack') is a claim: the speaker alleges it (ACCUSE X -> Y), the doer rejects it, and no ASSAULT is
coded (lang/en/act_denied_claims.py, pipeline/act_charged_deeds.py). The Korean row is force59's claim-and-denial.
Negative rows: no denial, another side's denial, a negated denial: the deed the report states stays. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Chile said Peru attacked its border post, but Peru denied the attack.", True),
    ("Chile said that Peru's troops shelled a border post, while Peru rejected the claim.", True),
    ("Chile said the Peruvian army attacked its border post, but Peru denied the attack.", True),
    ("칠레는 페루군이 국경 초소를 포격했다고 주장했고, 페루는 이를 부인했다.", True),
    # negative rows: the report states the deed
    ("Chile said Peru attacked its border post on Monday.", False),
    ("Chile said Peru attacked its border post, but gave no details.", False),
    ("Chile said Peru attacked its border post, but Bolivia denied it.", False),
    ("Chile said Peru attacked its border post, but Peru did not deny it.", False),
]


@pytest.mark.parametrize("sentence, disputed", ROWS)
def test_act_denied_reports(sentence, disputed):
    found = events(sentence)
    assault = [e for e in found if e.type == "ASSAULT" and "PER" in countries(e.participants)]
    accuse = [e for e in found if e.type == "ACCUSE" and "CHL" in countries(e.participants)
              and "PER" in countries(e.recipients)]
    assert (not assault and bool(accuse)) == disputed, [(e.type, countries(e.participants)) for e in found]
    assert bool(assault) != disputed
