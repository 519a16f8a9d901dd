"""Korean: a 과/와 partner inside a relative clause before the act's target (lang/ko/particle_roles.relative_partner).
Each row is a sentence we wrote for the test, read through the whole pipeline.

'칠레는 [페루와 전쟁 중인] 에콰도르를 지지했다': 페루와 is the partner of the relative clause's predicate ('전쟁 중인'),
which modifies the target; it is no second actor beside the subject. Where the next marked word after 와 is a name
with its own particle ('칠레와 페루는', '페루와 에콰도르에') the 와 joins two sides as before."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sides(text: str, kind: str) -> tuple[set, set]:
    found = [e for e in events(text) if e.type == kind]
    assert found, [e.type for e in events(text)]
    e = found[0]
    return ({p.country for p in e.participants if p not in e.recipients}, {r.country for r in e.recipients})


# sentence, type, acting states, receiving states
ROWS = [
    ("칠레는 페루와 전쟁 중인 에콰도르를 지지했다.", "SUPPORT", {"CHL"}, {"ECU"}),
    ("가나는 9일 토고와 국경 분쟁 중인 베냉에 지원을 약속했다.", "AGREE", {"GHA"}, {"BEN"}),
    ("스페인은 모로코와 협상 중인 알제리를 비난했다.", "ACCUSE", {"ESP"}, {"DZA"}),
    # negatives: 와 joining two sides
    ("칠레와 페루는 분쟁 중인 에콰도르를 지지했다.", "SUPPORT", {"CHL", "PER"}, {"ECU"}),
    ("칠레는 페루와 에콰도르에 지원을 약속했다.", "AGREE", {"CHL", "PER"}, {"ECU"}),
    ("칠레는 페루와 회담했다.", "CONSULT", {"CHL", "PER"}, set()),
]


@pytest.mark.parametrize("text,kind,actors,receivers", ROWS)
def test_relative_clause_partner_is_no_actor(text, kind, actors, receivers):
    assert sides(text, kind) == (actors, receivers)


def test_english_partner_of_a_relative_clause():
    acting, receiving = sides("Spain criticized Algeria, which is negotiating with Morocco.", "ACCUSE")
    assert acting == {"ESP"} and "MAR" not in acting and "DZA" in receiving
