"""plover56: the Korean twin of tests/lang/en/test_plover_paraphrase_en.py for the classes the English sweep fixed or
left open (issue 15): the dead and the soldiers handed back (RETREAT release), the crowd-control weapon fired at a
crowd, support stated by its noun, and a go-between's mediation of a deal (open: no side of it is read). Rows check
type, acting states and (where given) exactly the receiving states (tests/plover_rows.check_row); an open row is
xfail(strict) with its class. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.plover_rows import ANY, OCC, check_row, open_class, sweep_rows

ROWS = sweep_rows({
    "RETREAT returned dead and soldiers": [
        # plover56: 시신/유해/군인/병사 + 돌려보내다/인계하다 (ko_acts.yaml), as English 'handed back the bodies of'
        ("이스라엘은 레바논 전투원 3명의 시신을 레바논에 돌려보냈다.", "RETREAT", {"ISR"}, {"LBN"}, "release", OCC),
        ("우크라이나는 러시아 조종사의 시신을 러시아 측에 인계했다.", "RETREAT", {"UKR"}, {"RUS"}, "release", OCC),
        ("벨라루스는 9일 폴란드 병사 2명을 폴란드로 돌려보냈다.", "RETREAT", {"BLR"}, {"POL"}, "release", OCC),
        ("벨라루스가 붙잡았던 폴란드 군인 2명을 폴란드에 돌려보냈다.", "RETREAT", {"BLR"}, {"POL"}, "release", OCC),
        ("이스라엘이 레바논 전투원 3명의 유해를 돌려보냈다.", "RETREAT", {"ISR"}, {"LBN"}, "release", OCC),
    ],
    "ASSAULT crowd-control": [
        ("케냐 경찰은 몸바사에서 시위대를 향해 최루탄을 쐈다.", "ASSAULT", {"KEN"}, None, "crowd-control", OCC),
    ],
    "SUPPORT": [
        ("핀란드는 에스토니아의 제안에 지지를 표명했다.", "SUPPORT", {"FIN"}, {"EST"}, None, OCC),
        ("라트비아 총리는 우크라이나를 전폭적으로 지지한다고 말했다.", "SUPPORT", {"LVA"}, {"UKR"}, None, ANY),
    ],
    "CONSULT mediated deals": [
        open_class("a go-between's mediation of the sides' deal ('A와 B의 휴전을 중재했다'): the genitive pair is no side "
                   "of the mediation, and one party alone makes no CONSULT", "오만은 예멘과 사우디아라비아의 휴전을 중재했다.",
                   "CONSULT", {"OMN", "YEM", "SAU"}, None, None, ANY),
        open_class("a swap made through a mediator ('B의 중재로 A와 C가 포로를 교환했다'): the mediator is read as the "
                   "swap's recipient", "카타르의 중재로 르완다와 부룬디가 포로를 교환했다.", "CONSULT", {"QAT"}, None, None,
                   ANY),
    ],
})


@pytest.mark.parametrize("text,kind,actors,recipients,mode,status", ROWS)
def test_plover_paraphrase_ko(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)


@pytest.mark.parametrize("text", [
    pytest.param("이란이 이스라엘에 보복할까?", marks=pytest.mark.xfail(
        strict=True, reason="a Korean yes/no question ('-ㄹ까?') is read as the act done (English: lang/en/act_questions)")),
    pytest.param("중국이 2027년까지 대만을 침공할 수 있을까?", marks=pytest.mark.xfail(
        strict=True, reason="a Korean yes/no question ('-ㄹ 수 있을까?') is read as an attack planned")),
])
def test_question_ko(text):
    """The twin of the English question rows: a yes/no question tells no act."""
    from tests.event_sides import events
    assert not events(text), [(e.type, e.status) for e in events(text)]
