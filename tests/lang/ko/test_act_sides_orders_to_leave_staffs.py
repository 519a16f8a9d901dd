"""Korean acts. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the
whole pipeline: what it states (type, acting states exactly among the parties, receiving states, status; status
None: no such event).

Formerly tests/lang/test_ko_sides27.py, classes first read by session 22, ko-acts27: who did what to whom, and
missed act words (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

# 1. An order to leave the country ('B 외교관에게 48시간 안에 출국하라고 명령했다') carries out the expulsion: SANCTION expel,
# as '추방했다' (act_expulsions.expulsion_orders; cues expulsion_order_verb, departure_verb). Advice to leave or an order
# of another content stays what it was.
DEPARTURE_ORDERS = [
    ("체코 정부는 벨라루스 대사관 직원 2명에게 48시간 안에 출국하라고 명령했다.", [("SANCTION", {"CZE"}, {"BLR"}, "occurred")]),
    ("페루 정부는 리마 주재 베네수엘라 외교관들에게 72시간 안에 떠나라고 명령했다.",
     [("SANCTION", {"PER"}, {"VEN"}, "occurred"), ("REQUEST", None, None, None)]),
    ("스웨덴 정부는 주스톡홀름 이란 대사관 직원을 기피인물로 지정하고 일주일 안에 출국하라고 명령했다.",
     [("SANCTION", {"SWE"}, {"IRN"}, "occurred")]),
    # negatives: advice to one's own people, an order to withdraw
    ("캐나다 정부는 자국민에게 즉시 레바논을 떠나라고 권고했다.", [("SANCTION", None, None, None)]),
    ("말리 군정은 니제르 접경 부대에 진지를 지키라고 명령했다.", [("SANCTION", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", DEPARTURE_ORDERS)
def test_order_to_leave_is_the_expulsion(text, expected):
    check(text, expected)


# 2. A sentence with no subject that opens with the word that goes on ('이어 "B는 ...해야 한다"고 요구했다', '그러면서
# "..."고 경고했다') is the voice just heard, even past that voice's own sentence with no act ('그는 "..."고 말했다');
# (lexicon going_on_open_re, language.dropped_voice; pipeline continued_side's reach for a voice). A subjectless
# sentence right after an act goes on as before; after another side's act in between, no guess.
GOING_ON = [
    ("마우로 비에이라 브라질 외교부 대변인은 15일 \"아르헨티나의 주장은 근거가 없다\"고 일축했다. 그는 \"우리 훈련은 정상적인 "
     "활동\"이라고 말했다. 이어 \"아르헨티나는 도발 행위를 즉시 중단해야 한다\"고 요구했다.",
     [("REQUEST", {"BRA"}, {"ARG"}, "occurred")]),
    ("케냐 외무부는 성명에서 \"우간다의 국경 봉쇄는 부당하다\"고 비판했다. 외무부는 \"협의가 진행 중\"이라고 덧붙였다. "
     "그러면서 \"우간다는 국경을 즉시 다시 열어야 한다\"고 촉구했다.", [("REQUEST", {"KEN"}, {"UGA"}, "occurred")]),
    ("베트남 외교부 대변인은 \"중국의 조사선 파견은 주권 침해\"라고 비난했다. 이어 \"중국은 조사선을 즉시 철수시켜야 한다\"고 요구했다.",
     [("REQUEST", {"VNM"}, {"CHN"}, "occurred")]),
    # negative: a going-on word after a sentence with no act of any state: no speaker to go on with
    ("그는 기자회견에서 \"우리는 평화를 원한다\"고 말했다. 이어 \"모두가 자제해야 한다\"고 요구했다.",
     [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", GOING_ON)
def test_going_on_word_keeps_the_voice(text, expected):
    check(text, expected)


# 3. A foreign general staff standing bare after its state's spokesman ('B군 총참모부 대변인은 ... 비난했다. 총참모부는 이어
# ...'): the voice just heard (ko.yaml voice_nouns), as '외무성은' is; Korea's own staff is 합참, never bare 총참모부.
GENERAL_STAFF = [
    ("튀르키예군 총참모부 대변인은 성명에서 \"시리아 무장세력의 포격은 명백한 도발\"이라고 비난했다. 총참모부는 이어 "
     "\"시리아가 한 발이라도 쏜다면 도발 원점을 타격할 것\"이라고 위협했다.", [("THREATEN", {"TUR"}, {"SYR"}, "occurred")]),
    ("러시아군 참모본부 대변인은 \"우크라이나군이 휴전을 어겼다\"고 비난했다. 참모본부는 이어 \"우크라이나가 공격을 계속하면 "
     "단호히 응징할 것\"이라고 경고했다.", [("THREATEN", {"RUS"}, {"UKR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", GENERAL_STAFF)
def test_bare_general_staff_is_the_voice_just_heard(text, expected):
    check(text, expected)


# 4. Another state's person at the home state's bare body ('[아짓 쿠마르] 외교부 대변인은', a name that is no Korean name):
# not Korea's ministry (country_bodies.foreign_named_body drops the home mention; title_bodies.foreign_holder leaves the person's
# state open) but the voice the story just heard, whose state the sentence before named (language.foreign_voice_back,
# body_going_on). A Korean name there ('이재웅 외교부 대변인은') keeps Korea.
FOREIGN_HOLDER = [
    ("인도네시아 국방부는 성명을 내고 말레이시아 순찰선의 영해 침범을 비난했다. 안드레아스 위보워 국방부 대변인은 \"말레이시아는 "
     "재발 방지를 약속해야 한다\"고 요구했다.", [("REQUEST", {"IDN"}, {"MYS"}, "occurred")]),
    ("방글라데시 외교부는 미얀마 대사를 불러 국경 포격에 강력히 항의했다. 모하마드 라피쿨 외교부 대변인은 \"미얀마는 포격을 즉시 "
     "멈춰야 한다\"고 촉구했다.", [("REQUEST", {"BGD"}, {"MMR"}, "occurred")]),
    # negative: a Korean name keeps the home ministry
    ("이재웅 외교부 대변인은 정례 브리핑에서 \"북한은 도발을 즉시 멈춰야 한다\"고 촉구했다.", [("REQUEST", {"KOR"}, {"PRK"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", FOREIGN_HOLDER)
def test_foreign_name_at_home_body_is_not_korea(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", [
    ("아룬 메흐타 외교부 대변인은 말했다.", None),
    ("팜투항 국방부 대변인은 말했다.", None),
    ("이재웅 외교부 대변인은 말했다.", "KOR"),
    ("칠레 외교부 호세 페레스 대변인은 말했다.", "CHL"),
])
def test_foreign_holder_mention_state(text, expected):
    from kiwipiepy import Kiwi

    from readout.lang.ko.mentions import find_mentions
    tokens = [(t.form, t.tag, t.start, t.len) for t in Kiwi().tokenize(text)]
    (m,) = find_mentions(text, tokens)
    assert m.country == expected


# 5. A name with the bare title '사무총장' ('[B] 사무총장은') is the head of whichever body the document named B the head of
# ('B 아세안 사무총장을 만났다'), not the UN's by the title's default (title_bodies.bare_body_head): the person found by name.
# With no earlier title the knowledge base finds the UN's own head by name; a nameless '사무총장은' is unchanged.
BODY_HEADS = [
    ("필리핀 대통령이 오늘 방한 중인 카오 김 후른 아세안 사무총장을 만났다. 후른 사무총장은 접견에서 북한의 미사일 발사를 강하게 "
     "규탄했다.", [("ACCUSE", {"IGO"}, {"PRK"}, "occurred")]),
    ("구테흐스 사무총장은 성명에서 에티오피아의 국경 포격을 강하게 규탄했다.", [("ACCUSE", {"UNO"}, {"ETH"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", BODY_HEADS)
def test_bare_secretary_general_is_the_body_named(text, expected):
    check(text, expected)
