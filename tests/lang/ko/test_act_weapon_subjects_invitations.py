"""Korean acts: weapons and units as subjects of force, command forms, invitations' hosts, guarded names. A weapon or
unit as the subject of force, a command-form complement addressed to a guarded country name, a relative clause
before the 에 party, an invitation's host, a quoted headline fragment, a shared view after a meeting, a state's ship
split by kiwi. Each row is a sentence we wrote (not the probe's, not an article's), through the whole pipeline: the
type, acting and receiving states, mode and status it states (status None: no event of the type).

Formerly tests/lang/test_ko_act_classes6.py; classes first read as "The Korean act classes of the sixth session
(issues 13 and 15), left by the last session on held-out sentences" (docs/history.md)."""
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
    # 3. a relative clause before the 에 party, however long: the party is the noun the 에 closes; an act named
    # inside the clause was done to that noun (a cause or a suffering verb), or by it (no subject of its own)
    ("한국 정부는 지진 피해를 입은 튀르키예에 1천만 달러 지원을 약속했다.", "AGREE", {"KOR"}, {"TUR"}, None, "occurred"),
    ("독일은 홍수로 수백 명이 숨진 리비아에 긴급 구호품을 전달했다.", "AID", {"DEU"}, {"LBY"}, "humanitarian",
     "occurred"),
    ("미국은 북한에 무기를 공급한 러시아에 추가 제재를 부과했다.", "SANCTION", {"USA"}, {"RUS"}, None, "occurred"),
    ("일본은 러시아의 침공으로 에너지 시설이 파괴된 우크라이나에 발전기를 보냈다.", "ASSAULT", {"RUS"}, {"UKR"}, None,
     "occurred"),
    ("일본은 지난주 동해상으로 탄도미사일을 발사한 북한에 강력히 항의했다.", "MOBILIZE", {"PRK"}, set(), None, "occurred"),
    ("일본은 지난주 동해상으로 탄도미사일을 발사한 북한에 강력히 항의했다.", "ACCUSE", {"JPN"}, {"PRK"}, None, "occurred"),
    ("유럽연합은 내전으로 고통받는 수단에 인도적 지원을 늘리지 않기로 했다.", "AID", set(), None, None, None),
    # ... but a passive relative clause describes who suffered the act, not who did it
    ("한국은 미사일 공격을 받은 이스라엘에 위로를 전했다.", "ASSAULT", set(), None, None, None),
    ("포격을 당한 우크라이나 마을에 구호품이 도착했다.", "ASSAULT", set(), None, None, None),
    # 5. a headline's quoted noun phrase is what its speaker says: a firm response or force threatens, a pledge
    # to cooperate is no act, never AGREE
    ("외교부, 中 서해 구조물 설치에 '엄중 대응'", "THREATEN", {"KOR"}, {"CHN"}, None, "occurred"),
    ("외교부, 中 서해 구조물 설치에 '엄중 대응'", "AGREE", set(), None, None, None),
    ("이란 \"이스라엘에 보복\"", "THREATEN", {"IRN"}, {"ISR"}, "violence", "occurred"),
    ("이란 \"이스라엘에 보복\"", "ASSAULT", set(), None, None, None),
    ("터키 \"시리아에 보복하겠다\"", "THREATEN", {"TUR"}, {"SYR"}, "violence", "occurred"),
    ("터키 \"시리아에 보복하겠다\"", "ASSAULT", set(), None, None, None),
    ("日 총리, 한국과 '협력 강화'", "AGREE", set(), None, None, None),
    ("日 총리, 한국과 '협력 강화'", "COOPERATE", set(), None, None, None),
    ("정부 \"기후위기에 적극 대응\"", "AGREE", set(), None, None, None),
    ("中 외교부 \"美 대만 무기판매 강력 규탄\"", "ACCUSE", {"CHN"}, None, "disapprove", "occurred"),
    # 6. a view shared after a meeting (뜻/의견/인식을 같이하다, 공감대를 형성하다): both parties of the meeting agree
    ("프랑스 대통령은 독일 총리와 회담하고 우크라이나 지원 문제에 대해 의견을 같이했다.", "AGREE", {"FRA", "DEU"}, None,
     None, "occurred"),
    ("칠레 대통령은 페루 대통령과 만나 리튬 공급망 협력에 공감대를 형성했다.", "AGREE", {"CHL", "PER"}, None, None,
     "occurred"),
    ("호주 총리는 뉴질랜드 총리와 정상회담을 열었다. 호주 총리는 태평양 안보 강화에 뜻을 같이했다고 밝혔다.", "AGREE",
     {"AUS", "NZL"}, None, None, "occurred"),
    ("캐나다 총리는 멕시코 대통령과 회담했으나 이민 문제에서 의견을 같이하지 못했다.", "AGREE", set(), None, None, None),
    # 7. a state's ship or unit, a compound kiwi may split (해경 + 선, 보급 + 선): its state acts or receives
    ("중국 해경선이 필리핀 보급선에 물대포를 발사했다.", "ASSAULT", {"CHN"}, {"PHL"}, "crowd-control", "occurred"),
    ("중국 해경선이 베트남 어선을 들이받았다.", "ASSAULT", {"CHN"}, {"VNM"}, None, "occurred"),
    ("일본 순시선이 대만 어선에 경고 사격을 했다.", "MOBILIZE", {"JPN"}, {"TWN"}, None, "occurred"),
    ("한국 해경은 중국 해경선 2척을 나포하지 않았다.", "COERCE", set(), None, None, None),
]


# 4. 'B의 초청으로' (at B's invitation): B is the host, the meeting's other party
MEETINGS = [
    ("케냐 대통령은 중국 국가주석의 초청으로 베이징을 국빈 방문했다.", {"KEN", "CHN"}, "occurred"),
    ("스페인 총리는 모로코 국왕의 초청으로 라바트에서 회담했다.", {"ESP", "MAR"}, "occurred"),
    ("이집트 대통령은 다음 달 인도 총리의 초청으로 뉴델리를 방문할 예정이다.", {"EGY", "IND"}, "planned"),
    ("캐나다 총리는 영국 국왕의 초청에 따라 런던을 방문했다.", {"CAN", "GBR"}, "occurred"),
]


@pytest.mark.parametrize("text,parties,status", MEETINGS)
def test_invitation_host_meets(text, parties, status):
    found = [e for e in extract_text(text, published=PUB).events if e.type == "CONSULT"]
    assert found and {p.country for p in found[0].participants} == parties, \
        [(e.type, [p.country for p in e.participants]) for e in found]
    assert found[0].status == status


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", ROWS)
def test_each_row_states_its_act(text, type_, actors, recipients, mode, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status, mode)


def test_guarded_name_not_addressed_by_a_state():
    """A guarded form after a subject that is no state nor body is not read as a country: '현대차는 조지아에'."""
    from readout.lang.ko.countries import find_countries

    art = extract_text("현대차는 조지아에 새 공장을 지었다.", published=PUB)
    assert not [e for e in art.events]
    toks = art.tokens.get(art.sentences[0].start, ())
    assert not [c for c in find_countries(art.text, 0, list(toks)) if "GEO" in c.codes]
