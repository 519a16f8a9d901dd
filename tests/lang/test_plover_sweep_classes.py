"""The classes the Korean PLOVER sweep (tests/lang/ko/test_plover_sweep_ko.py, issue 15) closed, each in both languages
where it exists in both, with the sentences that must not fire. Every sentence is our own.

1. Forces made ready ('대응 태세를 갖췄다', 'raised its readiness'): MOBILIZE troops (CAMEO 152), as English codes a
   raised readiness; a readiness not taken, only urged, or of another field ('방역 태세') is none.
2. Arms named generically, launchers and guns ('무기', '발사대', '중화기', 'weapons', 'launchers') are weapons: deployed,
   MOBILIZE weapons; handed in, RETREAT disarm; weapons seized from people or not given up are neither.
3. Aid goods with a count whose unit is written in Latin letters ('식량 2천t을 지원했다', '의약품 500kg을') are the
   verb's object as with a Hangul unit ('2천 톤'; lang/ko/act_arguments.argument_runs), and aid supplies named by a
   compound ('인도적 지원 물자') are relief goods: AID humanitarian, as English 'sent 2,000 tons of food'.
4. A verdict of guilt handed down ('유죄 판결을 내렸다', '실형 판결을 선고했다') is SANCTION convict at the convicted
   person's state, as English 'convicted'; an acquittal ('무죄 판결') or a verdict not given is none.
5. Homes and villages burned ('마을을 불태웠다', '가옥을 불살랐다') are destroyed dwellings, ASSAULT destroy, as English
   'burned villages'; a building a crowd burns stays the crowd's protest, as English reads it.
6. Weapons deployed for use against a side ('B에 맞서 사용할 무기를 배치', 'B를 겨냥한 미사일을 배치', 'B 공격에 사용할
   미사일', 'deployed missiles aimed at B') threaten B with force (THREATEN violence at B: lang/ko/act_aimed_deployments,
   lang/en/act_fire_aims.aimed_launch), not an attack; a weapon described otherwise, or fired, is not this class.
7. The internet cut off ('인터넷을 차단했다') is censorship, COERCE censor at home, as English 'shut down the internet'
   and as '인터넷을 끊었다'; a supply cut stays a measure on its receiver.
8. A state's army and police named together ('미얀마 군경') are its security forces (agents.yaml 군경: COP, as English
   'security forces'): their force on people at home is the state's act on its own people.
9. A state's people in the plural ('아이티인들', '캄보디아인들': the name's people + 들) name that state, as the singular
   does (lang/ko/country_words._read_word); English 'Haitians' does; a plural of no state's people names none.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events


def acts(text: str, kind: str) -> list:
    return [e for e in events(text) if e.type == kind and e.status == "occurred"]


@pytest.mark.parametrize("text, kind, mode, actor, target", class_rows({
    "readiness": [
        ("가나군은 10일 토고의 도발에 대비해 대응 태세를 갖췄다고 밝혔다.", "MOBILIZE", "troops", "GHA", None),
        ("몰도바군은 11일 국경 지역에서 전투태세를 완비했다고 발표했다.", "MOBILIZE", "troops", "MDA", None),
        ("Ghana's army raised its readiness along the border with Togo on Monday.", "MOBILIZE", "troops", "GHA", None),
    ],
    "weapons": [
        ("벨라루스는 12일 리투아니아 접경 지역에 이동식 발사대를 배치했다.", "MOBILIZE", "weapons", "BLR", None),
        ("쿠바는 8일 해안 지역에 무기를 대거 배치했다.", "MOBILIZE", "weapons", "CUB", None),
        ("Belarus deployed mobile launchers near the Lithuanian border on Monday.", "MOBILIZE", "weapons", "BLR", None),
        ("콩고민주공화국 반군은 13일 중화기를 정부에 반납했다.", "RETREAT", "disarm", "COD", None),
        ("Rebels in Congo handed over their heavy weapons to the government on Monday.", "RETREAT", "disarm", "COD",
         None),
    ],
    "relief goods": [
        ("노르웨이는 14일 말라위에 식량 3천t을 지원했다.", "AID", "humanitarian", "NOR", "MWI"),
        ("뉴질랜드는 12일 통가에 의약품 800kg을 보냈다.", "AID", "humanitarian", "NZL", "TON"),
        ("노르웨이는 14일 말라위에 인도적 지원 물자를 전달했다.", "AID", "humanitarian", "NOR", "MWI"),
        ("Norway sent 3,000 tons of food to Malawi on Monday.", "AID", "humanitarian", "NOR", "MWI"),
    ],
    "verdicts": [
        ("이란 법원은 12일 프랑스인 관광객에게 유죄 판결을 내렸다.", "SANCTION", "convict", "IRN", "FRA"),
        ("베트남 법원은 15일 호주인 사업가에게 실형 판결을 내렸다.", "SANCTION", "convict", "VNM", "AUS"),
        ("An Iranian court convicted a French tourist on Monday.", "SANCTION", "convict", "IRN", "FRA"),
    ],
    "burned homes": [
        ("미얀마군은 12일 라카인주의 가옥 수십 채를 불태웠다.", "ASSAULT", "destroy", "MMR", None),
        ("에티오피아군은 9일 티그라이 지역 마을들을 불살랐다.", "ASSAULT", "destroy", "ETH", None),
        ("Myanmar's army burned villages in Rakhine on Monday.", "ASSAULT", "destroy", "MMR", None),
    ],
    "aimed weapons": [
        ("벨라루스는 12일 리투아니아에 맞서 사용할 무기를 국경에 배치했다.", "THREATEN", "violence", "BLR", "LTU"),
        ("세르비아는 10일 코소보를 겨냥한 미사일을 배치했다.", "THREATEN", "violence", "SRB", "XKX"),
        ("아제르바이잔은 11일 아르메니아 공격에 사용할 드론을 국경에 배치했다.", "THREATEN", "violence", "AZE", "ARM"),
        ("Belarus deployed missiles aimed at Lithuania on Monday.", "THREATEN", "violence", "BLR", "LTU"),
        ("Belarus deployed weapons to be used against Lithuania on Monday.", "THREATEN", "violence", "BLR", "LTU"),
        ("Belarus fired missiles at Lithuania on Monday.", "ASSAULT", None, "BLR", "LTU"),
    ],
    "internet cut": [
        ("쿠바 당국은 11일 전국의 인터넷을 차단했다.", "COERCE", "censor", "CUB", "CUB"),
        ("Cuban authorities shut down the internet on Monday.", "COERCE", "censor", "CUB", "CUB"),
        ("러시아는 11일 몰도바 분리 지역에 대한 가스 공급을 차단했다.", "SANCTION", "discontinue", "RUS", "MDA"),
    ],
    "security forces": [
        ("수단 군경은 13일 하르툼에서 시위대를 구타했다.", "ASSAULT", "beat", "SDN", "SDN"),
        ("수단 군경은 13일 구금된 활동가들을 고문했다.", "ASSAULT", "torture", "SDN", "SDN"),
        ("Sudan's security forces tortured detained activists on Monday.", "ASSAULT", "torture", "SDN", "SDN"),
    ],
    "plural peoples": [
        ("도미니카공화국은 9일 아이티인들을 체포했다.", "COERCE", "arrest", "DOM", "HTI"),
        ("태국은 10일 억류했던 캄보디아인들을 석방했다.", "RETREAT", "release", "THA", "KHM"),
        ("세네갈인들이 10일 감비아 대사관 앞에서 시위를 벌였다.", "PROTEST", "demo", "SEN", "GMB"),
        ("The Dominican Republic arrested Haitians on Monday.", "COERCE", "arrest", "DOM", "HTI"),
    ],
}))
def test_sweep_class_fires(text, kind, mode, actor, target):
    found = acts(text, kind)
    assert found, [(e.type, e.mode, e.status) for e in events(text)]
    assert mode is None or found[0].mode == mode
    assert actor in countries(found[0].participants), (found[0].mode, found[0].participants)
    assert target is None or countries(found[0].recipients) == {target}, countries(found[0].recipients)


@pytest.mark.parametrize("text, kind", class_rows({
    "readiness": [
        ("가나군은 대응 태세를 갖추지 않았다고 밝혔다.", "MOBILIZE"),
        ("가나 보건부는 10일 방역 태세를 갖췄다고 밝혔다.", "MOBILIZE"),
        ("가나 야당은 10일 군이 대응 태세를 갖춰야 한다고 주장했다.", "MOBILIZE"),
        ("Ghana's army did not raise its readiness.", "MOBILIZE"),
    ],
    "weapons": [
        ("쿠바 경찰은 8일 밀수 조직의 무기를 압수했다.", "MOBILIZE"),
        ("콩고민주공화국 반군은 중화기를 반납하지 않았다.", "RETREAT"),
        ("벨라루스는 이동식 발사대를 배치하지 않았다.", "MOBILIZE"),
        ("Belarus did not deploy mobile launchers.", "MOBILIZE"),
    ],
    "relief goods": [
        ("노르웨이는 말라위에 식량 3천t을 지원하지 않았다.", "AID"),
        ("말라위는 14일 식량 3천t을 수입했다.", "AID"),
        ("Norway did not send food to Malawi.", "AID"),
    ],
    "verdicts": [
        ("이란 법원은 12일 프랑스인 관광객에게 무죄 판결을 내렸다.", "SANCTION"),
        ("이란 법원은 프랑스인 관광객에게 유죄 판결을 내리지 않았다.", "SANCTION"),
        ("An Iranian court acquitted a French tourist on Monday.", "SANCTION"),
    ],
    "burned homes": [
        ("케냐 시위대는 10일 경찰서 건물을 불태웠다.", "ASSAULT"),
        ("미얀마군은 마을을 불태우지 않았다.", "ASSAULT"),
        ("Myanmar's army did not burn villages.", "ASSAULT"),
    ],
    "aimed weapons": [
        ("벨라루스는 12일 방어용 미사일을 국경에 배치했다.", "THREATEN"),
        ("벨라루스는 리투아니아를 겨냥한 미사일을 배치하지 않았다.", "THREATEN"),
        ("벨라루스는 12일 리투아니아를 겨냥한 미사일을 발사했다.", "THREATEN"),
        ("Belarus deployed new missiles near its border with Lithuania on Monday.", "THREATEN"),
        ("Belarus did not deploy missiles aimed at Lithuania.", "THREATEN"),
        ("Belarus deployed missiles aimed at Lithuania on Monday.", "ASSAULT"),
    ],
    "internet cut": [
        ("쿠바 당국은 인터넷을 차단하지 않았다.", "COERCE"),
        ("Cuban authorities did not shut down the internet.", "COERCE"),
    ],
    "security forces": [
        ("수단 군경은 활동가들을 고문하지 않았다고 밝혔다.", "ASSAULT"),
        ("Sudan's security forces did not torture the activists.", "ASSAULT"),
    ],
}))
def test_sweep_class_does_not_fire(text, kind):
    assert not acts(text, kind), [(e.type, e.mode, e.status) for e in events(text)]


@pytest.mark.parametrize("text, kind, state", [
    ("태국은 10일 억류했던 외국인들을 석방했다.", "RETREAT", "THA"),
    ("Thailand released the detained foreigners on Monday.", "RETREAT", "THA"),
])
def test_a_plural_of_no_states_people_names_no_other_state(text, kind, state):
    found = acts(text, kind)
    assert found and countries(found[0].recipients) <= {state}, [(e.type, countries(e.recipients)) for e in events(text)]
