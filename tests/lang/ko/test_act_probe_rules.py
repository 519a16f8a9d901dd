"""The Korean act rules added for the classes bench/ko_act_probe.py found (issue 15), through the whole
pipeline: each row a sentence we wrote, with the type, acting and receiving states, mode and status it
states (status None: no event of the type). Every class has a planned or negated row."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)

# sentence, type, actors, recipients (None: not checked), mode (None: not checked), status
ROWS = [
    # a pledge of aid, a release or cooperation is AGREE made to the one it would reach (stated_type)
    ("일본 정부는 필리핀에 긴급 자금을 지원하겠다고 밝혔다.", "AGREE", {"JPN"}, {"PHL"}, None, "occurred"),
    ("캐나다는 요르단에 구호품을 보내기로 했다.", "AID", {"CAN"}, {"JOR"}, None, "occurred"),  # decided aid: given
    ("호주 정부는 뉴질랜드에 의료진을 파견할 계획이다.", "AGREE", {"AUS"}, {"NZL"}, None, "occurred"),
    # what cooperation hands over reaches the state marked by the entry's particle; the partner acts
    ("태국은 말레이시아에 범죄인을 인도했다.", "COOPERATE", {"THA"}, {"MYS"}, None, "occurred"),
    ("태국은 말레이시아에 범죄인을 인도하지 않았다.", "COOPERATE", set(), None, None, None),
    # a request after a coordinated clause is addressed to the noun marked 에 in its own clause
    ("독일 총리는 튀르키예에 차관을 제공하고 그리스에 대화 재개를 촉구했다.", "REQUEST", {"DEU"}, {"GRC"}, "meet",
     "occurred"),
    ("영국은 인도에 항의하고 파키스탄을 향해 경고했다.", "THREATEN", {"GBR"}, {"PAK"}, None, "occurred"),
    ("미국은 중국에 북한을 설득하고 압박해 달라고 요청했다.", "REQUEST", {"USA"}, {"CHN"}, None, "occurred"),
    # a verbal act's receiving side: after the complement's and owner's spans, the noun its entry's particle
    # marks beats the nearest name ('이스라엘을 국제사법재판소에 제소': Israel, not the court)
    ("캐나다는 러시아를 국제형사재판소에 제소했다.", "ACCUSE", {"CAN"}, {"RUS"}, "allege", "occurred"),
    ("캐나다는 러시아를 국제형사재판소에 제소하지 않았다.", "ACCUSE", set(), None, None, None),
    # force on people who are no state: the actor's own people, unless the words name their state
    ("벨라루스 경찰은 야당 인사 3명을 체포했다.", "COERCE", {"BLR"}, {"BLR"}, "arrest", "occurred"),
    ("이집트 당국은 반정부 활동가들을 구금할 방침이다.", "COERCE", {"EGY"}, {"EGY"}, None, "planned"),
    ("사우디 당국은 예멘 국적자들을 체포했다.", "COERCE", {"SAU"}, {"YEM"}, "arrest", "occurred"),
    ("벨라루스 경찰은 야당 인사들을 체포하지 않았다.", "COERCE", set(), None, None, None),
    # 'help' names no material aid: helping a process or an understanding is no AID
    ("양국 장관은 조선업의 재건을 돕고 공급망을 강화하는 방안을 논의했다.", "AID", set(), None, None, None),
    ("정부는 국민의 이해를 돕기 위해 설명 자료를 배포했다.", "AID", set(), None, None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", ROWS)
def test_probe_classes(text, type_, actors, recipients, mode, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status, mode)


# sentence, type, mode, status, negated: the trigger finder alone (lang/ko/acts.py and the lexicon)
HITS = [
    # a pair whose noun is a class of the lexicon's cues (troop_noun, weapon_noun, exchange_noun, ...)
    ("터키는 시리아 국경에 군대를 증강했다.", "MOBILIZE", "troops", "occurred", False),
    ("중국은 남중국해에 구축함을 전개할 계획이다.", "MOBILIZE", "weapons", "planned", False),
    ("인도는 파키스탄과의 교역을 중단했다.", "SANCTION", "discontinue", "occurred", False),
    ("캐나다는 이란과의 국교를 끊지 않았다.", "SANCTION", "discontinue", "occurred", True),
    ("말레이시아는 미얀마 난민들을 추방했다.", "COERCE", "deport", "occurred", False),
    # the plural 들 is no part of a pair's noun
    ("반군은 외국인 인질들을 풀어줬다.", "RETREAT", "release", "occurred", False),
    ("정부는 수감자들을 석방할 방침이다.", "AGREE", None, "occurred", False),  # an announced release: a promise (coding63)
    # a longer nominal of the pair's type names the act more precisely
    ("노조원들은 단식 농성을 벌였다.", "PROTEST", "hunger", "occurred", False),
    ("노조원들은 단식 농성을 벌이지 않았다.", "PROTEST", "hunger", "occurred", True),
    # a missile fired toward a state (을 향해) is fire at it, as at 에
    ("북한은 한국을 향해 미사일을 쐈다.", "ASSAULT", "heavy-weapons", "occurred", False),
    ("이란은 이스라엘을 향해 탄도미사일을 발사했다.", "ASSAULT", "heavy-weapons", "occurred", False),
    # joint activities of two states
    ("한국 해경은 중국 해경과 합동 수색을 실시했다.", "COOPERATE", None, "occurred", False),
    # fighting stopped is a ceasefire (RETREAT); announced, a promise (AGREE, coding63)
    ("반군은 정부군과의 교전을 중단했다.", "RETREAT", "ceasefire", "occurred", False),
    ("양측은 포격을 멈추기로 했다.", "AGREE", None, "occurred", False),
    # a hostile act announced or warned of is a threat of it, its mode from the act
    ("베트남은 중국에 보복 조치를 예고했다.", "THREATEN", "relations", "occurred", False),
    ("베트남은 중국에 보복 조치를 예고하지 않았다.", "THREATEN", "relations", "occurred", True),
    ("정부는 이웃 나라에 군사 행동을 위협했다.", "THREATEN", "violence", "occurred", False),
    ("유럽연합은 벨라루스에 추가 제재를 경고했다.", "THREATEN", "restrict", "occurred", False),
    # a stance conveyed states its act
    ("칠레는 페루에 환영의 뜻을 밝혔다.", "SUPPORT", None, "occurred", False),
    ("칠레는 페루의 제안에 대해 거부 입장을 밝혔다.", "REJECT", None, "occurred", False),
    ("칠레는 페루에 지지 입장을 밝히지 않았다.", "SUPPORT", None, "occurred", True),
    ("칠레는 페루에 사과의 뜻을 전했다.", "SUPPORT", None, "occurred", False),  # coding63: an apology, CAMEO 055
    # 돌입하다 realizes an act noun like a light verb: its clause says the status
    ("노조는 총파업에 돌입할 방침이다.", "PROTEST", "strike", "planned", False),
    ("노조는 총파업에 돌입하지 않았다.", "PROTEST", "strike", "occurred", True),
    # leaving a named place is a withdrawal, leaving an office a resignation
    ("러시아군은 헤르손에서 물러났다.", "RETREAT", "withdraw", "occurred", False),
    ("총리는 총리직에서 물러났다.", "RETREAT", "resign", "occurred", False),
    ("러시아군은 헤르손에서 물러나지 않았다.", "RETREAT", "withdraw", "occurred", True),
]


@pytest.mark.parametrize("text", ["정부는 방문을 예고했다.", "정부는 입장을 밝혔다.", "정부는 지원 의사를 밝혔다.",
                                  "정부는 시장의 회복을 도왔다."])
def test_no_threat_or_stance_without_an_act_noun(ko_acts, text):
    assert not [h for h in ko_acts(text) if h.type in ("THREATEN", "SUPPORT", "AID")], [h.type for h in ko_acts(text)]


@pytest.mark.parametrize("text,type_,mode,status,negated", HITS)
def test_probe_class_triggers(ko_acts, text, type_, mode, status, negated):
    hits = [h for h in ko_acts(text) if h.type == type_]
    assert hits, [(h.type, h.lemma) for h in ko_acts(text)]
    h = hits[0]
    assert (h.mode, h.status, h.negated) == (mode, status, negated)


def test_a_noun_class_needs_its_cue_list():
    from types import SimpleNamespace

    from readout.lang.ko.act_table import ActEntry, index
    entry = ActEntry(lemma="배치하다", pos="verb", noun="@no_such_list", type="MOBILIZE", mode="troops",
                     target=[], generic=False, contexts=[], forms=[], source=[])
    with pytest.raises(KeyError):
        index(SimpleNamespace(entries=[entry], cues={}))
