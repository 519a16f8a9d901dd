"""(counterparts64) A Korean past relative clause with no subject of its own telling a charge ('[칠레를 비판했던]
콜롬비아 대사를 만났다') tells it of the state its head names, as an English 'who'/'which' after a state's envoy does:
that state accuses, the relative's object receives, and the one the head's state meets may be that object (its own
deed, not one done at the meeting: `relative_deed`). lang/ko/act_relatives (HEAD_DOER_TYPES, _head_agent). Negatives:
a head naming no state, a future adnominal, the main clause's own charge. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,actors,recipients", [
    ("페루 외교장관은 칠레를 비판했던 콜롬비아 대사를 만났다.", {"COL"}, {"CHL"}),
    ("페루 외교장관은 칠레를 비판한 콜롬비아 특사와 회담했다.", {"COL"}, {"CHL"}),
    ("페루 외교장관은 페루를 비판했던 콜롬비아 대사를 만났다.", {"COL"}, {"PER"}),
    ("케냐 외교장관은 케냐를 비난한 에티오피아 대사를 접견했다.", {"ETH"}, {"KEN"}),
    # negative: the main clause's own charge stays its subject's
    ("페루 외교장관은 콜롬비아 대사를 만나 칠레를 비판했다.", {"PER"}, {"CHL"}),
])
def test_relative_charge_of_head_state(text, actors, recipients):
    found = sides(text, "ACCUSE")
    assert found and found[0] == (actors, recipients), found


@pytest.mark.parametrize("text", [
    "페루 외교장관은 칠레를 비판했던 학자를 만났다.",  # a head naming no state
    "페루 외교장관은 칠레를 비판할 콜롬비아 대사를 만났다.",  # a future adnominal: no deed done
])
def test_no_relative_charge(text):
    assert not sides(text, "ACCUSE")
