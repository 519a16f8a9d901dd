"""plover60b (issue 15): the Korean twins of tests/lang/en/test_plover60b.py: a protest announced is PROTEST planned
(read already); a host receiving an envoy (read already) and an envoy sent to a state ('B에 특사를 파견했다') are CONSULT
visits; an armed side's arson ('반군이 학교에 불을 질렀다') is ASSAULT primitive, a crowd's stays its riot. Every
sentence is our own.
"""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, PLAN, open_class, sweep_test

test_plover60b_ko = sweep_test({
    "PROTEST announced by its doers is planned (read already)": [
        ("잠비아 학생들이 루사카에서 집회를 열겠다고 밝혔다.", "PROTEST", {"ZMB"}, None, "demo", PLAN),
        ("말라위 간호사들이 다음 주 파업에 돌입하겠다고 밝혔다.", "PROTEST", {"MWI"}, None, "strike", PLAN),
        ("잠비아 부두 노동자들이 월요일에 파업에 돌입할 것이다.", "PROTEST", {"ZMB"}, None, "strike", PLAN),
    ],
    "CONSULT: a host receives an envoy (read already)": [
        ("가나 대통령이 토고 대사를 접견했다.", "CONSULT", {"GHA", "TGO"}, None, None, OCC),
    ],
    "CONSULT: an envoy sent to a state visits it": [
        ("가나는 토고에 특사를 파견했다.", "CONSULT", {"GHA", "TGO"}, None, "visit", OCC),
        ("가나 대통령이 토고에 특사단을 보냈다.", "CONSULT", {"GHA", "TGO"}, None, "visit", OCC),
        ("가나는 토고에 특사를 파견할 예정이다.", "CONSULT", {"GHA", "TGO"}, None, "visit", PLAN),
        ("가나는 토고에 군대를 파견했다.", "CONSULT", set(), None, None, NEG),
        open_class("the envoy noun before the host ('특사를 B에 파견했다'): the meeting word is read only as the envoy noun "
                   "right before its sending verb; the fix goes in lang/ko's meeting trigger and "
                   "reading_meeting_parties.state_party (the host's 에 after the envoy noun)",
                   "가나는 특사를 토고에 파견했다.", "CONSULT", {"GHA", "TGO"}, None, "visit", OCC),
    ],
    "ASSAULT: an armed side's arson; a crowd's riot": [
        ("반군이 니제르 북부에서 학교에 불을 질렀다.", "ASSAULT", {"NER"}, None, "primitive", OCC),
        ("무장괴한들이 나이지리아 북부에서 교회에 불을 질렀다.", "ASSAULT", {"NGA"}, None, "primitive", OCC),
        ("군인들이 말리 중부에서 마을에 불을 질렀다.", "ASSAULT", {"MLI"}, None, "primitive", OCC),
        ("폭도들이 니아메에서 경찰서에 불을 질렀다.", "PROTEST", {"NER"}, None, "riot", OCC),
        ("폭도들이 니아메에서 경찰서에 불을 질렀다.", "ASSAULT", set(), None, None, NEG),
    ],
})
