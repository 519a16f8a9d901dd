"""The Korean act rules added for the classes bench/ko_act_probe.py found (issue 15), through the whole
pipeline: each row a sentence we wrote, with the type, acting and receiving states, mode and status it
states (status None: no event of the type). Every class has a planned or negated row."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

PUB = date(2024, 5, 22)

# sentence, type, actors, recipients (None: not checked), mode (None: not checked), status
ROWS = [
    # a pledge of aid, a release or cooperation is AGREE made to the one it would reach (stated_type)
    ("일본 정부는 필리핀에 긴급 자금을 지원하겠다고 밝혔다.", "AGREE", {"JPN"}, {"PHL"}, None, "occurred"),
    ("캐나다는 요르단에 구호품을 보내기로 했다.", "AGREE", {"CAN"}, {"JOR"}, None, "occurred"),
    ("호주 정부는 뉴질랜드에 의료진을 파견할 계획이다.", "AGREE", {"AUS"}, {"NZL"}, None, "occurred"),
    # what cooperation hands over reaches the state marked by the entry's particle; the partner acts
    ("태국은 말레이시아에 범죄인을 인도했다.", "COOPERATE", {"THA"}, {"MYS"}, None, "occurred"),
    ("태국은 말레이시아에 범죄인을 인도하지 않았다.", "COOPERATE", set(), None, None, None),
    # a request after a coordinated clause is addressed to the noun marked 에 in its own clause
    ("독일 총리는 튀르키예에 차관을 제공하고 그리스에 대화 재개를 촉구했다.", "REQUEST", {"DEU"}, {"GRC"}, "meet",
     "occurred"),
    ("영국은 인도에 항의하고 파키스탄을 향해 경고했다.", "THREATEN", {"GBR"}, {"PAK"}, None, "occurred"),
    ("미국은 중국에 북한을 설득하고 압박해 달라고 요청했다.", "REQUEST", {"USA"}, {"CHN"}, None, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", ROWS)
def test_probe_classes(text, type_, actors, recipients, mode, status):
    events = [e for e in extract_text(text, published=PUB).events if e.type == type_]
    if status is None:
        assert not events, [(e.type, e.status) for e in events]
        return
    assert events, [(e.type, e.status) for e in extract_text(text, published=PUB).events]
    e = events[0]
    assert actors <= countries(e.participants), (countries(e.participants), countries(e.recipients))
    if recipients is not None:
        assert countries(e.recipients) == recipients
    if mode is not None:
        assert e.mode == mode
    assert e.status == status
