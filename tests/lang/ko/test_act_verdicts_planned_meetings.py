"""Korean acts and meetings: verdicts, guarded names before state nouns, planned meetings, dates of sequences. Each row
is a sentence we wrote for the test (not the probe's fresh10, not an article's, not the eval's), read through the
whole pipeline: what it states (type, acting and receiving states, mode, status; status None: no such event).

Formerly tests/lang/test_ko_act_classes8.py; classes first read as "The Korean act and meeting classes of the eighth
Korean-acts session (issues 13 and 15)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


def states(entities) -> set[str]:
    return {e.country for e in entities}


# 1. A verdict on another side's conduct with no act verb is an accusation (lang/ko/act_verdicts.py): a characterizing
# noun before the copula ('주권 침해라고', "'도발'이라며") or predicate ('긴장을 고조시키고 있다고') closing the quoted
# complement of a saying verb; the accused is the complement's subject or the object judged (its genitive owner
# first), the accuser the saying verb's subject. Not when denied, in the first person, or with no argument.
# sentence, type, actors, recipients, mode, status
VERDICTS = [
    ("파라과이 외교부는 볼리비아가 국경 지대의 긴장을 고조시키고 있다고 말했다.", "ACCUSE", {"PRY"}, {"BOL"}, "allege",
     "occurred"),
    ("가봉 정부는 적도기니의 섬 점유가 명백한 주권 침해라고 밝혔다.", "ACCUSE", {"GAB"}, {"GNQ"}, "disapprove", "occurred"),
    ("우루과이 외교부는 아르헨티나의 이번 조치는 국제법 위반이라고 주장했다.", "ACCUSE", {"URY"}, {"ARG"}, "disapprove",
     "occurred"),
    ("헝가리 총리는 유럽연합의 이번 결정이 내정 간섭이라고 강조했다.", "ACCUSE", {"HUN"}, {"EUR"}, None, "occurred"),
    ("에콰도르는 콜롬비아가 자국 영공을 침범했다고 주장했다.", "ACCUSE", {"ECU"}, {"COL"}, None, "occurred"),
    ("태국 국방부는 캄보디아군의 국경 사격을 '중대한 도발'이라며 단호히 대응하겠다고 밝혔다.", "ACCUSE", {"THA"}, {"KHM"},
     None, "occurred"),
    # a direct quote: its own final ending before the quotative particle
    ("케냐 대통령은 \"페루는 국제법을 위반하고 있다\"고 말했다.", "ACCUSE", {"KEN"}, {"PER"}, None, "occurred"),
    ("케냐 대통령은 \"페루의 국경 봉쇄는 명백한 협정 위반이다\"라고 말했다.", "ACCUSE", {"KEN"}, {"PER"}, None, "occurred"),
    ("케냐 대통령은 \"우리는 국제법을 위반하지 않았다\"고 말했다.", "ACCUSE", set(), None, None, None),
    # an accusation verb that named no one gains the accused of its verdict
    ("요르단 외교부는 이스라엘의 정착촌 확장은 국제법 위반이라고 비판했다.", "ACCUSE", {"JOR"}, {"ISR"}, None, "occurred"),
    # a verdict on the acts just reported: their author ("'...도발'이라고": kiwi's quotative particle)
    ("감비아 경비정이 세네갈 어선에 발포했다. 세네갈 정부는 이번 발포를 '용납할 수 없는 도발'이라고 밝혔다.", "ACCUSE",
     {"SEN"}, {"GMB"}, None, "occurred"),
    # denied, the speaker's own conduct, no verdict word: no accusation
    ("몽골 정부는 중국의 이번 결정이 내정 간섭이 아니라고 밝혔다.", "ACCUSE", set(), None, None, None),
    ("가봉 정부는 적도기니가 어떠한 협정도 위반하지 않았다고 밝혔다.", "ACCUSE", set(), None, None, None),
    ("인도네시아 국방부는 우리 훈련은 어느 나라도 위협하지 않는다고 밝혔다.", "ACCUSE", set(), None, None, None),
    ("쿠바 외교부는 쿠바가 어떤 국제법도 위반하지 않았다고 밝혔다.", "ACCUSE", set(), None, None, None),
    ("필리핀 대통령은 해양 주권 수호가 최우선 과제라고 밝혔다.", "ACCUSE", set(), None, None, None),
    # a generic subject after a reported act accuses no one; a forecast ('...할 것이라고') is no verdict
    ("감비아 경비정이 세네갈 어선에 발포했다. 세네갈 총리는 기후변화가 인류에 대한 위협이라고 말했다.", "ACCUSE", set(),
     None, None, None),
    ("칠레 외교부는 이번 조치가 양국 교역을 위축시킬 것이라고 밝혔다.", "ACCUSE", set(), None, None, None),
    ("칠레 외교부는 페루가 국경 긴장을 고조시킬 것이라고 밝혔다.", "ACCUSE", set(), None, None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", VERDICTS)
def test_verdict_is_an_accusation(text, type_, actors, recipients, mode, status):
    assert_act(events(text), type_, actors, recipients, status, mode)


# 2. 수단 (Sudan, or 'means'), 말리 with no particle of their own name the state before a noun of a state's affairs
# (lexicon ko guarded_state_context: 내전, 난민, 사태, 군정 ...) where kiwi reads a proper noun; the ordinary word
# after an adnominal or a modifier noun ('마련할 수단', '외교 수단') names no state.
GUARDED = [
    ("유엔 사무총장은 수단 내전 당사자들에게 즉각적인 휴전을 촉구했다.", "REQUEST", {"UNO"}, {"SDN"}, None, "occurred"),
    ("사우디아라비아는 수단 피란민에게 구호 식량을 보냈다.", "AID", {"SAU"}, {"SDN"}, "humanitarian", "occurred"),
    ("이집트 외교부는 수단 사태에 깊은 우려를 표명했다.", "ACCUSE", {"EGY"}, {"SDN"}, None, "occurred"),
    ("알제리는 말리 군정에 조속한 민정 이양을 촉구했다.", "REQUEST", {"DZA"}, {"MLI"}, None, "occurred"),
    ("튀르키예는 수단 난민에게 구호 물자를 보낼 계획이다.", "AGREE", {"TUR"}, None, None, "occurred"),  # planned aid: a pledge
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", GUARDED)
def test_guarded_name_before_a_state_noun_is_the_state(text, type_, actors, recipients, mode, status):
    assert_act(events(text), type_, actors, recipients, status, mode)


@pytest.mark.parametrize("text", [
    "정부는 재원을 마련할 수단을 찾고 있다.",
    "미국은 가능한 모든 외교 수단을 동원해 대응하겠다고 밝혔다.",
    "유엔은 분쟁을 끝낼 수단을 마련하라고 각국에 촉구했다.",
])
def test_means_is_no_state(text):
    found = events(text)
    assert not any("SDN" in states(e.participants) | states(e.recipients) for e in found), \
        [(e.type, states(e.participants), states(e.recipients)) for e in found]


# 3. A planned meeting with a counterpart named by an office only ('일본 외무상과 회담할 예정'): the office holder is one
# person (the knowledge base's on the day, else the state), so the plan stands as a planned CONSULT; a plan of a
# loose group of officials ('외교 당국자들은') and a refusal to meet stay no meeting (pipeline/states.py, lang/ko/states.py).
# sentence, the parties' states, status (None: no meeting)
OFFICE_PLANS = [
    ("페루 외교장관은 다음 주 브라질 외교장관과 회담할 예정이다.", {"PER", "BRA"}, "planned"),
    ("케냐 국방장관은 이달 말 우간다 국방장관과 만날 계획이다.", {"KEN", "UGA"}, "planned"),
    ("칠레 외교장관은 다음 달 일본 외무상과 회담할 예정이다.", {"CHL", "JPN"}, "planned"),
    ("페루 국방장관은 칠레 국방장관과 만나지 않겠다고 밝혔다.", None, None),
    ("칠레 외교 당국자들은 다음 주 일본 외무상과 만날 예정이다.", None, None),
]


@pytest.mark.parametrize("text,parties,status", OFFICE_PLANS)
def test_planned_meeting_with_an_office_holder(text, parties, status):
    found = [e for e in events(text) if e.type == "CONSULT"]
    if parties is None:
        assert not found, [(e.status, states(e.participants)) for e in found]
        return
    assert len(found) == 1, [(e.status, states(e.participants)) for e in found]
    assert states(found[0].participants) == parties and found[0].status == status


def test_planned_meeting_names_the_japanese_holder_of_the_day():
    """The office of a state the knowledge base knows is its holder on the report's day, a person."""
    found = [e for e in events("칠레 외교장관은 다음 달 일본 외무상과 회담할 예정이다.") if e.type == "CONSULT"]
    japanese = [p for p in found[0].participants if p.country == "JPN"]
    assert japanese and japanese[0].kind == "person", [(p.kind, p.name) for p in found[0].participants]


# 4. A date right after the topic that opens an after-clause (~한 뒤, ~한 후) dates the topic's whole sequence: the
# meeting after the clause takes it too, unless the main clause has a day of its own ('이튿날') or counts the time
# elapsed ('... 뒤 처음으로'); a date inside a complement with its own subject stays that act's
# (lang/ko/language.py topic_sequence). sentence, the dates of its meetings in order
SEQUENCES = [
    ("칠레 외교장관은 10일 브라질 외교장관과 회담한 뒤 아르헨티나 외교장관과도 만났다.", [date(2024, 5, 10), date(2024, 5, 10)]),
    ("케냐 대통령은 15일 우간다 대통령과 통화한 뒤 탄자니아 대통령과도 통화했다.", [date(2024, 5, 15), date(2024, 5, 15)]),
    ("페루 외교장관은 25일 볼리비아 외교장관과 회담한 뒤 칠레 외교장관과도 만날 예정이다.",
     [date(2024, 5, 25), date(2024, 5, 25)]),  # planned: both on the 25th
    ("칠레 외교장관은 10일 브라질 외교장관과 회담한 뒤 이튿날 아르헨티나 외교장관과 만났다.",
     [date(2024, 5, 10), date(2024, 5, 11)]),
    ("칠레 외교장관은 지난 3일 브라질 외교장관과 회담한 뒤 처음으로 아르헨티나 외교장관과 만났다.", [date(2024, 5, 3), PUB]),
]


@pytest.mark.parametrize("text,days", SEQUENCES)
def test_date_after_the_topic_dates_the_sequence(text, days):
    found = sorted((e for e in events(text) if e.type == "CONSULT"), key=lambda e: text.index(e.trigger))
    assert [e.date for e in found] == days, [(e.trigger, e.date, states(e.participants)) for e in found]


def test_complement_launch_keeps_its_own_date():
    """'[X가 지난 19일 ... 쏜] 것을 규탄했다': the complement's own date is its act's; the statement keeps the topic's."""
    found = {e.type: e for e in events("필리핀 외교부는 21일 중국 해경이 지난 19일 필리핀 보급선에 물대포를 쏜 것을 규탄했다.")}
    assert found["ACCUSE"].date == date(2024, 5, 21)
    assert found["ASSAULT"].date == date(2024, 5, 19)


# 5. Classes fresh10 showed (fixed by class, fresh10 kept untouched): force not ruled out is a threat ('배제하지 않겠다',
# cue unruled_verb; ruled out: no act), people arrested with an approximate or summed count ('시위대 30여 명을',
# '활동가 등 20명을': lang/ko/act_context.py domestic_object, act_arguments.argument_runs), and a headline topic of
# names joined by a middle dot and closed by a comma ('A·B, 협정 서명') is the act's acting side
# (lang/ko/meeting_roles.py name_role); a quoted condition's comma topic is whom the warning is aimed at
# (lang/ko/act_conditions.py quoted_topic).
FRESH_CLASSES = [
    ("베네수엘라는 가이아나에 대한 군사행동을 배제하지 않겠다고 밝혔다.", "THREATEN", {"VEN"}, {"GUY"}, "violence", "occurred"),
    ("아제르바이잔은 아르메니아에 대한 추가 제재를 배제하지 않겠다고 밝혔다.", "THREATEN", {"AZE"}, {"ARM"}, "restrict",
     "occurred"),
    ("인도 국방장관은 파키스탄에 대한 무력 사용 가능성을 배제하지 않았다.", "THREATEN", {"IND"}, {"PAK"}, "violence",
     "occurred"),
    ("알제리는 모로코에 대한 무력 사용 가능성을 배제했다.", "THREATEN", set(), None, None, None),
    ("러시아 국방부는 몰도바에 대한 군사행동을 배제했다.", "THREATEN", set(), None, None, None),
    # people arrested counted approximately or summed up by 등: the actor's own people
    ("세르비아 경찰은 반정부 시위대 30여 명을 체포했다.", "COERCE", {"SRB"}, {"SRB"}, "arrest", "occurred"),
    ("캄보디아 당국은 야당 의원과 활동가 등 20명을 구금했다.", "COERCE", {"KHM"}, {"KHM"}, "arrest", "occurred"),
    ("세르비아 경찰은 반정부 시위대 30여 명을 체포하지 않았다.", "COERCE", set(), None, None, None),
    # a headline's quoted warning whose condition has a comma topic: aimed at that topic
    ("인도 총리 \"파키스탄, 테러 지원하면 대가 치를 것\" 경고", "THREATEN", {"IND"}, {"PAK"}, None, "occurred"),
    ("그리스 총리 \"튀르키예, 영해 침범하면 단호히 대응\" 경고", "THREATEN", {"GRC"}, {"TUR"}, None, "occurred"),
    ("세네갈·감비아, 어업 협정 타결", "AGREE", {"SEN", "GMB"}, None, None, "occurred"),
    ("[속보] 가나·토고, 국경 협정 서명", "AGREE", {"GHA", "TGO"}, None, None, "occurred"),
    ("에콰도르·페루, 국경 분쟁 해결 합의", "AGREE", {"ECU", "PER"}, None, None, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", FRESH_CLASSES)
def test_each_probe_class_row_states_its_act(text, type_, actors, recipients, mode, status):
    assert_act(events(text), type_, actors, recipients, status, mode)
