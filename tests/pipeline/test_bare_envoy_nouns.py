"""A bare envoy noun stands for the envoy the story named, whatever his exact title (refs39; pipeline/envoys.py,
offices.yaml `envoys`): 'Russian Ambassador X ... The envoy rejected the protest' is Russia's act on the summoning
state, and 'told the envoy that ...' warns Russia, not the host state."""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 14)
SUMMONS = "Chile summoned Russian Ambassador Oleg Markov on Monday. "
KO_SUMMONS = "칠레 외교부는 10일 올레그 마르코프 주칠레 러시아 대사를 초치했다. "


@pytest.mark.parametrize("text, kind, actors, recipients", [
    (SUMMONS + "The envoy rejected the protest.", "REJECT", {"RUS"}, {"CHL"}),
    (SUMMONS + "The Russian envoy dismissed the protest as groundless.", "REJECT", {"RUS"}, {"CHL"}),
    (SUMMONS + "Foreign Minister Ana Soto told the envoy that Chile would respond firmly to any threat.", "THREATEN",
     {"CHL"}, {"RUS"}),
    (KO_SUMMONS + "대사는 칠레의 항의를 일축했다.", "REJECT", {"RUS"}, {"CHL"}),
])
def test_a_bare_envoy_noun_is_the_envoy_named(extract, text, kind, actors, recipients):
    assert_act(events_of(extract(text, published=DAY)), kind, actors, recipients, "occurred")


def test_an_envoy_of_another_state_is_not_the_one_named(extract):
    """'the Peruvian envoy' after a Russian ambassador is Peru's, never the Russian named before."""
    acts = events_of(extract(SUMMONS + "The Peruvian envoy condemned the drills.", published=DAY), "ACCUSE")
    assert any(p.country == "PER" for e in acts for p in e.participants)
    assert not any(p.country == "RUS" for e in acts[1:] for p in e.participants)
