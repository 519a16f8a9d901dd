"""Korean act triggers on kiwi's morphemes (readout/lang/ko/acts.py, data/lexicon/ko_acts.yaml).
Every sentence here is written for the test."""
import re

import pytest

from readout.lang.ko.act_schema import ActLexiconFile
from readout.lang.ko.act_table import act_index
from readout.lang.plover_tables import MODES, TYPES
from readout.lang.ko.act_marked_spans import particle_after
from readout.lang.ko.sentences import kiwi
from tests.conftest import need_shared


def only(hits, type_):
    found = [h for h in hits if h.type == type_]
    assert len(found) == 1, [(h.type, h.lemma) for h in hits]
    return found[0]


# sentence, type, mode, status, negated, one particle the lexicon gives for the receiving side ("" = none)
CASES = [
    ("양국은 자유무역협정을 체결했다.", "AGREE", None, "occurred", False, "와"),
    ("두 나라 정상은 회담 뒤 공동성명을 발표했다.", "AGREE", None, "occurred", False, "와"),
    ("정부는 내년에 협정에 서명하지 않기로 했다.", "AGREE", None, "occurred", True, "와"),
    ("외교장관은 상대국 장관과 회담했다.", "CONSULT", None, "occurred", False, "와"),
    ("대통령은 다음 주 일본을 방문할 예정이다.", "CONSULT", "visit", "planned", False, "object"),
    ("두 장관은 전화로 통화했다.", "CONSULT", "phone", "occurred", False, "와"),
    ("정부는 유엔의 결정을 지지한다고 밝혔다.", "SUPPORT", None, "occurred", False, "object"),
    ("미국은 한국의 입장에 대한 지지를 표명했다.", "SUPPORT", None, "occurred", False, "에 대한"),
    ("정부는 그 제안을 환영하지 않았다.", "SUPPORT", None, "occurred", True, "object"),
    ("총리는 과거의 잘못에 대해 피해국에 사과했다.", "SUPPORT", None, "occurred", False, "에게"),  # coding63: CAMEO 055
    ("정부는 수감된 활동가들을 사면했다.", "CONCEDE", None, "occurred", False, "object"),
    ("정부는 수감된 야당 지도자를 사면할 방침이다.", "CONCEDE", None, "planned", False, "object"),  # a concession planned
    ("정부는 이웃 나라의 요구에 양보했다.", "CONCEDE", None, "occurred", False, "에"),
    ("총리는 이웃 나라에 사과할 방침이다.", "AGREE", None, "occurred", False, "에게"),  # a future apology: a promise
    ("정부는 대북 제재를 해제할 방침이다.", "AGREE", None, "occurred", False, "에 대한"),  # sanction54: an announced
    # easing of sanctions (RETREAT, crosswalk 085) is a promise, as an announced retreat is (coding63)
    ("양국은 정보를 공유했다.", "COOPERATE", None, "occurred", False, "와"),
    ("양국 해군은 공동 순찰을 실시했다.", "COOPERATE", None, "occurred", False, "와"),
    ("한미 양국은 연합훈련을 실시했다.", "COOPERATE", None, "occurred", False, "와"),  # plans56: joint drill (partner after 와)
    ("두 나라는 정보를 공유하지 않았다.", "COOPERATE", None, "occurred", True, "와"),
    ("미국은 우크라이나에 무기를 제공했다.", "AID", "military", "occurred", False, "에"),
    ("정부는 피해 지역에 구호품을 보냈다.", "AID", "humanitarian", "occurred", False, "에"),
    ("일본은 그 나라에 차관을 제공하지 않았다.", "AID", "economic", "occurred", True, "에"),
    ("러시아군은 그 도시에서 철수했다.", "RETREAT", "withdraw", "occurred", False, "에서"),
    ("당국은 억류했던 선원들을 석방했다.", "RETREAT", "release", "occurred", False, "object"),
    ("당국은 선원들을 석방하지 않았다.", "RETREAT", "release", "occurred", True, "object"),
    ("정부는 북한에 대화 재개를 촉구했다.", "REQUEST", "meet", "occurred", False, "에"),
    ("외교부는 자국민에게 여행 자제를 당부했다.", "REQUEST", "yield", "occurred", False, "에게"),
    ("정부는 미국에 추가 지원을 요청할 계획이다.", "REQUEST", "assist", "planned", False, "에"),
    ("외교부는 일본 대사를 초치했다.", "ACCUSE", "disapprove", "occurred", False, "object"),
    ("정부는 깊은 우려를 표했다.", "ACCUSE", "disapprove", "occurred", False, "에 대해"),
    ("그는 그 나라를 비난하지 않았다.", "ACCUSE", "disapprove", "occurred", True, "object"),
    ("북한은 한국의 대화 제안을 거부했다.", "REJECT", "meet", "occurred", False, "object"),
    ("외교부는 그 주장을 일축했다.", "REJECT", None, "occurred", False, "object"),
    ("정부는 회담 요청을 거절하지 않았다.", "REJECT", "meet", "occurred", True, "의"),
    ("그는 상대국을 위협했다.", "THREATEN", None, "occurred", False, "object"),
    ("북한은 그 나라가 대가를 치를 것이라고 말했다.", "THREATEN", "violence", "occurred", False, ""),
    ("그는 상대국을 위협하지 않았다.", "THREATEN", None, "occurred", True, "object"),
    ("시민들은 대사관 앞에서 시위를 벌였다.", "PROTEST", "demo", "occurred", False, ""),
    ("노동자들은 총파업에 들어갔다.", "PROTEST", "strike", "occurred", False, ""),
    ("학생들은 시위하지 않았다.", "PROTEST", "demo", "occurred", True, ""),
    ("미국은 그 은행에 제재를 부과했다.", "SANCTION", "discontinue", "occurred", False, "에"),
    ("정부는 외교관 두 명을 추방했다.", "SANCTION", "expel", "occurred", False, "object"),
    ("정부는 그 은행에 제재를 부과할 방침이다.", "SANCTION", "discontinue", "planned", False, "에"),
    ("북한은 동해상으로 탄도미사일을 발사했다.", "MOBILIZE", "weapons", "occurred", False, "을 향해"),
    ("러시아는 국경에 병력을 배치했다.", "MOBILIZE", "troops", "occurred", False, "에"),
    ("북한은 미사일을 쏘지 않았다.", "MOBILIZE", "weapons", "occurred", True, "을 향해"),
    ("경찰은 시위 주동자를 체포했다.", "COERCE", "arrest", "occurred", False, "object"),
    ("해경은 불법 조업 어선을 나포했다.", "COERCE", "seize", "occurred", False, "object"),
    ("정부는 비상계엄을 선포할 수 있다.", "COERCE", "martial-law", "planned", False, ""),
    ("러시아군은 키이우를 공습했다.", "ASSAULT", "aerial", "occurred", False, "object"),
    ("반군은 마을을 포격했다.", "ASSAULT", "heavy-weapons", "occurred", False, "object"),
    ("군은 그 도시를 공격하지 않았다.", "ASSAULT", None, "occurred", True, "object"),
]


@pytest.mark.parametrize("text, type_, mode, status, negated, particle", CASES)
def test_each_type(ko_acts, text, type_, mode, status, negated, particle):
    hit = only(ko_acts(text), type_)
    assert (hit.mode, hit.status, hit.negated) == (mode, status, negated)
    assert (particle in hit.target) if particle else hit.target == ()


def test_every_type_has_three_sentences_one_negated_or_planned():
    for type_ in TYPES:
        rows = [c for c in CASES if c[1] == type_]
        assert len(rows) >= 3, type_
        assert any(c[3] == "planned" or c[4] for c in rows), type_


@pytest.mark.parametrize("text, status", [
    ("정부는 북한의 도발에 유감을 표하고 재발 방지를 요구했다.", "occurred"),
    ("외교부는 유감을 표한 뒤 대사를 불렀다.", "occurred"),
    ("정부는 이번 일에 유감을 표했다.", "occurred"),
    ("정부는 유감을 표할 것이라고 밝혔다.", "planned"),
    ("정부는 곧 유감을 표하겠다고 말했다.", "planned"),
])
def test_a_light_verb_pair_in_any_ending(ko_acts, text, status):
    hit = only(ko_acts(text), "ACCUSE")
    assert (hit.lemma, hit.status) == ("유감+표하다", status)


@pytest.mark.parametrize("text, type_, lemma", [
    ("정부는 주민들에게 각별한 주의를 당부했다.", "REQUEST", "당부하다"),
    ("대통령은 그를 국빈으로 초청했다.", "REQUEST", "초청하다"),
    ("양국 정상은 공동성명을 채택했다.", "AGREE", "공동성명+채택하다"),
    ("정상회의는 공동성명 채택으로 마무리됐다.", "AGREE", "공동성명 채택"),
    ("두 나라는 이 문제에 공동 대응하기로 했다.", "AGREE", "대응하다"),
    ("정부는 추가 도발에 단호히 대응키로 했다.", "THREATEN", "단호히+대응하다"),
])
def test_lemmas_the_surface_rules_missed(ko_acts, text, type_, lemma):
    assert only(ko_acts(text), type_).lemma == lemma


def test_a_decision_is_an_occurred_pledge(ko_acts):
    hit = only(ko_acts("양국은 경제 분야에서 긴밀히 협력해 나가기로 했다."), "AGREE")
    assert (hit.status, hit.generic, hit.data["decided"], hit.data["future_of"]) == (
        "occurred", True, True, "COOPERATE")
    hit = only(ko_acts("정부는 추가로 제재키로 했다."), "SANCTION")
    assert (hit.status, hit.data["decided"]) == ("planned", True)  # future53: the measure decided is yet to come


def test_an_announced_retreat_is_a_promise(ko_acts):
    hit = only(ko_acts("러시아는 그 지역에서 병력을 철수하기로 했다."), "AGREE")  # coding63
    assert hit.data["future_of"] == "RETREAT"


def test_a_generic_pledge_verb_is_no_act_unless_pledged(ko_acts):
    assert not ko_acts("두 나라는 관계 개선을 위해 노력했다.")
    assert only(ko_acts("두 나라는 관계 개선을 위해 노력하기로 했다."), "AGREE").generic


@pytest.mark.parametrize("text", [
    "시위대는 \"포로를 석방하자\"고 외쳤다.",
    "그는 함께 이웃 나라를 지원하자고 말했다.",
    "우리 모두 이웃 나라를 지원합시다.",
    "그는 이웃 나라를 지원하자며 연설을 마쳤다.",
])
def test_a_quoted_exhortation_is_no_act(ko_acts, text):
    assert not [h for h in ko_acts(text) if h.type in ("RETREAT", "AID", "CONCEDE", "SUPPORT")]


@pytest.mark.parametrize("text, absent", [
    ("그 나라는 수출을 금지하는 결의를 위반했다.", "SANCTION"),
    ("북한이 쏠 미사일은 신형일 가능성이 크다.", "MOBILIZE"),  # a past one with its own subject is read (act_relatives.relative_act)
    ("체포된 기자들은 모두 풀려났다.", "COERCE"),
])
def test_a_relative_clause_modifier_is_no_act(ko_acts, text, absent):
    assert absent not in {h.type for h in ko_acts(text)}


@pytest.mark.parametrize("text, type_", [
    ("정부는 북한을 규탄하는 성명을 발표했다.", "ACCUSE"),  # the statement is the act's vehicle
    ("외교부는 유감을 표한 뒤 대사를 불렀다.", "ACCUSE"),  # a time noun after it: the act happened
    ("그는 미사일을 발사한 것으로 알려졌다.", "MOBILIZE"),  # reported
])
def test_an_adnominal_that_states_the_act_stays(ko_acts, text, type_):
    assert only(ko_acts(text), type_).status == "occurred"


@pytest.mark.parametrize("text, absent", [
    ("정부는 북한에 도발을 중단하라고 촉구했다.", "CONCEDE"),
    ("정부는 그 나라에 병력을 철수하도록 요구했다.", "RETREAT"),
    ("정부는 인질을 석방해 달라고 요청했다.", "RETREAT"),
    ("정부는 병력을 철수할 것을 촉구했다.", "RETREAT"),
    ("정부는 대북 제재를 요구했다.", "SANCTION"),
])
def test_what_a_demand_asks_for_is_no_act(ko_acts, text, absent):
    types = {h.type for h in ko_acts(text)}
    assert "REQUEST" in types and absent not in types


def test_reported_speech_is_an_act(ko_acts):
    hit = only(ko_acts("외교부는 정부가 그 나라에 제재를 부과했다고 밝혔다."), "SANCTION")
    assert (hit.status, hit.data["quoted"]) == ("occurred", True)


def test_a_quoted_intent_to_strike_is_a_threat(ko_acts):
    hit = only(ko_acts("북한은 \"즉시 보복하겠다\"고 말했다."), "THREATEN")
    assert (hit.mode, hit.data["future_of"]) == ("violence", "ASSAULT")


@pytest.mark.parametrize("text, status", [
    ("정부는 대북 제재를 추진하고 있다.", "planned"),  # enmodes70: weighed ('검토하고 있다') it is a THREATEN
    ("미국의 대북 제재가 이어졌다.", "occurred"),  # coup48: a sanction joined ('제재에 동참했다') is read on its verb
])
def test_nominal_triggers(ko_acts, text, status):
    hit = only(ko_acts(text), "SANCTION")
    assert (hit.nominal, hit.status) == (True, status)


@pytest.mark.parametrize("text", [
    "정부는 대북 제재 해제 문제를 논의했다.",  # not the head of the compound
    "양측은 독자 제재를 포함한 방안을 협의했다.",  # the object of a verb that does not realize it
    "대북 제재의 이행이 중요하다.",  # a genitive modifies the next noun
])
def test_a_nominal_that_only_modifies_is_no_act(ko_acts, text):
    assert "SANCTION" not in {h.type for h in ko_acts(text)}


def test_a_passive_puts_the_receiving_side_in_the_subject(ko_acts):
    hit = only(ko_acts("그 나라 어선이 해경에 나포됐다."), "COERCE")
    assert hit.target == ("subject",) and hit.data["passive"]
    hit = only(ko_acts("그 도시는 집중 공격을 받았다."), "ASSAULT")
    assert hit.target == ("subject",)


def test_data_says_where_the_clause_ends(ko_acts):
    (hit,) = ko_acts("정부는 북한을 규탄했다.")
    assert hit.data["main"] and hit.data["clause"] == "main" and "다" in hit.data["endings"]
    hits = ko_acts("정부는 북한을 규탄하고 대화를 촉구했다.")
    assert [h.data["clause"] for h in hits] == ["connective", "main"]


def test_particle_after_names_the_target_labels():
    k = kiwi()
    text = "정부는 북한에 대해 그 나라에게 제재를 가했다."
    toks = [(t.form, t.tag, t.start, t.len) for t in k.tokenize(text)]
    labels = [particle_after(toks, i) for i, t in enumerate(toks) if t[1].startswith("NN")]
    assert labels[:4] == [None, "에 대해", "에게", "object"]


def test_the_lexicon_validates_and_is_large():
    lex = act_index()
    assert len(lex) >= 300
    assert {e.type for e in lex.file.entries} == set(TYPES)
    for e in lex.file.entries:
        assert e.mode is None or e.mode in MODES[e.type]


def test_a_mode_the_manual_does_not_give_is_refused():
    with pytest.raises(ValueError):
        ActLexiconFile.model_validate({"version": 1, "updated": "2026-11-30", "language": "ko",
                                       "object_window": 3, "entries": [
                                           {"lemma": "규탄하다", "type": "ACCUSE", "mode": "aerial"}]})


def test_modes_are_the_manuals():
    """Every mode in the lexicon is in the manual's table for its type (AID: readout's, see act_table)."""
    tex = need_shared("data", "open-event-data", "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    for type_, modes in MODES.items():
        if type_ == "AID":
            continue
        for mode in modes:
            assert re.search(rf"^\s*{re.escape(mode)}\s*&", tex, re.M), (type_, mode)


def test_a_pair_noun_may_stand_before_another_argument(ko_acts):
    hit = only(ko_acts("러시아는 병력을 국경 지역에 배치했다."), "MOBILIZE")
    assert (hit.lemma, hit.mode) == ("병력+배치하다", "troops")


def test_a_genitive_noun_is_no_argument_of_the_verb(ko_acts):
    assert not ko_acts("두 장관은 협력의 중요성도 강화했다.")


def test_coordinated_pair_nouns(ko_acts):
    assert only(ko_acts("정부는 깊은 우려와 유감을 표명했다."), "ACCUSE").mode == "disapprove"


@pytest.mark.parametrize("text, type_", [
    ("두 나라 장관회담서 고위급 교류 강화키로", "AGREE"),  # a headline that ends in 키로
    ("양국은 협력을 지속해 나가기로 의견을 모았다.", "AGREE"),  # 기로 + a deciding phrase
])
def test_decisions_in_other_shapes(ko_acts, text, type_):
    hit = [h for h in ko_acts(text) if h.data.get("decided")]
    assert hit and hit[0].type == type_ and hit[0].status == "occurred"


def test_a_nominal_before_a_plan_noun_is_planned(ko_acts):
    hit = only(ko_acts("한미는 북한의 핵실험 준비를 우려했다."), "MOBILIZE")
    assert (hit.nominal, hit.status) == (True, "planned")


def test_a_nominal_before_a_time_noun_took_place(ko_acts):
    hit = only(ko_acts("북한의 미사일 발사 직후 두 장관은 통화했다."), "MOBILIZE")
    assert (hit.nominal, hit.status) == (True, "occurred")


@pytest.mark.parametrize("text, modality", [
    ("양측은 이 문제를 논의할 것으로 보인다.", "predicted"),
    ("양측은 다음 달 회담할 예정이다.", "scheduled"),
])
def test_forecasts_and_schedules_stay_planned_and_keep_their_type(ko_acts, text, modality):
    hit = only(ko_acts(text), "CONSULT")
    assert (hit.status, hit.data["modality"]) == ("planned", modality)


def test_no_plan_is_a_negation(ko_acts):
    """A negated plan to meet refuses the meeting (request63: act_refused_meetings), no AGREE."""
    hits = ko_acts("대통령은 그 장관을 만날 계획이 없다고 밝혔다.")
    hit = only(hits, "REJECT")
    assert not hit.negated and hit.mode == "meet" and hit.data["refusal_of"] == "CONSULT"
    assert not [h for h in hits if h.type == "AGREE"]


def test_a_connective_clause_with_its_own_tense_keeps_it(ko_acts):
    hits = ko_acts("장관은 중국의 역할을 당부했고, 상대는 협력할 것이라고 답했다.")
    assert only(hits, "REQUEST").status == "occurred"


@pytest.mark.parametrize("text, type_, lemma", [
    ("외교부 대변인은 \"매우 유감스럽다\"고 밝혔다.", "ACCUSE", "유감스럽다"),  # noun + XSA
    ("탄도미사일 1발이 발사됐다.", "MOBILIZE", "발사되다"),  # a passive of its own
    ("러시아가 그 나라에 대한 공격을 이어가고 있다.", "ASSAULT", "공격하다"),  # an act noun + 잇다
    ("미국은 반도체 수출 통제를 강화했다.", "SANCTION", "수출통제+강화하다"),  # spacing is free
])
def test_more_predicate_shapes(ko_acts, text, type_, lemma):
    assert only(ko_acts(text), type_).lemma == lemma


def _object(noun):
    """The object particle a noun takes (을 after a final consonant, 를 after a vowel)."""
    last = noun[-1]
    return noun + ("을" if not "가" <= last <= "힣" or (ord(last) - 0xAC00) % 28 else "를")


def test_every_lemma_is_one_kiwi_restores(ko_acts):
    """Each entry is found in a sentence built from it: a lemma kiwi does not restore (풀어주다 is
    풀 + 어 + 주 to kiwi) would never match, so the lexicon must not list it."""
    lex = act_index()
    missed = []
    for e in lex.file.entries:
        if getattr(e, "void", False):
            continue  # no act by design: read as none (tests/lang/test_act_void_readings.py)
        if e.lemma in lex.cue("pledge_only") or e.lemma in lex.cue("detected_verb"):
            continue  # read only with a pledge, or with forces detected (tests/lang/ko/test_act_addressed.py)
        if e.lemma in lex.cue("hope_verb"):
            continue  # read only over a complement with its own subject (tests/lang/ko/test_act_envoys_by_post_hopes_pairs.py)
        if e.lemma in lex.cue("clash_verb"):
            continue  # read only with armed sides named (tests/lang/ko/test_act_clashes_launches_conditional_threats.py)
        if e.lemma in lex.cue("doom_verb"):
            continue  # read only under a condition on another side (tests/lang/test_act_sides_judged_facts_foretold_fates.py)
        if e.key in lex.cue("doom_verb") or e.key in lex.cue("deterrence_key"):
            continue  # read only under a condition or after a deed of any instance (tests/lang/test_act_threats_without_threat_verbs.py)
        if e.key in lex.cue("stance_kept"):
            continue  # read only against a demand named in 에도 (tests/lang/ko/test_act_support_solidarity_labels.py)
        if e.lemma in lex.cue("spoken_attack_verb"):
            continue  # read only closing a quotation (tests/lang/ko/test_act_spoken_attacks.py)
        if e.lemma in lex.cue("standing_accord_verb"):
            continue  # a tie held ('맺고 있다') is no act: read only outside the progressive (tests/lang/ko/test_act_standing_accords.py)
        if e.key in lex.cue("priced_lemma"):
            continue  # a price paid ('치르고 있다') is no threat: read only foretold (tests/lang/ko/test_act_priced_subjects.py)
        if e.noun in lex.cue("agenda_noun"):
            continue  # an item set on an agenda is no act: read only refused (tests/lang/ko/test_act_shelved_talks.py)
        if e.noun == "@explosive_noun":
            continue  # a device going off is read only with the harm told after it (tests/lang/test_doerless_explosions.py)
        if e.noun == "@ousted_leader_noun" and e.lemma in lex.cue("ousting_verb"):
            continue  # a leader ousted is a coup only under armed men as its subject (tests/lang/test_coup49.py)
        if e.pos == "noun":
            text = f"그들은 {e.lemma}에 대해 말했다."
        elif e.noun:
            word = lex.file.cues[e.noun[1:]][0] if e.noun.startswith("@") else e.noun  # a class: its first noun
            noun = word if word.endswith("히") else _object(word)
            text = f"그들은 {noun} {e.lemma[:-1]}고 있다."
        elif list(e.target) == ["subject"]:  # a verb its subject undergoes ('풀려나다'): kiwi reads it with a subject
            text = f"그것이 {e.lemma[:-1]}고 있다."
        else:
            text = f"그들은 그것을 {e.lemma[:-1]}고 있다."
        key = f"{word}+{e.lemma}" if e.noun and e.pos != "noun" else e.key
        if not any(h.lemma == key for h in ko_acts(text)):
            missed.append(e.key)
    assert not missed


# ~할 방침 / ~할 계획 (planned), ~키로 했다 (decided: the pledge occurred, a measure decided planned: future53), ~하지 않았다
# (negated), across types; the future of cooperation, aid and support is AGREE, of a retreat CONCEDE; aid decided
# (키로 했다) is the grant made, AID (ko_acts.yaml decided_types)
MODALITY = [
    ("정부는 그 나라에 대한 독자 제재를 부과할 방침이다.", "SANCTION", "planned", False, None),
    ("정부는 그 나라에 대한 독자 제재를 부과키로 했다.", "SANCTION", "planned", False, None),
    ("정부는 그 나라에 대한 독자 제재를 부과하지 않았다.", "SANCTION", "occurred", True, None),
    ("정부는 그 나라 외교관을 추방할 계획이다.", "SANCTION", "planned", False, None),
    ("정부는 그 나라 외교관을 추방키로 했다.", "SANCTION", "planned", False, None),
    ("정부는 이웃 나라 대사를 초치할 방침이다.", "ACCUSE", "planned", False, None),
    ("정부는 이웃 나라 대사를 초치하지 않았다.", "ACCUSE", "occurred", True, None),
    ("정부는 이웃 나라에 협조를 요청할 계획이다.", "REQUEST", "planned", False, None),
    ("정부는 이웃 나라에 협조를 요청키로 했다.", "REQUEST", "occurred", False, None),
    ("정부는 상대국의 요구를 거부할 방침이다.", "REJECT", "planned", False, None),
    ("정부는 상대국의 요구를 거부하지 않았다.", "REJECT", "occurred", True, None),
    ("정부는 그 나라에 무기를 지원할 방침이다.", "AGREE", "occurred", False, "AID"),
    ("정부는 그 나라에 무기를 지원키로 했다.", "AID", "occurred", False, None),  # a grant decided is made (ko-acts16)
    ("정부는 그 나라에 무기를 지원하지 않았다.", "AID", "occurred", True, None),
    ("두 나라는 군사 정보를 공유할 계획이다.", "AGREE", "occurred", False, "COOPERATE"),
    ("정부는 그 지역에서 병력을 철수할 계획이다.", "AGREE", "occurred", False, "RETREAT"),  # coding63: a promise
    ("정부는 그 지역에서 병력을 철수키로 했다.", "AGREE", "occurred", False, "RETREAT"),
    ("정부는 이웃 나라에 사과할 방침이다.", "AGREE", "occurred", False, "SUPPORT"),  # an apology (SUPPORT) promised
    ("정부는 이웃 나라에 사과하지 않았다.", "SUPPORT", "occurred", True, None),
    ("해경은 불법 조업 어선을 나포키로 했다.", "COERCE", "planned", False, None),
    ("시민단체는 대사관 앞에서 시위를 벌일 계획이다.", "PROTEST", "planned", False, None),
    ("그 나라 군은 이웃 나라를 공격할 계획이다.", "ASSAULT", "planned", False, None),
]


@pytest.mark.parametrize("text, type_, status, negated, future_of", MODALITY)
def test_modality_and_negation_set_status(ko_acts, text, type_, status, negated, future_of):
    hit = only(ko_acts(text), type_)
    assert (hit.status, hit.negated, hit.data.get("future_of")) == (status, negated, future_of)


@pytest.mark.parametrize("text, type_", [
    ("외무성은 이스라엘의 공습에 대해 규탄 성명을 냈다.", "ACCUSE"),  # a statement noun issued
    ("미국은 대만에 대한 무기 지원을 발표했다.", "AID"),  # an act noun announced
    ("김정은 위원장은 신형 순항미사일 시험사격을 참관했다.", "MOBILIZE"),  # an act watched by its own leader
])
def test_an_act_noun_announced_or_observed_is_the_act(ko_acts, text, type_):
    assert only(ko_acts(text), type_).status == "occurred"


def test_a_named_owners_act_announced_is_not_the_announcers(ko_acts):
    assert not [h for h in ko_acts("국방부는 북한의 미사일 발사를 발표했다.") if h.lemma == "발사하다" and not h.nominal]


def test_a_relative_act_with_its_own_object_took_place(ko_acts):
    hit = only(ko_acts("군은 북한이 어젯밤 방사포 여러 발을 쏜 흔적을 찾았다."), "MOBILIZE")
    assert hit.data.get("relative") and hit.status == "occurred"


def test_a_cancelled_meeting_in_the_passive_is_no_refusal(ko_acts):
    assert not [h for h in ko_acts("다음 주 예정됐던 한일 외교장관회담이 취소됐다.") if h.type == "REJECT"]
    assert only(ko_acts("북한은 다음 주 예정됐던 남북 회담을 취소했다."), "REJECT")


@pytest.mark.parametrize("text, type_", [
    ("유럽연합은 이란에 대한 새 제재 패키지를 채택했다.", "SANCTION"),
    ("북한군 병력이 전선에 투입됐다.", "MOBILIZE"),
    ("북한은 한국과의 대화에 응하지 않겠다고 밝혔다.", "REJECT"),  # refusing to meet
])
def test_more_news_words(ko_acts, text, type_):
    assert only(ko_acts(text), type_)


def test_the_topic_is_no_pair_noun_of_an_active_verb(ko_acts):
    assert not [h for h in ko_acts("러시아군은 이날 국경 지대에 장비를 투입했다.") if h.type == "MOBILIZE"]
    assert only(ko_acts("사드는 지난해 성주에 배치됐다."), "MOBILIZE")  # a passive's topic is its object


@pytest.mark.parametrize("text, refused", [
    ("이란은 유럽의 중재안을 받아들이지 않았다.", True),  # not accepting, in the past: a refusal
    ("정부는 노조의 요구를 수용하지 않기로 했다.", True),
    ("이란은 유럽의 중재안을 받아들였다.", False),
    ("이란이 중재안을 받아들이지 않으면 제재가 이어질 것이다.", False),  # a condition states no act
])
def test_not_accepting_is_a_refusal_in_any_tense(ko_acts, text, refused):
    assert bool([h for h in ko_acts(text) if h.type == "REJECT"]) == refused
