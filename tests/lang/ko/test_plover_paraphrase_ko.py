"""plover56: the Korean twin of tests/lang/en/test_plover_paraphrase_en.py for the classes the English sweep fixed or
left open (issue 15): the dead and the soldiers handed back (RETREAT release), the crowd-control weapon fired at a
crowd, support stated by its noun, and a go-between's mediation of a deal (open: no side of it is read). Rows check
type, acting states and (where given) exactly the receiving states (tests/plover_rows.check_row); an open row is
xfail(strict) with its class. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.plover_rows import ANY, NEG, OCC, check_row, open_class, sweep_rows

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
        # kopar57: a mediator's deal between a pair ('A와 B의 휴전을', 'A와 B 사이를', 'A와 B 간 분쟁을', 'A와 B의 포로 교환을'
        # 중재했다) is CAMEO 045 mediation, CONSULT third-party of all three, as English 'C mediated the ceasefire
        # between A and B' (lang/ko/meeting_brokered.mediated_deal)
        ("오만은 예멘과 사우디아라비아의 휴전을 중재했다.", "CONSULT", {"OMN", "YEM", "SAU"}, None, "third-party", OCC),
        ("노르웨이는 콜롬비아와 에콰도르 사이를 중재했다.", "CONSULT", {"NOR", "COL", "ECU"}, None, "third-party", OCC),
        ("튀르키예는 말리와 니제르의 포로 교환을 중재했다.", "CONSULT", {"TUR", "MLI", "NER"}, None, "third-party", OCC),
        # a mediation to come is an offer: no mediation took place
        ("오만은 예멘과 사우디아라비아의 휴전을 중재하겠다고 밝혔다.", "CONSULT", set(), None, None, NEG),
        open_class("a deed done through a mediator ('B의 중재로 A와 C가 포로를 교환했다'): the mediation itself (CAMEO 045, "
                   "CONSULT of all three) is not read beside the sides' deed", "카타르의 중재로 르완다와 부룬디가 포로를 "
                   "교환했다.", "CONSULT", {"QAT"}, None, None, ANY),
    ],
    "go-between no side": [
        # kopar57: the go-between of a manner phrase ('Q의 중재로', 'under Q's mediation') neither does nor receives the
        # sides' deed (pipeline/act_recipient_readers.go_betweens, act_actors: mediators_named)
        ("카타르의 중재로 르완다와 부룬디가 포로를 교환했다.", "RETREAT", {"RWA", "BDI"}, set(), "release", OCC),
        ("카타르의 중재로 르완다는 부룬디 포로 10명을 석방했다.", "RETREAT", {"RWA"}, {"BDI"}, "release", OCC),
        ("Under Qatari mediation, Rwanda and Burundi exchanged prisoners.", "RETREAT", {"RWA", "BDI"}, set(), "release",
         OCC),
        ("Through Qatar's mediation, Rwanda freed ten Burundian prisoners.", "RETREAT", {"RWA"}, {"BDI"}, "release", OCC),
    ],
})


@pytest.mark.parametrize("text,kind,actors,recipients,mode,status", ROWS)
def test_plover_paraphrase_ko(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)


@pytest.mark.parametrize("text", [
    # kopar57: a yes/no question's interrogative ending ('-ㄹ까', '-ㄴ가', '-습니까', '-나?') tells no act
    # (lang/ko/act_questions), the twin of English lang/en/act_questions
    "이란이 이스라엘에 보복할까?",
    "중국이 2027년까지 대만을 침공할 수 있을까?",
    "북한이 또 도발할 것인가",  # a headline's question, no mark
    "칠레가 페루에 보복할까?",
    "에콰도르가 페루와 국경 협정을 맺을 것인가",
    "볼리비아가 파라과이에 대한 제재를 해제했습니까?",
    "칠레 해군이 페루 어선을 나포했나?",
    # a meeting word or a pair of officials in a question holds no meeting (Language.asks_yes_no,
    # pipeline/events.meeting_events), in both languages
    "미국과 중국이 정상회담을 열까?",
    "브라질과 아르헨티나 정상이 다음 달 만날까?",
    "Will the United States and China hold a summit?",
    "Will the leaders of Brazil and Argentina meet next month?",
    # an embedded question ('-ㄹ지', ko_acts.yaml asked_ending) asks whether the act will come, as English 'whether'
    "기자는 이란이 보복할지 물었다.",
    "북한이 추가 도발을 할지 주목된다.",
    "중국이 대만을 침공할지 여부가 관심사다.",
    "The reporter asked whether Iran would retaliate.",
])
def test_question_ko(text):
    """The twin of the English question rows: a yes/no question tells no act."""
    from tests.event_sides import events
    assert not events(text), [(e.type, e.status) for e in events(text)]


@pytest.mark.parametrize("text,kind", [
    # a wh-question presumes its act (English 'Who attacked the convoy?' is read as before): '왜 ... 비난했나?'
    ("콜롬비아는 왜 베네수엘라를 비난했나?", "ACCUSE"),
    # a question quoted inside a report ends on the report's own ending: the report's act is read
    ("칠레 외교부는 \"페루가 보복할까?\"라는 질문에 페루를 규탄했다고 밝혔다.", "ACCUSE"),
    # the statement the question asks about
    ("칠레가 페루를 공격했다.", "ASSAULT"),
    ("이란은 이스라엘에 보복하겠다고 밝혔다.", "THREATEN"),
    ("브라질과 아르헨티나 정상이 만났다.", "CONSULT"),
    ("The leaders of Brazil and Argentina met in Buenos Aires.", "CONSULT"),
])
def test_question_guard_ko(text, kind):
    """Not a yes/no question: the act is read."""
    from tests.event_sides import events
    assert kind in [e.type for e in events(text)], [(e.type, e.status) for e in events(text)]


@pytest.mark.parametrize("text", [
    "카타르의 중재로 르완다와 부룬디가 포로를 교환했다.",
    "카타르의 중재로 르완다는 부룬디 포로 10명을 석방했다.",
    "Under Qatari mediation, Rwanda and Burundi exchanged prisoners.",
    "Through Qatar's mediation, Rwanda freed ten Burundian prisoners.",
])
def test_go_between_no_side(text):
    """(kopar57) The go-between of a manner phrase is on neither side of the deed the sides do."""
    from tests.event_sides import events
    found = [e for e in events(text) if e.type == "RETREAT"]
    assert found and all("QAT" not in {p.country for p in [*e.participants, *e.recipients]} for e in found), \
        [(e.type, [p.country for p in e.participants], [p.country for p in e.recipients]) for e in found]
