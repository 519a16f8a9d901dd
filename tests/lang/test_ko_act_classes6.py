"""The Korean act classes of the sixth session (issues 13 and 15), left by the last session on held-out
sentences: a weapon or unit as the subject of force, a command-form complement addressed to a guarded
country name, a relative clause before the 에 party, an invitation's host, a quoted headline fragment, a
shared view after a meeting, a state's ship split by kiwi. Each row is a sentence we wrote (not the probe's,
not an article's), through the whole pipeline: the type, acting and receiving states, mode and status it
states (status None: no event of the type)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)

# sentence, type, actors, recipients (None: not checked), mode (None: not checked), status
ROWS = [
    # 1. a weapon or a unit as the subject of force: its owner named before it acts
    ("이란 드론이 이라크 북부의 쿠르드 기지를 공격했다.", "ASSAULT", {"IRN"}, {"IRQ"}, None, "occurred"),
    ("아제르바이잔 포병이 아르메니아 국경 마을을 포격했다.", "ASSAULT", {"AZE"}, {"ARM"}, "heavy-weapons", "occurred"),
    ("튀르키예 무인기가 시리아 북부 쿠르드 거점을 폭격할 계획이다.", "ASSAULT", {"TUR"}, {"SYR"}, None, "planned"),
    ("이스라엘 전투기들은 이번에는 시리아 공항을 공습하지 않았다.", "ASSAULT", set(), None, None, None),
    ("드론이 정유시설을 공격했다.", "ASSAULT", set(), None, None, None),  # no owner named: no one acts
    # ... and a pair's noun before the place struck: the place stands between the noun and its verb
    ("우크라이나는 드론으로 러시아 정유시설을 공격했다.", "ASSAULT", {"UKR"}, {"RUS"}, "drone", "occurred"),
    # 2. a command-form complement (하라고, 할 것을, 하도록) + 요구/촉구/요청: the 에/에게 party is asked, a guarded
    # country name (조지아, 말리, 차드) included when a state or a body addresses it
    ("유럽연합은 조지아에 외국 대리인법을 철회하라고 요구했다.", "REQUEST", {"EUR"}, {"GEO"}, None, "occurred"),
    ("독일은 차드에 난민 보호를 강화할 것을 요청했다.", "REQUEST", {"DEU"}, {"TCD"}, None, "occurred"),
    ("프랑스는 말리 군정에 조속히 선거를 치르도록 요청했다.", "REQUEST", {"FRA"}, {"MLI"}, None, "occurred"),
    ("일본은 중국에 수산물 수입 금지를 해제하라고 요구하지 않았다.", "REQUEST", set(), None, None, None),
    # 7. a state's ship or unit, a compound kiwi may split (해경 + 선, 보급 + 선): its state acts or receives
    ("중국 해경선이 필리핀 보급선에 물대포를 발사했다.", "ASSAULT", {"CHN"}, {"PHL"}, "crowd-control", "occurred"),
    ("중국 해경선이 베트남 어선을 들이받았다.", "ASSAULT", {"CHN"}, {"VNM"}, None, "occurred"),
    ("일본 순시선이 대만 어선에 경고 사격을 했다.", "THREATEN", {"JPN"}, {"TWN"}, None, "occurred"),
    ("한국 해경은 중국 해경선 2척을 나포하지 않았다.", "COERCE", set(), None, None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", ROWS)
def test_act_classes6(text, type_, actors, recipients, mode, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status, mode)


def test_guarded_name_not_addressed_by_a_state():
    """A guarded form after a subject that is no state nor body is not read as a country: '현대차는 조지아에'."""
    from readout.lang.ko.countries import find_countries

    art = extract_text("현대차는 조지아에 새 공장을 지었다.", published=PUB)
    assert not [e for e in art.events]
    toks = art.tokens.get(art.sentences[0].start, ())
    assert not [c for c in find_countries(art.text, 0, list(toks)) if "GEO" in c.codes]
