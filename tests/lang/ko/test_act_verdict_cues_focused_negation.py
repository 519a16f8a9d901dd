"""Korean acts: verdict cues, focused negation, speaking governments, refusals, headlines, captives, honorifics. Each
row is a sentence we wrote for the test (not the probe's fresh11, not an article's, not the eval's), read through
the whole pipeline: what it states (type, acting and receiving states, mode, status; status None: no such event).

Formerly tests/lang/test_ko_act_classes9.py; classes first read as "The Korean act classes of the ninth Korean-acts
session (issues 13 and 15)" (docs/history.md)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)
KO_ACTS = Path(__file__).resolve().parents[3] / "readout" / "data" / "lexicon" / "ko_acts.yaml"


def events(text: str):
    return extract_text(text, published=PUB).events


# 2. The verdict reader's particles and endings are lexicon cues (ko_acts.yaml verdict_*), checked by the schema: a
# missing or emptied list would silently switch the reader off, so `readout kb check` refuses the file.
@pytest.mark.parametrize("cue", ["verdict_quote_particle", "verdict_joined_ending", "verdict_subject_particle",
                                 "verdict_topic_particle", "verdict_object_particle"])
def test_verdict_cues_are_required(cue):
    from readout.lang.ko.act_schema import ActLexiconFile

    raw = yaml.safe_load(KO_ACTS.read_text(encoding="utf-8"))
    ActLexiconFile.model_validate(raw)  # the shipped file passes
    raw["cues"][cue] = []
    with pytest.raises(ValueError, match=cue):
        ActLexiconFile.model_validate(raw)


# 1. A verdict joined to the sentence's own act ('A는 B의 X를 '명백한 침해'라며 철회를 요구했다'): the verdict is an
# ACCUSE A->B of its own (lang/ko/act_verdicts.py `_joined_verdict`), and the final verb keeps its act; neither eats
# the other. The verdict is stated whatever the final verb's status (planned, negated). A vowel-final verdict
# noun drops the copula ("'영토 침해'라며"). Not a verdict: praise, a denial ('...이 아니라며').
# sentence, [(type, actors, recipients, status) ...]
JOINED_VERDICTS = [
    ("말레이시아 정부는 싱가포르의 해상 매립 공사를 '명백한 영토 침해'라며 즉각 중단을 요구했다.",
     [("ACCUSE", {"MYS"}, {"SGP"}, "occurred"), ("REQUEST", {"MYS"}, {"SGP"}, "occurred")]),
    ("케냐 외교부는 소말리아의 발표를 '내정 간섭'이라며 대사를 소환했다.",
     [("ACCUSE", {"KEN"}, {"SOM"}, "occurred"), ("SANCTION", {"KEN"}, {"SOM"}, "occurred")]),
    ("페루 정부는 칠레의 어획 단속을 '국제법 위반'이라며 국제재판소에 제소할 방침이다.",
     [("ACCUSE", {"PER"}, {"CHL"}, "occurred")]),
    ("가이아나 정부는 베네수엘라의 군사훈련을 '노골적인 도발'이라며 대사를 소환하지는 않았다.",
     [("ACCUSE", {"GUY"}, {"VEN"}, "occurred"), ("SANCTION", set(), None, None)]),
    ("몽골 정부는 이번 합의를 '역사적 전환점'이라며 환영했다.", [("ACCUSE", set(), None, None)]),
    ("라오스 정부는 태국의 공사가 '국경 침범'이 아니라며 항의를 거둬들였다.", [("ACCUSE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", JOINED_VERDICTS)
def test_joined_verdict_is_its_own_accusation(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 5. A focus particle between 지 and the negating auxiliary ('소환하지는 않았다', '부과하지도 않았다', '비난하지조차
# 않았다') still negates the act (lang/ko/endings.py read_clause; cue negation_focus_particle).
FOCUSED_NEGATIONS = [
    ("가이아나 정부는 베네수엘라 대사를 소환하지는 않았다.", "SANCTION"),
    ("토고 정부는 가나를 비난하지도 않았다.", "ACCUSE"),
    ("칠레는 아르헨티나에 대한 제재를 부과하지조차 않았다.", "SANCTION"),
    ("세네갈은 감비아에 병력을 파견하지는 않기로 했다.", "MOBILIZE"),
]


@pytest.mark.parametrize("text,type_", FOCUSED_NEGATIONS)
def test_focused_negation_negates(text, type_):
    assert_act(events(text), type_, set(), None, None)



def test_focused_negation_leaves_the_next_act():
    # the negated act is dropped, the act after it in the same sentence stays
    found = events("가이아나 정부는 베네수엘라 대사를 소환하지는 않았지만 강한 유감을 표명했다.")
    assert_act(found, "SANCTION", set(), None, None)
    assert_act(found, "ACCUSE", {"GUY"}, None, "occurred")


# 3. The speaking government of a characterization after the act sentence is the accuser
# (lang/ko/act_verdicts.py): 'B 정부는 A의 X가 도발이라고 밝혔다', its pronoun ('이를 도발이라고'), the speaker
# named after the complement ('이번 포격은 ... 위반이라고 B 정부가 밝혔다': the complement's own topic is not the
# speaker's), a characterizing verb ('이를 위반으로 규정했다', cue characterize_verb), a verdict noun linked by a verb
# ('위협이 되고 있다고', '간섭에 해당한다고', cue verdict_link_verb). '이번 포격은' spoken of is the act just
# reported, not a new act by the speaker. A negated saying verb states no verdict.
SHELLING = "파키스탄군이 인도 국경 초소에 포격을 가했다. "
SPEAKERS = [
    (SHELLING + "인도 정부는 파키스탄의 포격이 명백한 휴전 위반이라고 밝혔다.", {"IND"}, {"PAK"}, "occurred"),
    (SHELLING + "인도 정부는 이를 명백한 도발이라고 밝혔다.", {"IND"}, {"PAK"}, "occurred"),
    (SHELLING + "이번 포격은 명백한 휴전 위반이라고 인도 정부가 밝혔다.", {"IND"}, {"PAK"}, "occurred"),
    (SHELLING + "인도 정부는 이를 휴전 협정 위반으로 규정했다.", {"IND"}, {"PAK"}, "occurred"),
    ("르완다 정부는 콩고민주공화국의 병력 증강이 역내 안보에 위협이 되고 있다고 밝혔다.", {"RWA"}, {"COD"}, "occurred"),
    ("우간다 외교부는 남수단의 발표가 내정 간섭에 해당한다고 밝혔다.", {"UGA"}, {"SSD"}, "occurred"),
    ("니제르 정부는 \"케냐의 국경 폐쇄는 도발 행위\"라고 밝혔다.", {"NER"}, {"KEN"}, "occurred"),
    ("칠레 정부는 아르헨티나의 국경 장벽 건설이 도발이라고 밝히지 않았다.", set(), None, None),
    ("칠레 정부는 아르헨티나의 국경 장벽 건설이 도발이 될 수 있다고 밝혔다.", set(), None, None),
    ("칠레 정부는 이번 합의가 양국 관계의 전환점에 해당한다고 밝혔다.", set(), None, None),
]


@pytest.mark.parametrize("text,actors,recipients,status", SPEAKERS)
def test_speaking_government_accuses(text, actors, recipients, status):
    assert_act(events(text), "ACCUSE", actors, recipients, status)


def test_spoken_of_act_is_not_the_speakers():
    found = events(SHELLING + "이번 포격은 명백한 휴전 위반이라고 인도 정부가 밝혔다.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert [sorted(p.country for p in e.participants) for e in assaults] == [["PAK"]]


# 6. Not recognizing is refusing (cue accept_verb: 인정하다, 승인하다, 승복하다 join 받아들이다): '독립을 인정하지
# 않겠다', '판정에 승복하지 않았다' are REJECT in any tense; recognizing stays what the lexicon says (SUPPORT).
RECOGNITION = [
    ("세르비아는 코소보의 독립을 인정하지 않겠다는 입장을 거듭 밝혔다.", "REJECT", {"SRB"}, None, "occurred"),
    ("모로코는 서사하라 독립 선언을 인정하지 않았다.", "REJECT", {"MAR"}, None, "occurred"),
    ("에콰도르 정부는 국제중재재판소의 판정에 승복하지 않겠다고 밝혔다.", "REJECT", {"ECU"}, None, "occurred"),
    ("가나는 팔레스타인의 국가 지위를 인정했다.", "REJECT", set(), None, None),
    ("가나는 팔레스타인의 국가 지위를 인정했다.", "SUPPORT", {"GHA"}, None, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", RECOGNITION)
def test_not_recognizing_is_refusing(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 7. A state's official named after the title ('X국 외교부 대변인 [Name]은', 'X국 외교장관인 [Name]은': apposed by the
# copula's adnominal) closes the state's phrase: the name's particle is the phrase's, so the state acts even where the
# official is a spokesperson, never a party himself (lang/ko/name_heads.py apposed_name).
APPOSED = [
    ("베트남 외교부 대변인 팜반둑은 중국의 해상 훈련을 규탄했다.", "ACCUSE", {"VNM"}, {"CHN"}, "occurred"),
    ("타지키스탄 외교부 대변인인 루스탐 카리모프는 우즈베키스탄의 국경 폐쇄를 강하게 비난했다.", "ACCUSE", {"TJK"},
     {"UZB"}, "occurred"),
    ("페루 외교부 대변인인 카를로스 메디나는 볼리비아를 비난하지 않았다.", "ACCUSE", set(), None, None),
    ("케냐 외교부 대변인 사무엘 키마니는 탄자니아에 국경 재개방을 요청했다.", "REQUEST", {"KEN"}, {"TZA"}, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", APPOSED)
def test_apposed_official_speaks_for_the_state(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 8. What a quoted obligation demands of another side is the content of the speaker's REQUEST, not an act of that side
# ('"B는 병력을 철수해야 한다"고 말했다': no RETREAT by B); an obligation on the speaker's own side demands nothing.
DEMANDED = [
    ("몰도바 총리는 \"러시아는 트란스니스트리아에서 군대를 철수해야 한다\"고 강조했다.",
     [("REQUEST", {"MDA"}, {"RUS"}, "occurred"), ("RETREAT", set(), None, None)]),
    ("아르메니아 외교장관은 \"아제르바이잔은 포로들을 즉각 석방해야 한다\"고 밝혔다.",
     [("REQUEST", {"ARM"}, {"AZE"}, "occurred"), ("RETREAT", set(), None, None)]),
    ("케냐 외교장관은 \"소말리아는 국경 봉쇄를 해제해야 한다\"고 말했다.",
     [("REQUEST", {"KEN"}, {"SOM"}, "occurred"), ("CONCEDE", set(), None, None)]),
    ("몰도바 총리는 \"우리는 국경 경비를 강화해야 한다\"고 말했다.", [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", DEMANDED)
def test_demanded_content_is_no_act(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 9. A headline's act noun after a comma-closed topic ('[속보] A군, B 남부 거점 공습', 'A, B에 미사일 공격'): the topic
# acts (act_headline_hits.headline_topic gives the agent), the state after the comma receives. The headline's act and the
# noun compound it ends share one stem; the verdict reader used to keep only the last hit of a stem, dropping the
# headline's act (act_verdicts.verdict_accusations now replaces only the hits it changed).
HEADLINES = [
    ("[속보] 이스라엘군, 레바논 남부 거점 공습", "ASSAULT", {"ISR"}, {"LBN"}, "occurred"),
    ("러시아, 우크라이나에 미사일 공격", "ASSAULT", {"RUS"}, {"UKR"}, "occurred"),
    ("튀르키예군, 시리아 북부 쿠르드 거점 포격", "ASSAULT", {"TUR"}, {"SYR"}, "occurred"),
    ("[단독] 인도, 파키스탄에 보복 공습 검토", "ASSAULT", set(), None, None),
    ("이스라엘군의 레바논 남부 공습 이후 첫 회담", "ASSAULT", {"ISR"}, None, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", HEADLINES)
def test_headline_topic_acts(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 10. Captives named by their nationality ('[구금했던] 독일인 3명을 석방했다', '[억류 중이던] 콜롬비아인 어부들을
# 풀어줬다'): the nationality is the side the release is done to, so the act's words start after it
# (act_pair_nouns.held_captive); '억류 중이던' is a relative clause like '억류했던' (no new COERCE). People described
# by a relative clause ('[정부를 비판한] 언론인을 체포했다'): the clause's own object is who they are, not who
# receives the act (act_protested_matters.relative_arguments -> not_recipient_spans): a domestic arrest.
CAPTIVES = [
    ("러시아 당국은 간첩 혐의로 구금했던 스웨덴인 3명을 석방했다.", [("RETREAT", {"RUS"}, {"SWE"}, "occurred")]),
    ("베네수엘라 정부는 억류 중이던 콜롬비아인 어부 12명을 풀어줬다.",
     [("RETREAT", {"VEN"}, {"COL"}, "occurred"), ("COERCE", set(), None, None)]),
    ("북한은 억류 중이던 캐나다인 관광객을 석방하지 않기로 했다.", [("RETREAT", set(), None, None)]),
    ("튀니지 경찰은 정부를 비판한 언론인을 체포했다.", [("COERCE", {"TUN"}, {"TUN"}, "occurred")]),
    ("알제리 경찰은 대통령을 비판한 야당 대표를 체포했다.", [("COERCE", {"DZA"}, {"DZA"}, "occurred")]),
    ("미국은 북한을 겨냥한 제재를 발표했다.", [("SANCTION", {"USA"}, {"PRK"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CAPTIVES)
def test_captives_and_described_people(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 11. A word of address closing a name ('[칼리드 빈 살만] 왕자는', cue honorific_noun) carries the name's particle, and
# an apposed name of up to four words closes the state's phrase ('X국 국방장관인 A 빈 B 왕자는'): the meeting's
# subject (lang/ko/name_heads.py agent_head, apposed_name).
def parties(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text,expected", [
    ("사우디아라비아 국방장관인 칼리드 빈 살만 왕자는 25일 바그다드에서 이라크 총리와 회담했다.", {"SAU", "IRQ"}),
    ("카타르 외교장관 무함마드 빈 압둘라만 왕자는 24일 도하에서 쿠웨이트 외교장관과 회담했다.", {"QAT", "KWT"}),
    ("칼리드 빈 살만 국방장관은 25일 이라크 총리와 회담했다.", {"SAU", "IRQ"}),
])
def test_honorific_closes_the_name(text, expected):
    assert expected in parties(text)


def test_honorific_negated_meeting_is_no_occurred_meeting():
    found = [e for e in events("칼리드 빈 살만 왕자는 이라크 총리와 회담하지 않았다.") if e.type == "CONSULT"]
    assert all(e.status != "occurred" for e in found)


# 12. Labour federations are people acting for their state (cue people_noun: 노총, 총동맹, 노동조합), as 노조 is;
# an alliance is not ('한미동맹은': no people noun ends it).
@pytest.mark.parametrize("text,type_,actors,status", [
    ("칠레 노동총동맹은 연금 개혁에 반발해 총파업을 벌였다.", "PROTEST", {"CHL"}, "occurred"),
    ("페루 노총은 다음 주 전국 총파업에 돌입할 예정이다.", "PROTEST", {"PER"}, "planned"),
    ("스페인 노동조합들은 정년 연장에 반대하는 시위를 벌이지 않기로 했다.", "PROTEST", set(), None),
])
def test_labour_federation_protests(text, type_, actors, status):
    assert_act(events(text), type_, actors, None, status)


# 13. Forces sent to aid a side ('X를 지원하기 위해 병력을 보냈다', cue dispatch_verb) are military aid to it (PLOVER AID
# military), not a show of force, and the purpose clause is no act of its own (act_clauses.purposed_aid); forces
# sent with no such purpose stay MOBILIZE.
PURPOSED = [
    ("호주는 솔로몬제도 정부를 지원하기 위해 군 병력을 보냈다.",
     [("AID", {"AUS"}, {"SLB"}, "occurred"), ("MOBILIZE", set(), None, None)]),
    ("튀르키예는 아제르바이잔을 지원하기 위해 군 병력을 파견할 방침이다.", [("AID", {"TUR"}, {"AZE"}, "planned")]),
    ("러시아는 훈련을 위해 벨라루스 국경에 병력을 파견했다.", [("AID", set(), None, None)]),
    ("르완다는 모잠비크를 지원하기 위해 병력을 파견하지 않기로 했다.", [("AID", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", PURPOSED)
def test_forces_sent_to_aid_are_military_aid(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)
    if expected[0][3] is not None:
        assert [e.mode for e in found if e.type == "AID"] == ["military"]
