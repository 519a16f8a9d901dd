"""plover57b (issue 15): the Korean twins of the English classes of tests/lang/en/test_plover57b_acts.py. Every
sentence is our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of


@pytest.mark.parametrize("text", [
    "폴란드는 리투아니아에 병력을 파병하겠다고 약속했다.",  # koacts58: was a strict xfail (promised_deployment_verb)
])
def test_troops_promised_no_threat_ko(text):
    """Troops promised to a state are no threat to it."""
    assert not [e for e in events(text) if e.type == "THREATEN"], [(e.type, e.mode) for e in events(text)]


@pytest.mark.parametrize("text,accused", [
    ("캐나다는 다르푸르 난민 처우 문제로 수단을 비판했다.", ("SDN", "GOV")),
    ("노르웨이는 티그라이 민간인 처우를 놓고 에티오피아를 규탄했다.", ("ETH", "GOV")),
])
def test_bare_accused_state_ko(text, accused):
    """The accused named bare is the state (GOV), not its people in the ground of the charge."""
    first = first_of(events(text), type="ACCUSE")
    assert [(r.country, r.sector) for r in first.recipients] == [accused], \
        [(r.country, r.sector) for r in first.recipients]


@pytest.mark.parametrize("text,actors,recipients", [
    ("수단군이 국경 마을을 폭격하자 차드가 항의했다.", {"SDN"}, set()),
    ("나이지리아군이 국경 야영지를 폭격하자 카메룬이 항의했다.", {"NGA"}, set()),  # places58: a place's common noun
])
def test_drawn_protest_source_no_recipient_ko(text, actors, recipients):
    """The state protesting a deed receives nothing of the deed."""
    first = first_of(events(text), type="ASSAULT")
    assert actors <= countries(first.participants) and countries(first.recipients) == recipients, \
        (countries(first.participants), countries(first.recipients))


@pytest.mark.parametrize("text,actors,recipients", [
    ("베트남 순시선이 중국 어선을 봉쇄했다.", {"VNM"}, {"CHN"}),
    ("튀르키예 해군은 그리스 탐사선의 항로를 막았다.", {"TUR"}, {"GRC"}),
    pytest.param("튀르키예 해군은 그리스 탐사선을 가로막았다.", {"TUR"}, {"GRC"}, marks=pytest.mark.xfail(strict=True, reason=(
        "vessels blocked with '가로막다' (no 항로 object) read no act: the fix would add a 가로막다/막다 entry whose object "
        "is a vessel noun (선, 어선, 보급선 ...) to scripts/data/ko_acts_cameo_spec.yaml or ko_acts.yaml"))),
])
def test_blocked_vessels_ko(text, actors, recipients):
    """Vessels blocked are a blockade (COERCE) of their state."""
    first = first_of(events(text), type="COERCE")
    assert actors <= countries(first.participants) and countries(first.recipients) == recipients, \
        (countries(first.participants), countries(first.recipients))
