"""ploverko68: every PLOVER type and mode the manual gives, read from Korean news sentences in the reported and
honorific forms the wire uses (issue 15): '-했다고 밝혔다', '-할 것이라고 말했다', '-기로 했다', '-키로 합의했다', '-겠다고
경고했다'. Each row: the type, the acting states among the parties, the receiving states exactly (None: not checked),
the mode (ANY: not what the row tests) and the status. It extends tests/lang/ko/test_plover_sweep_ko.py (plain past
forms) with the reported ones and with the modes that table lacks. Every sentence is our own.

The coding choices of docs/coding-choices.md decide rows that look like another type: a promise or a decision to give,
free, allow or disarm is AGREE occurred; an announced resignation is RETREAT resign planned. A row the reader still
misses is marked xfail(strict) with its class, so the table lists the open Korean classes.
"""
from __future__ import annotations

import pytest

from tests.plover_rows import ANY, NEG, OCC, PLAN, check_row, sweep_rows

ROWS = sweep_rows({
    "AGREE": [
        ("헝가리와 슬로바키아는 9일 국경 다리를 공동 건설하기로 합의했다고 밝혔다.", "AGREE", {"HUN", "SVK"}, None, None, OCC),
        ("칠레와 페루 외교장관은 10일 어업 협정을 체결키로 합의했다.", "AGREE", {"CHL", "PER"}, None, None, OCC),
        ("케냐와 탄자니아는 11일 국경 분쟁을 평화적으로 해결하기로 했다.", "AGREE", {"KEN", "TZA"}, None, None, OCC),
        # a joint decision to cooperate, a promised gift, a decided access or disarmament: AGREE (coding choices)
        ("스페인과 모로코는 9일 불법 이민 단속을 위해 공조하기로 했다.", "AGREE", {"ESP", "MAR"}, None, None, OCC),
        ("노르웨이는 9일 수단에 인도적 지원금 2천만 달러를 지원하겠다고 밝혔다.", "AGREE", {"NOR"}, {"SDN"}, None, OCC),
        ("말리 군정은 11일 유엔 감시단의 입국을 허용하기로 했다.", "AGREE", {"MLI"}, None, None, OCC),
        ("수단 반군은 10일 무기를 내려놓기로 했다.", "AGREE", {"SDN"}, None, None, OCC),
    ],
    "CONSULT visit": [
        ("태국 총리는 10일 라오스를 공식 방문해 총리와 회담했다고 밝혔다.", "CONSULT", {"THA", "LAO"}, None, "visit", OCC),
        # plans55: a visit of an office said ahead is the visit planned (pipeline/states.state_parties; a plan never
        # joins the visit held: store/merge_dates.plan_beside_held)
        ("몽골 대통령은 9일 카자흐스탄을 방문할 것이라고 대통령실이 밝혔다.", "CONSULT", {"MNG", "KAZ"}, None, "visit", PLAN),
    ],
    "CONSULT phone": [
        ("아르헨티나 대통령은 11일 우루과이 대통령과 전화로 회담했다.", "CONSULT", {"ARG", "URY"}, None, "phone", OCC),
        ("폴란드 외교장관은 9일 리투아니아 외교장관과 화상으로 회의를 했다.", "CONSULT", {"POL", "LTU"}, None, "phone", OCC),
    ],
    "CONSULT third-party": [
        # kospeaker68: a meeting held by a third state's mediation ('카타르의 중재로') is third-party (meetings.brokered)
        ("에티오피아와 에리트레아 대표단은 9일 카타르의 중재로 도하에서 회담했다.", "CONSULT", {"ETH", "ERI"},
         None, "third-party", OCC),
    ],
    "CONSULT multilateral": [
        # plover54: a gathering of many as the meeting's setting ('정상회의에서') is multilateral (ko multilateral_occasion_re)
        ("케냐 대통령은 10일 아프리카연합 정상회의에서 소말리아 대통령과 만났다.", "CONSULT", {"KEN", "SOM"}, None,
         "multilateral", OCC),
        ("일본 외무상은 유엔 총회에서 브라질 외교장관과 회담했다.", "CONSULT", {"JPN", "BRA"}, None, "multilateral", OCC),
        ("케냐 대통령은 10일 소말리아 대통령과의 정상회담에서 국경 문제를 논의했다.", "CONSULT", {"KEN", "SOM"}, None, None,
         OCC),
    ],
    "SUPPORT": [
        ("필리핀 정부는 9일 베트남의 해양 안보 구상을 지지한다고 밝혔다.", "SUPPORT", {"PHL"}, {"VNM"}, None, OCC),
        ("칠레 대통령은 11일 페루 정부와 연대하겠다고 말했다.", "SUPPORT", {"CHL"}, {"PER"}, None, ANY),
        # a side's stance sympathized with is SUPPORT of its owner (kbdupes68, cue endorsed_stance_noun)
        ("오스트리아 총리는 10일 슬로베니아의 입장에 공감한다고 말했다.", "SUPPORT", {"AUT"}, {"SVN"}, None, OCC),
    ],
    "CONCEDE": [
        ("튀니지 정부는 9일 리비아 화물차에 대한 통행 제한을 풀기로 했다.", "CONCEDE", {"TUN"}, {"LBY"}, None, ANY),
        # a tariff lowered is RETREAT, as a lifted sanction (CAMEO 085; docs/coding-choices.md, en67)
        ("세네갈은 10일 말리산 농산물에 대한 관세를 인하했다고 밝혔다.", "RETREAT", {"SEN"}, {"MLI"}, None, OCC),
    ],
    "COOPERATE": [
        # a joint investigation with another state's police is COOPERATE, no ACCUSE of the partner (kbdupes68)
        ("독일 경찰은 10일 체코 경찰과 합동 수사를 벌였다.", "COOPERATE", {"DEU", "CZE"}, None, None, OCC),
    ],
    "AID": [
        ("영국은 10일 우크라이나에 장갑차 50대를 지원했다고 밝혔다.", "AID", {"GBR"}, {"UKR"}, "military", OCC),
        ("한국 정부는 11일 방글라데시에 1억 달러 규모의 차관을 제공키로 했다.", "AID", {"KOR"}, {"BGD"}, "economic", ANY),
    ],
    "RETREAT": [
        ("베네수엘라는 10일 수감 중인 콜롬비아인 5명을 석방했다고 밝혔다.", "RETREAT", {"VEN"}, {"COL"}, "release", OCC),
        ("콜롬비아 반군은 9일 정부군과 휴전에 들어갔다고 밝혔다.", "RETREAT", {"COL"}, None, "ceasefire", OCC),
        ("세르비아 총리가 11일 사퇴했다.", "RETREAT", {"SRB"}, None, "resign", OCC),
        ("불가리아 총리는 9일 사의를 표명했다.", "RETREAT", {"BGR"}, None, "resign", PLAN),
        # plover54: arms given up, split from the one-word verb ('무장을 해제했다'), and a place's entry permitted
        # ('출입을 허용했다') are the manual's disarm and access (ko_acts_cameo 무장+해제하다, ko_acts 출입)
        ("콜롬비아 반군은 10일 정부에 무기를 반납했다.", "RETREAT", {"COL"}, None, "disarm", OCC),
        ("아르메니아 분리주의 세력은 9일 무장을 해제했다.", "RETREAT", {"ARM"}, None, "disarm", OCC),
        ("미얀마 군정은 11일 유엔 감시단의 라카인주 접근을 허용했다.", "RETREAT", {"MMR"}, None, "access", OCC),
        ("에티오피아 정부는 9일 구호요원들의 티그라이 지역 출입을 허용했다고 밝혔다.", "RETREAT", {"ETH"}, None, "access", OCC),
    ],
    "REQUEST": [
        ("일본은 9일 중국에 억류 중인 일본인의 조속한 석방을 촉구했다.", "REQUEST", {"JPN"}, {"CHN"}, "yield", OCC),
        ("프랑스 외교부는 10일 이란에 구금된 프랑스인들을 즉각 석방하라고 요구했다.", "REQUEST", {"FRA"}, {"IRN"}, "yield",
         OCC),
        ("칠레 외교장관은 11일 볼리비아에 대화에 나설 것을 촉구했다.", "REQUEST", {"CHL"}, {"BOL"}, "meet", OCC),
        ("몰도바는 9일 루마니아에 에너지 지원을 요청했다고 밝혔다.", "REQUEST", {"MDA"}, {"ROU"}, "assist", OCC),
        ("유럽연합은 10일 조지아에 선거법 개정을 촉구했다.", "REQUEST", set(), {"GEO"}, "change", OCC),
    ],
    "REJECT": [
        ("이스라엘은 9일 이집트의 휴전 제안을 거부했다고 밝혔다.", "REJECT", {"ISR"}, {"EGY"}, ANY, OCC),
        ("북한은 10일 한국의 대화 제의를 거절했다.", "REJECT", {"PRK"}, {"KOR"}, "meet", OCC),
        ("세르비아는 11일 코소보의 포로 석방 요구를 거부했다.", "REJECT", {"SRB"}, None, "yield", OCC),
        ("볼리비아는 9일 칠레의 원조 제안을 거절했다.", "REJECT", {"BOL"}, {"CHL"}, "assist", OCC),
        # plover54: the clause past the demand's owner names the mode (lang/ko/act_wish_modes.past_demand_owner)
        ("튀니지는 10일 난민법을 개정하라는 이탈리아의 요구를 거부했다.", "REJECT", {"TUN"}, {"ITA"}, "change", OCC),
    ],
    "ACCUSE": [
        ("중국 외교부는 9일 일본의 방위비 증액을 규탄했다고 밝혔다.", "ACCUSE", {"CHN"}, {"JPN"}, "disapprove", OCC),
        ("이집트는 10일 에티오피아의 댐 건설에 깊은 유감을 표명했다.", "ACCUSE", {"EGY"}, {"ETH"}, "disapprove", OCC),
        ("파키스탄은 11일 인도가 테러 조직을 지원하고 있다고 비난했다.", "ACCUSE", {"PAK"}, {"IND"}, ANY, OCC),
        ("리투아니아 검찰은 9일 벨라루스 정보요원 2명을 간첩 혐의로 기소했다.", "ACCUSE", {"LTU"}, {"BLR"}, "allege", OCC),
        ("프랑스 검찰은 10일 러시아의 선거 개입 의혹을 조사하고 있다고 밝혔다.", "ACCUSE", {"FRA"}, {"RUS"}, "investigate",
         OCC),
    ],
    "THREATEN": [
        ("중국은 9일 필리핀이 도발을 계속하면 단호히 대응하겠다고 경고했다.", "THREATEN", {"CHN"}, {"PHL"}, ANY, OCC),
        ("러시아는 10일 몰도바에 가스 공급을 중단하겠다고 위협했다.", "THREATEN", {"RUS"}, {"MDA"}, ANY, OCC),
        ("중국은 10일 대만과의 무역을 봉쇄하겠다고 위협했다.", "THREATEN", {"CHN"}, {"TWN"}, "restrict", OCC),
        ("튀르키예는 11일 스웨덴과의 협상을 중단하겠다고 경고했다.", "THREATEN", {"TUR"}, {"SWE"}, "relations", OCC),
        ("튀르키예는 9일 시리아에 군사 행동을 하겠다고 위협했다.", "THREATEN", {"TUR"}, {"SYR"}, "violence", OCC),
    ],
    # ploverko68: the threatened deed names the mode (lang/ko/act_forewarnings.threatened_mode)
    "THREATEN territory, expel, arrest": [
        ("베네수엘라는 11일 가이아나의 에세퀴보 지역을 병합하겠다고 위협했다.", "THREATEN", {"VEN"}, {"GUY"}, "territory",
         OCC),
        ("이란은 9일 영국 외교관들을 추방하겠다고 경고했다.", "THREATEN", {"IRN"}, {"GBR"}, "expel", OCC),
        ("러시아는 9일 에스토니아 국민들을 체포하겠다고 위협했다.", "THREATEN", {"RUS"}, {"EST"}, "arrest", OCC),
    ],
    "PROTEST": [
        ("수천 명의 조지아 시민들이 9일 트빌리시에서 정부를 규탄하는 집회를 열었다.", "PROTEST", {"GEO"}, None, "demo", OCC),
        ("아르헨티나 교사 노조는 10일 24시간 파업을 벌이겠다고 밝혔다.", "PROTEST", {"ARG"}, None, "strike", PLAN),
        ("중국 소비자들은 9일 일본 제품 불매 운동을 벌였다.", "PROTEST", {"CHN"}, {"JPN"}, "boycott", OCC),
        ("그리스 시위대는 10일 아테네에서 화염병을 던지며 폭동을 일으켰다.", "PROTEST", {"GRC"}, None, "riot", OCC),
        ("세르비아 농민들은 9일 트랙터로 고속도로를 막았다.", "PROTEST", {"SRB"}, None, "obstruct", OCC),
        ("이란 수감자들은 10일 단식 농성에 들어갔다.", "PROTEST", {"IRN"}, None, "hunger", OCC),
        # property defaced with a substance thrown on it: PROTEST vandalize (kbdupes68, cue defacing_substance_noun)
        ("영국 환경운동가들은 11일 런던 미술관에서 명화에 페인트를 뿌렸다.", "PROTEST", {"GBR"}, None, "vandalize", OCC),
    ],
    "SANCTION": [
        ("미국은 9일 러시아 은행 10곳에 제재를 부과했다고 밝혔다.", "SANCTION", {"USA"}, {"RUS"}, ANY, OCC),
        ("에스토니아는 10일 러시아 외교관 1명을 추방하기로 했다.", "SANCTION", {"EST"}, {"RUS"}, "expel", ANY),
        ("독일은 11일 니제르에 대한 개발 원조를 중단했다.", "SANCTION", {"DEU"}, {"NER"}, ANY, OCC),
        ("아르헨티나는 9일 베네수엘라 주재 외교관들을 철수시켰다.", "SANCTION", {"ARG"}, {"VEN"}, "withdraw", OCC),
        ("러시아는 9일 아르메니아 국경에서 평화유지군을 철수시킬 것이라고 말했다.", "SANCTION", {"RUS"}, {"ARM"}, "withdraw",
         PLAN),
        ("이란 법원은 10일 스웨덴 국적자에게 사형을 선고했다.", "SANCTION", {"IRN"}, {"SWE"}, "convict", OCC),
        ("중국은 11일 리투아니아와의 외교 관계를 대리대사급으로 격하했다.", "SANCTION", {"CHN"}, {"LTU"}, "discontinue",
         OCC),
    ],
    "MOBILIZE": [
        ("북한은 9일 휴전선 인근에 병력을 전진 배치했다고 국방부가 밝혔다.", "MOBILIZE", {"PRK"}, None, "troops", OCC),
        ("이스라엘은 10일 예비군 3만 명을 소집했다.", "MOBILIZE", {"ISR"}, None, "troops", OCC),
        ("페루 정부는 9일 리마에 경찰 5천 명을 배치했다.", "MOBILIZE", {"PER"}, None, "police", OCC),
        # lead53: police sent are police mobilized, as English 'sent police officers' reads
        ("칠레 정부는 8일 북부 국경 지대에 경찰을 파견했다.", "MOBILIZE", {"CHL"}, None, "police", OCC),
        ("에콰도르는 12일 과야스주에 경찰관 800명을 급파했다.", "MOBILIZE", {"ECU"}, None, "police", OCC),
        ("수단의 신속지원군은 10일 다르푸르에 민병대를 동원했다.", "MOBILIZE", {"SDN"}, None, "militia", OCC),
        # acts56b: weapons to be stationed in a host state are the move planned (lang/ko/act_hosted_deployments)
        ("러시아는 11일 벨라루스에 전술핵무기를 배치하겠다고 밝혔다.", "MOBILIZE", {"RUS"}, None, "weapons", PLAN),
    ],
    "COERCE": [
        ("러시아 당국은 9일 미국인 기자를 간첩 혐의로 체포했다고 밝혔다.", "COERCE", {"RUS"}, {"USA"}, "arrest", OCC),
        ("태국 경찰은 10일 미얀마인 불법 체류자 30명을 붙잡았다.", "COERCE", {"THA"}, {"MMR"}, "arrest", OCC),
        ("이란 해군은 11일 마셜제도 선적 유조선을 나포했다고 밝혔다.", "COERCE", {"IRN"}, None, "seize", OCC),
        ("파키스탄은 9일 아프간 난민 수천 명을 강제 추방했다.", "COERCE", {"PAK"}, {"AFG"}, "deport", OCC),
        ("스리랑카 정부는 10일 전국에 국가비상사태를 선포했다.", "COERCE", {"LKA"}, None, "martial-law", OCC),
        ("방글라데시 정부는 11일 다카에 통행금지령을 발령했다.", "COERCE", {"BGD"}, None, "curfew", OCC),
        ("러시아는 9일 미국 소셜미디어 접속을 차단했다.", "COERCE", {"RUS"}, {"USA"}, "censor", OCC),
        ("이스라엘은 10일 가자지구에 대한 전력 공급을 차단했다.", "COERCE", {"ISR"}, None, "withhold", OCC),
        ("북한 해커 조직은 11일 일본 가상화폐 거래소를 해킹했다.", "COERCE", {"PRK"}, {"JPN"}, "cyber", OCC),
        # plover53: falsehoods spread by any verb of spreading, an operation of them waged (ko_acts misinformation rows)
        ("러시아는 10일 에스토니아 대통령에 관한 가짜뉴스를 퍼뜨렸다.", "COERCE", {"RUS"}, {"EST"}, "misinformation", OCC),
        ("중국은 11일 대만을 겨냥해 허위정보 공작을 벌였다.", "COERCE", {"CHN"}, {"TWN"}, "misinformation", OCC),
        ("벨라루스 당국은 9일 야권 집회를 금지했다.", "COERCE", {"BLR"}, None, ANY, OCC),
        ("벨라루스 당국은 9일 야당 지도자의 대선 출마를 금지했다.", "COERCE", {"BLR"}, None, "restrict", OCC),
    ],
    "ASSAULT": [
        ("이스라엘 전투기들은 10일 레바논 남부를 폭격했다.", "ASSAULT", {"ISR"}, {"LBN"}, "aerial", OCC),
        ("러시아는 11일 우크라이나 남부에 자폭 드론 공격을 가했다.", "ASSAULT", {"RUS"}, {"UKR"}, "drone", OCC),
        ("북한은 9일 연평도에 포격을 가했다.", "ASSAULT", {"PRK"}, None, "heavy-weapons", OCC),
        ("시리아 정부군은 10일 반군 지역에 화학무기를 사용했다.", "ASSAULT", {"SYR"}, None, "unconventional", OCC),
        ("미얀마 군인들은 9일 로힝야족 여성들을 성폭행했다.", "ASSAULT", {"MMR"}, None, "sexual", OCC),
        ("괴한들이 11일 아이티에서 미국인 선교사 17명을 납치했다.", "ASSAULT", set(), {"USA"}, "abduct", OCC),
        ("탈레반은 9일 파키스탄 검문소에 차량 폭탄 공격을 감행했다.", "ASSAULT", {"AFG"}, {"PAK"}, ANY, OCC),
        # ploverko68: a launch at a city is force on its state (lang/ko/act_fired_launches.fired_at_state)
        ("러시아군은 9일 도네츠크에 미사일을 발사해 민간인 5명이 숨졌다.", "ASSAULT", {"RUS"}, {"UKR"}, "heavy-weapons", OCC),
        ("러시아군은 9일 키이우에 미사일을 발사했다.", "ASSAULT", {"RUS"}, {"UKR"}, "heavy-weapons", OCC),
        # kopar53b: a killing's means in 로/으로 names its mode (lang/ko/act_weapon_modes, KILLING_MODE)
        ("무장괴한들이 11일 나이지리아 북부 마을에서 주민들을 흉기로 살해했다.", "ASSAULT", set(), None, "primitive", OCC),
        # koarmed71: an armed group placed in a part of a guarded state ('말리 북부에서') acts as that state's
        ("무장단체가 10일 말리 북부에서 유엔 차량을 향해 총을 쐈다.", "ASSAULT", {"MLI"}, {"UNO"}, "firearms", OCC),
        # plover54: the manual's other ASSAULT modes
        ("이집트 경찰은 9일 카이로에서 시위대를 구타했다.", "ASSAULT", {"EGY"}, None, "beat", OCC),
        ("시리아 교도관들은 10일 레바논인 수감자들을 고문했다.", "ASSAULT", {"SYR"}, {"LBN"}, "torture", OCC),
        ("이스라엘은 11일 베이루트에서 하마스 지휘관을 암살했다.", "ASSAULT", {"ISR"}, None, "targeted", OCC),
        ("이스라엘군은 9일 헤브론에서 팔레스타인 주택들을 철거했다.", "ASSAULT", {"ISR"}, None, "destroy", OCC),
        ("케냐 경찰은 11일 나이로비에서 시위대에 최루탄을 발사했다.", "ASSAULT", {"KEN"}, None, "crowd-control", OCC),
        # koacts55: a bomb that went off in a country named as the place, killing people: that place's attack
        ("파키스탄에서 10일 길가에 매설된 폭탄이 터져 군인 3명이 숨졌다.", "ASSAULT", set(), None, "explosives", OCC),
        # koacts56: a suicide bombing told as having occurred at a place: no doer, the place's people receive
        ("카불의 한 모스크에서 9일 자살폭탄 테러가 발생했다.", "ASSAULT", set(), {"AFG"}, "suicide-attack", OCC),
    ],
    "negated": [
        ("볼리비아는 칠레의 원조 제안을 거절하지 않았다.", "REJECT", set(), set(), None, NEG),
        ("이란은 영국 외교관들을 추방하겠다고 위협하지 않았다.", "THREATEN", set(), set(), None, NEG),
        ("러시아는 벨라루스에 전술핵무기를 배치하지 않았다.", "MOBILIZE", set(), set(), None, NEG),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, mode, status", ROWS)
def test_korean_plover_modes(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)
