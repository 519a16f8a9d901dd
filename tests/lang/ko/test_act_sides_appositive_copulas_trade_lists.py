"""Korean acts: who did what to whom on the open batches' Korean classes. Each row is a sentence we wrote for the test
(not a batch's, not the eval's), read through the whole pipeline: the (actors, recipients) of each event of a type.

Formerly tests/lang/test_ko_sides31.py, classes first read by session 23, ko-acts31 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.sentences import kiwi
from readout.lang.ko.words import appositive, words_of

PUB = date(2024, 5, 10)


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    """The (actors, recipients) of each event of `type_` the text states."""
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


# 1. A noun with the copula's adnominal ending ('[접경지역인] 섬에서') names what the next noun is: it closes no
# relative clause, so the 이/가 word before it stays the subject of the deed a bare home ministry judges ('국방부는
# 이날 북한이 ... 사격을 실시한 데 대해 유감을 표명했다'); read as a relative clause's subject, the deed and the
# regret went to the home state and the foreign leader of the meeting told just before (words.appositive).
DEED_IN_JUDGED_CLAUSE = [
    ("윤석열 대통령은 이날 서울에서 훈 마넷 캄보디아 총리와 회담했다.\n\n"
     '한편 국방부는 이날 북한이 동해 접경지역인 마량도에서 해안포 사격을 실시한 데 대해 "남북 합의 위반"이라며 유감을 표명했다.'),
    ("윤석열 대통령은 이날 서울에서 팜 민 찐 베트남 총리와 회담했다.\n\n"
     "한편 합참은 이날 북한이 군사분계선 인근인 강원도 전방에서 방사포 사격을 실시한 데 대해 강한 유감을 표명했다."),
    ("윤석열 대통령은 이날 서울에서 기시다 후미오 일본 총리와 회담했다.\n\n"
     '한편 국방부는 이날 북한이 서해 완충구역인 북방한계선 인근에서 포 사격을 실시한 것과 관련해 "명백한 도발"이라며 유감을 표명했다.'),
]


@pytest.mark.parametrize("text", DEED_IN_JUDGED_CLAUSE)
def test_deed_subject_before_an_appositive_copula_acts(text):
    assert sides(text, "MOBILIZE") == [({"PRK"}, set())]
    assert sides(text, "ACCUSE") == [({"KOR"}, {"PRK"})]


@pytest.mark.parametrize("phrase, expected", [
    ("접경지역인", True),  # a content noun: what the next noun is
    ("수도인", True),
    ("방문 중인", False),  # a bound noun: '[장관이 방문 중인] 도시' is a relative clause
    ("발사한", False),  # a verb's adnominal
    ("깊은", False),
])
def test_appositive_copula(phrase, expected):
    text = phrase
    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert appositive(words_of(text, toks)[-1]) is expected


# 2. A refusal whose object is only the pronoun of what was just told ('B는 이를 사실상 거부했다'): it refuses the
# request or offer told just before, in its own sentence too ('A는 B에게 ...해 달라고 요구했지만, B는 이를 ...'), and
# with none told, the charge just told ('이를 부인했다'); the one who put it forward receives the refusal
# (act_answers.bare_rejections `told_object`; pipeline/act_build.told_here).
TOLD_REJECTED = [
    ("박진 외교부 장관은 이날 도쿄에서 하야시 요시마사 외무상과 회담하고 수출 규제 조치를 철회해 달라고 요구했지만, "
     "하야시 외무상은 이를 사실상 거부했다.", {"JPN"}, {"KOR"}),
    ("조태열 외교부 장관은 베이징에서 왕이 외교부장과 회담하고 억류된 선원들을 석방해 달라고 요청했으나 왕 부장은 이를 거절했다.",
     {"CHN"}, {"KOR"}),
    ("러시아 외무부는 에스토니아에 억류된 자국민 석방을 요구했다. 에스토니아 외무부는 이를 단호히 거부했다.", {"EST"}, {"RUS"}),
    ("필리핀은 중국에 대화를 제안했으나, 중국은 이를 거절했다.", {"CHN"}, {"PHL"}),
    ("일본 외무성은 중국이 자국 영해를 침범했다고 비난했다. 중국 외교부는 이를 부인했다.", {"CHN"}, {"JPN"}),
]


@pytest.mark.parametrize("text,actors,recipients", TOLD_REJECTED)
def test_a_refusal_of_what_was_just_told_answers_its_teller(text, actors, recipients):
    assert sides(text, "REJECT") == [(actors, recipients)]


@pytest.mark.parametrize("text,actors,recipients", [
    ("러시아 외무부는 에스토니아에 억류된 자국민 석방을 요구했다. 에스토니아 정부는 같은 날 라트비아의 중재 제안을 거부했다.",
     {"EST"}, {"LVA"}),
    ("필리핀은 중국에 대화를 제안했고, 베트남은 일본의 지원 제안을 거절했다.", {"VNM"}, {"JPN"}),
])
def test_a_refusal_with_its_own_object_keeps_it(text, actors, recipients):
    """Negative: a refusal naming whose proposal it refuses answers that side, not the request just told."""
    assert sides(text, "REJECT") == [(actors, recipients)]


# 3. A warning whose own quotation tells only what the speaker's side will do ('"우리 정부는 ... 취해 나갈 것"이라고
# 경고했다') is aimed at the state a quotation joined before it by -라며 names as its subject ('"B가 ...을 좌시하지 않을
# 것"이라며'); read from the last quotation only, it was aimed at no one and dropped (act_warned).
WARNED_IN_JOINED_QUOTE = [
    ('한덕수 총리는 "중국이 우리 어민들을 위협하는 행태를 결코 묵과하지 않을 것"이라며 "우리 정부는 필요한 조치를 단호하게 '
     '취해 나갈 것"이라고 경고했다.', {"CHN"}),
    ('윤석열 대통령은 "북한이 핵 위협을 이어가는 상황을 좌시하지 않을 것"이라며 "우리 정부는 상응하는 조치를 취할 것"이라고 '
     '경고했다.', {"PRK"}),
    ('조태열 장관은 "러시아가 우리 기업의 자산을 압류하는 것을 그냥 두지 않겠다"며 "우리 정부도 맞대응에 나설 것"이라고 '
     '경고했다.', {"RUS"}),
    ('조태열 장관은 "러시아가 우리 기업의 자산을 압류하는 것을 그냥 두지 않겠다"며 "우리 정부도 맞대응에 나설 것"이라고 '
     '일본에 경고했다.', {"JPN"}),  # an addressee of its own keeps it
]


@pytest.mark.parametrize("text,recipients", WARNED_IN_JOINED_QUOTE)
def test_a_warning_is_aimed_at_the_state_a_joined_quotation_names(text, recipients):
    assert sides(text, "THREATEN") == [({"KOR"}, recipients)]


# 4. A state taken off a list of trusted trading partners ('B를 수출 우대국 명단에서 제외했다'): an economic SANCTION by
# the list's keeper against the state the verb takes as its object (lexicon ko_acts: 화이트리스트, 우대국 (명단),
# 백색국가 + 제외하다/배제하다).
DELISTED = [
    ("미국 정부는 멕시코를 화이트리스트에서 제외했다.", {"USA"}, {"MEX"}),
    ("중국 상무부는 이날 호주를 수출 우대국 명단에서 배제하기로 결정했다.", {"CHN"}, {"AUS"}),
    ("미국 정부가 멕시코를 백색국가에서 제외하기로 한 가운데 캐나다 총리가 이를 비판했다.", {"USA"}, {"MEX"}),
]


@pytest.mark.parametrize("text,actors,recipients", DELISTED)
def test_a_state_taken_off_a_trade_preference_list_is_sanctioned(text, actors, recipients):
    assert sides(text, "SANCTION") == [(actors, recipients)]


def test_a_list_named_without_removal_is_no_sanction():
    """Negative: a list only named ('화이트리스트에 포함돼 있다') takes nothing away."""
    assert sides("미국 정부는 멕시코가 화이트리스트에 포함돼 있다고 밝혔다.", "SANCTION") == []


# 5. No SUPPORT where no side is endorsed: one present at an occasion ('이 자리에는 X가 함께했다', '회의에는 X도
# 함께했다': attendance; act_predicates.attended_occasion) and a host welcoming firms' business ('B국 기업들의 투자를
# 적극 환영한다'; act_welcomes, cues welcomed_business_noun, welcome_manner_noun).
NO_SUPPORT = [
    ("조태열 외교부 장관은 이날 도쿄에서 열린 한일 외교장관회의에서 가미카와 요코 일본 외무상에게 유감을 표했다. "
     "이 자리에는 토니 블링컨 미국 국무장관이 함께했다."),
    "조태열 외교부 장관은 이날 회의에서 가미카와 요코 일본 외무상과 만났다. 회의에는 왕이 중국 외교부장도 함께했다.",
    '팜 민 찐 베트남 총리는 "한국 기업들의 투자를 적극 환영한다"고 화답했다.',
    "윤석열 대통령은 인도네시아 기업들의 투자를 환영했다.",
]


@pytest.mark.parametrize("text", NO_SUPPORT)
def test_attending_or_welcoming_investment_is_no_support(text):
    assert sides(text, "SUPPORT") == []


@pytest.mark.parametrize("text,actors,recipients", [
    ('바이든 대통령은 "미국은 이스라엘과 함께한다"고 밝혔다.', {"USA"}, {"ISR"}),  # stood with a party: support
    ("윤석열 대통령은 인도네시아의 휴전 제안을 적극 환영했다.", {"KOR"}, {"IDN"}),  # a proposal welcomed: endorsed
])
def test_standing_with_a_party_or_welcoming_its_proposal_stays_support(text, actors, recipients):
    assert sides(text, "SUPPORT") == [(actors, recipients)]


# 6. A list of states closed by 등 with a region before their count ('A와 B, C 등 [북유럽] 3개국은'): the region goes
# on with the list's head, whose topic every member takes (name_heads.listed_head: bare nouns before the group or count noun describe it);
# read as the end of the phrase, the act had no actor.
REGION_LISTS = [
    ("같은 날 스웨덴과 노르웨이, 덴마크 등 북유럽 3개국은 세르비아가 10일 안에 군을 철수하지 않으면 제재를 가하겠다며 "
     "사실상 최후통첩을 보냈다.", "THREATEN", {"SWE", "NOR", "DNK"}, {"SRB"}),
    ("스웨덴과 노르웨이, 덴마크 등 북유럽 3개국은 세르비아에 최후통첩을 보냈다.", "THREATEN", {"SWE", "NOR", "DNK"}, {"SRB"}),
    ("핀란드와 스웨덴, 덴마크 등 북유럽 3개국은 러시아를 규탄했다.", "ACCUSE", {"FIN", "SWE", "DNK"}, {"RUS"}),
    ("러시아는 스웨덴과 노르웨이, 덴마크 등 북유럽 3개국을 비난했다.", "ACCUSE", {"RUS"}, {"SWE", "NOR", "DNK"}),
]


@pytest.mark.parametrize("text,type_,actors,recipients", REGION_LISTS)
def test_a_region_before_a_listed_count_keeps_the_list_acting(text, type_, actors, recipients):
    assert sides(text, type_) == [(actors, recipients)]
