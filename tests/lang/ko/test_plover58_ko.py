"""plover58 (issue 15): the Korean twins of the classes of tests/lang/en/test_plover58.py: a body's investigators or
fact-finders received (RETREAT access, ko_acts 조사단/진상조사단/조사관/감시단 + 받아들이다/수용하다), intelligence shared
told by its noun headed by a relative clause with its own subject ('[A가 공유한] 정보': lang/ko/act_headed_relatives,
COOPERATE among its HEADED_TYPES), giving in to pressure (read already), a passive accord whose pair stands before
the bare 'between' noun 간 ('A와 B 간 협정이 체결됐다': lang/ko/act_passive_agents.between_word), and the twin read by
plover58b: a deed marked '공동으로' whose verb names no act (lang/ko/act_joint_deeds). Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act
from tests.plover_rows import ANY, OCC, sweep_test

test_plover58_ko = sweep_test({
    "RETREAT access investigators": [
        ("세르비아는 유럽평의회 진상조사단을 받아들였다.", "RETREAT", {"SRB"}, None, "access", OCC),
        ("베네수엘라는 미주기구 조사단을 받아들였다.", "RETREAT", {"VEN"}, None, "access", OCC),
        ("말리는 아프리카연합 감시단을 수용했다.", "RETREAT", {"MLI"}, None, "access", OCC),
        ("에리트레아는 유엔 조사단을 수용했다.", "RETREAT", {"ERI"}, None, "access", OCC),
        # a promise to let them in is AGREE, as English 'said it would allow UN investigators into'
        ("에리트레아는 유엔 조사관들의 교도소 출입을 허용하겠다고 밝혔다.", "AGREE", {"ERI"}, None, None, ANY),
    ],
    "COOPERATE intelligence shared": [
        ("케냐가 공유한 정보가 우간다 경찰의 용의자 수색에 도움이 됐다.", "COOPERATE", {"KEN"}, None, None, ANY),
        ("리비아군은 이집트가 공유한 정보로 은신처를 찾아냈다.", "COOPERATE", {"EGY"}, None, None, ANY),
    ],
    "CONCEDE giving in to pressure": [
        # the twins of English 'caved to X's pressure', 'gave way to X's demands': read already (굴복하다, 물러서다)
        ("몽골은 중국의 압박에 굴복했다.", "CONCEDE", {"MNG"}, {"CHN"}, None, OCC),
        ("네팔은 인도의 요구에 물러섰다.", "CONCEDE", {"NPL"}, {"IND"}, None, OCC),
    ],
    "AGREE accord between its pair": [
        # a passive accord whose pair stands before the bare 'between' noun 간 names both makers, as '사이의' and the
        # genitive do (lang/ko/act_passive_agents.between_word), the twin of English 'an agreement between A and B on
        # X, concluded after ..., was signed'
        ("가나와 토고 간 전력 협정이 체결됐다.", "AGREE", {"GHA", "TGO"}, None, None, OCC),
        ("라오스와 캄보디아 간 하천 운송 협정이 목요일 서명됐다.", "AGREE", {"LAO", "KHM"}, None, None, OCC),
    ],
    "joint deed twin": [
        # plover58b: lang/ko/act_joint_deeds, the twin of English lang/en/act_joint_deeds (more rows in
        # tests/lang/ko/test_plover58b_ko.py)
        ("그리스와 키프로스 해경은 침몰한 여객선을 공동으로 인양했다.", "COOPERATE", {"GRC", "CYP"}, None, None, ANY),
    ],
})


@pytest.mark.parametrize("text,kind", [
    # a proposal of the team accepted is AGREE, no access granted
    ("시리아는 유엔 조사단의 제안을 받아들였다.", "RETREAT"),
    # a border closed or a curb lifted 'between' a pair names no doer (BETWEEN_TYPES: accords only)
    ("가나와 토고 간 국경이 폐쇄됐다.", "COERCE"),
    ("가나와 토고 간 무역 제한이 해제됐다.", "RETREAT"),
    # information shared with no subject of its own in the relative clause: no sharer named
    ("공유된 정보가 수사에 도움이 됐다.", "COOPERATE"),
])
def test_no_such_act_ko(text, kind):
    """The shapes beside each class that state no act of its type."""
    check_no_act(text, kind)
