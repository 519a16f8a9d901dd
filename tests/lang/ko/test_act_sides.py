"""Korean acts through the whole pipeline: for each of the 16 PLOVER types, sentences we wrote with the
expected acting and receiving states, mode and status (a negated act is no event: status None).
Tests the Korean reading (lang/ko/acts.py, clauses.py, endings.py) together with the side assignment
(pipeline/acts.py) it feeds."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.plover_tables import TYPES
from tests.conftest import countries, events_of

PUB = date(2024, 5, 10)

# sentence, type, actors, recipients, mode, status (None: no event of the type); CONSULT's "actors" are
# its participants' states
SIDES = [
    ("한국과 일본은 8일 자유무역협정에 서명했다.", "AGREE", {"KOR", "JPN"}, set(), None, "occurred"),
    ("미국과 중국은 다음 달 무역 협정을 체결할 예정이다.", "AGREE", {"USA", "CHN"}, set(), None, "planned"),
    ("한국과 베트남은 그 협정에 서명하지 않았다.", "AGREE", set(), set(), None, None),
    ("조태열 외교부 장관은 8일 서울에서 블링컨 국무장관과 회담했다.", "CONSULT", {"KOR", "USA"}, set(), None,
     "occurred"),
    ("조태열 외교부 장관은 다음 주 블링컨 국무장관과 회담할 예정이다.", "CONSULT", {"KOR", "USA"}, set(), None,
     "planned"),
    ("조태열 외교부 장관은 블링컨 국무장관과 회담하지 않았다.", "CONSULT", {"KOR", "USA"}, set(), None,
     "cancelled"),  # a meeting that did not take place is kept, as cancelled
    ("미국은 한국의 입장을 지지한다고 밝혔다.", "SUPPORT", {"USA"}, {"KOR"}, None, "occurred"),
    ("프랑스는 독일의 제안을 환영했다.", "SUPPORT", {"FRA"}, {"DEU"}, None, "occurred"),
    ("일본은 필리핀의 입장을 지지하지 않았다.", "SUPPORT", set(), set(), None, None),
    ("일본 총리는 한국에 사과했다.", "SUPPORT", {"JPN"}, {"KOR"}, None, "occurred"),  # coding63: CAMEO 055
    ("미국은 쿠바에 대한 제재를 해제할 방침이다.", "AGREE", {"USA"}, {"CUB"}, None, "occurred"),  # sanction54: announced
    # easing (RETREAT, crosswalk 085) is a promise (AGREE, coding63)
    ("중국은 한국에 사과하지 않았다.", "SUPPORT", set(), set(), None, None),
    ("일본은 한국의 요구에 양보했다.", "CONCEDE", {"JPN"}, {"KOR"}, None, "occurred"),
    ("중국은 한국의 요구에 양보할 방침이다.", "CONCEDE", {"CHN"}, {"KOR"}, None, "planned"),
    ("필리핀 정부는 수감된 야당 지도자를 사면할 방침이다.", "CONCEDE", {"PHL"}, {"PHL"}, None, "planned"),
    ("한국과 호주는 군사 정보를 공유했다.", "COOPERATE", {"KOR", "AUS"}, set(), None, "occurred"),
    ("한국과 호주는 다음 달 공동 순찰을 실시할 예정이다.", "COOPERATE", {"KOR", "AUS"}, set(), None, "planned"),
    ("한국과 캐나다는 정보를 공유하지 않았다.", "COOPERATE", set(), set(), None, None),
    ("미국은 우크라이나에 무기를 제공했다.", "AID", {"USA"}, {"UKR"}, "military", "occurred"),
    ("일본은 튀르키예에 구호품을 보냈다.", "AID", {"JPN"}, {"TUR"}, "humanitarian", "occurred"),
    ("독일은 우크라이나에 차관을 제공하지 않았다.", "AID", set(), set(), None, None),
    ("러시아군은 우크라이나에서 철수했다.", "RETREAT", {"RUS"}, {"UKR"}, "withdraw", "occurred"),
    ("이란은 억류했던 영국 선원들을 석방했다.", "RETREAT", {"IRN"}, {"GBR"}, "release", "occurred"),
    ("북한은 억류한 한국 선교사들을 석방하지 않았다.", "RETREAT", set(), set(), None, None),
    ("한국 정부는 북한에 대화 재개를 촉구했다.", "REQUEST", {"KOR"}, {"PRK"}, "meet", "occurred"),
    ("일본은 미국에 추가 지원을 요청할 계획이다.", "REQUEST", {"JPN"}, {"USA"}, "assist", "planned"),
    ("중국은 한국에 대화를 요구하지 않았다.", "REQUEST", set(), set(), None, None),
    ("한미 양국은 북한의 미사일 발사를 강력하게 규탄했다.", "ACCUSE", {"KOR", "USA"}, {"PRK"}, "disapprove",
     "occurred"),
    ("중국 외교부 대변인은 일본의 조치를 비난했다.", "ACCUSE", {"CHN"}, {"JPN"}, "disapprove", "occurred"),
    ("미국은 러시아를 비난하지 않았다.", "ACCUSE", set(), set(), None, None),
    ("북한은 한국의 대화 제안을 거부했다.", "REJECT", {"PRK"}, {"KOR"}, "meet", "occurred"),
    ("이란은 미국의 요구를 일축했다.", "REJECT", {"IRN"}, {"USA"}, None, "occurred"),
    ("러시아는 우크라이나의 제안을 거절하지 않았다.", "REJECT", set(), set(), None, None),
    ("북한은 한국이 대가를 치를 것이라고 위협했다.", "THREATEN", {"PRK"}, {"KOR"}, None, "occurred"),
    ("한국 정부는 북한의 도발에 단호하게 대응하겠다고 밝혔다.", "THREATEN", {"KOR"}, {"PRK"}, None, "occurred"),
    ("미국은 이란을 위협하지 않았다.", "THREATEN", set(), set(), None, None),
    ("이란 시위대는 영국 대사관 앞에서 시위를 벌였다.", "PROTEST", {"IRN"}, {"GBR"}, "demo", "occurred"),
    ("이란 시위대는 다음 주 영국 대사관 앞에서 시위를 벌일 예정이다.", "PROTEST", {"IRN"}, {"GBR"}, "demo",
     "planned"),
    ("이란 시위대는 영국 대사관 앞에서 시위하지 않았다.", "PROTEST", set(), set(), None, None),
    ("미국은 이란에 추가 제재를 부과했다.", "SANCTION", {"USA"}, {"IRN"}, "discontinue", "occurred"),
    ("한국 정부는 러시아 외교관 두 명을 추방했다.", "SANCTION", {"KOR"}, {"RUS"}, "expel", "occurred"),
    # enmodes70: a sanction weighed ('제재를 검토하고 있다') is a THREATEN of it (tests/lang/test_weighed_measures.py);
    # one pushed for stays the SANCTION planned
    ("유럽연합은 벨라루스에 대한 추가 제재를 추진하고 있다.", "SANCTION", {"EUR"}, {"BLR"}, "discontinue",
     "planned"),
    ("북한은 8일 동해상으로 탄도미사일 2발을 발사했다.", "MOBILIZE", {"PRK"}, set(), "weapons", "occurred"),
    ("한미 연합훈련이 8일 시작됐다.", "COOPERATE", {"KOR", "USA"}, set(), None, "occurred"),  # plans56: joint drill
    ("북한은 10일 단독 훈련을 실시했다.", "MOBILIZE", {"PRK"}, set(), "troops", "occurred"),  # plans56: one state's
    ("북한은 미사일을 쏘지 않았다.", "MOBILIZE", set(), set(), None, None),
    ("중국 당국은 일본 기자를 체포했다.", "COERCE", {"CHN"}, {"JPN"}, "arrest", "occurred"),
    ("북한은 한국 어선을 나포했다.", "COERCE", {"PRK"}, {"KOR"}, "seize", "occurred"),
    ("러시아는 미국 기자를 체포하지 않았다.", "COERCE", set(), set(), None, None),
    ("러시아군은 우크라이나를 공습했다.", "ASSAULT", {"RUS"}, {"UKR"}, "aerial", "occurred"),
    ("이스라엘군은 레바논을 포격했다.", "ASSAULT", {"ISR"}, {"LBN"}, "heavy-weapons", "occurred"),
    ("러시아는 우크라이나를 공격하지 않았다.", "ASSAULT", set(), set(), None, None),
    # the subject of the act's own (reported) clause acts, even with '...에 대한' before the act noun; it is no target
    ("정부는 조태열 장관이 이란 핵 개발에 대한 우려를 전달했다고 밝혔다.", "ACCUSE", {"KOR"}, {"IRN"}, "disapprove",
     "occurred"),
    # 'B와의 회담에서': the one met modifies the meeting noun; it does not act
    ("조태열 장관은 왕이 부장과의 통화에서 이란 핵 개발에 대한 우려를 전달했다.", "ACCUSE", {"KOR"}, {"IRN"},
     "disapprove", "occurred"),
    # an addressee closed by a bound noun ('러시아 측에') beats a state inside the content
    ("정부는 이란 측에 시리아와의 무기 거래를 중단할 것을 요구했다.", "REQUEST", {"KOR"}, {"IRN"}, "yield",
     "occurred"),
    # announced or observed act nouns are the announcer's acts; a named owner's act is not
    ("일본은 필리핀에 대한 3억 달러 규모의 경제 지원을 발표했다.", "AID", {"JPN"}, {"PHL"}, "economic", "occurred"),  # kopar53a: money given is economic
    ("러시아 국방부는 우크라이나의 드론 공격을 발표했다.", "ASSAULT", set(), set(), None, None),
    # a city or an island struck, where no state is named, stands for the state it is in (places.yaml, GeoNames)
    ("러시아군은 하르키우 도심을 미사일로 공격했다.", "ASSAULT", {"RUS"}, {"UKR"}, None, "occurred"),
    ("북한군은 백령도 인근 해상을 향해 포격했다.", "ASSAULT", {"PRK"}, set(), "heavy-weapons", "occurred"),
    # people who are no state's organ act for the state of the place where they act, not of an embassy named there
    # (the consulate's state receives the protest, as an embassy's does: act_receiving_sides.protested_mission)
    ("부산 주한 미국영사관 앞에서는 대학생들이 시위를 벌였다.", "PROTEST", {"KOR"}, {"USA"}, "demo", "occurred"),
    ("도쿄에서는 이날 주민들이 원전 재가동에 항의하는 집회를 열었다.", "PROTEST", {"JPN"}, {"JPN"}, "demo",
     "occurred"),  # domestic50: no foreign state named, the people's own government receives it
]


def sides(event) -> tuple[set[str], set[str]]:
    if event.type == "CONSULT":
        return {p.country for p in event.participants}, set()
    return countries(event.participants), countries(event.recipients)


@pytest.mark.parametrize("text, type_, actors, recipients, mode, status", SIDES)
def test_sides_mode_and_status(extract, text, type_, actors, recipients, mode, status):
    found = events_of(extract(text, published=PUB), type_)
    if status is None:
        assert not found, [(e.type, e.trigger) for e in found]
        return
    assert len(found) == 1, [(e.type, e.trigger) for e in found]
    e = found[0]
    assert sides(e) == (actors, recipients)
    assert (e.mode, e.status) == (mode, status)


def test_every_type_has_three_sentences_one_negated_or_planned():
    for type_ in TYPES:
        rows = [row for row in SIDES if row[1] == type_]
        assert len(rows) >= 3, type_
        assert any(row[5] in (None, "planned", "cancelled") for row in rows), type_
