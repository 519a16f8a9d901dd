"""One test per Korean clause rule that decides an act's sides or status (lang/ko/clauses.py, endings.py,
acts.py, and the language-free flags pipeline/acts.py reads). Every sentence is written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.acts import find_acts
from readout.lang.ko.clauses import SentenceReader, facts
from readout.lang.ko.countries import find_countries
from readout.lang.ko.words import Word
from readout.lang.ko.sentences import kiwi
from tests.conftest import countries, events_of

PUB = date(2024, 5, 10)


def tokens(text):
    return [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]


def hits(text, type_):
    return [h for h in find_acts(text, tokens(text)) if h.type == type_]


@pytest.mark.parametrize("text, type_", [
    ("정부는 북한의 도발에 단호하게 대응하겠다고 밝혔다.", "THREATEN"),  # 단호하게 = 단호히 + 대응하다
    ("정부는 북한의 도발에 단호히 대응하겠다고 밝혔다.", "THREATEN"),
])
def test_an_adjective_adverb_stands_for_the_adverb_of_a_pair(text, type_):
    assert hits(text, type_)


def test_an_adjective_adverb_ends_no_clause():
    text = "장관은 \"도발 행위를 강력하게 규탄한다\"고 말했다."
    r = SentenceReader(text, tokens(text))
    adverb = next(i for i, w in enumerate(r.words) if w.text.startswith("강력하게"))
    assert not r.boundary_after(adverb)


def test_an_adjective_adnominal_closes_no_clause():
    """'협력에 대해 깊은 우려를 표명': 에 대해 belongs to the verb, so the clause reaches back to it."""
    text = "양측은 두 나라의 군사협력에 대해 깊은 우려를 표명했다."
    r = SentenceReader(text, tokens(text))
    adjective = next(i for i, w in enumerate(r.words) if w.text == "깊은")
    assert not r.boundary_after(adjective)
    verb = len(r.words) - 1
    first, _last = r.clause_of(verb)
    assert r.words[first].text == "양측은"


def test_a_verb_adnominal_with_an_argument_still_closes_its_clause():
    text = "북한이 영해에 추락하는 미사일을 쐈다."
    r = SentenceReader(text, tokens(text))
    assert r.boundary_after(next(i for i, w in enumerate(r.words) if w.text == "추락하는"))


def test_kiwis_proper_noun_reading_of_an_unknown_verb_after_an_argument():
    """kiwi sometimes reads an unknown verb as NNP 'X하' + topic 는; after a case particle it is a verb."""
    word = Word(0, 4, "낙탄하는", [("낙탄하", "NNP", 0, 3), ("는", "JX", 3, 1)])
    assert facts(word, after_argument=True).adnominal and facts(word, True).lemma == "낙탄하다"
    assert facts(word, after_argument=False).particle == "는"  # alone it stays a topic


def test_an_opening_quote_mark_is_no_part_of_a_country_word():
    text = "장관은 \"북한의 도발을 규탄한다\"고 말했다."
    assert [c.codes for c in find_countries(text, 0, tokens(text))] == [["PRK"]]


def test_a_connective_act_inherits_a_decision_past_modifiers():
    """'규탄하고, 빈틈없는 태세를 통해 ... 대응키로 했다': 빈틈없는 and 통해 are no clause of their own."""
    text = "양측은 \"북한의 도발을 규탄하고, 빈틈없는 태세를 통해 단호히 대응키로 했다\"고 설명했다."
    (accuse,) = hits(text, "ACCUSE")
    assert accuse.data["decided"] and accuse.data["quoted"]


@pytest.mark.parametrize("text, joint", [
    ("장관은 \"북한의 도발에 단호히 대응키로 했다\"고 말했다.", True),
    ("장관은 \"한국은 북한의 도발에 단호히 대응하기로 했다\"고 말했다.", False),  # the quote names its subject
    ("장관은 북한의 도발에 단호히 대응하기로 했다.", False),  # no quotation
])
def test_a_quoted_decision_without_its_subject_is_joint(text, joint):
    (hit,) = hits(text, "THREATEN")
    assert bool(hit.data.get("joint")) is joint


def test_a_joint_decision_belongs_to_every_party_of_the_talks(extract):
    a = extract("조태열 외교부 장관은 8일 블링컨 국무장관과 회담했다. 조 장관은 \"북한의 도발에 단호히 "
                "대응키로 했다\"고 밝혔다.", published=PUB)
    (e,) = events_of(a, "THREATEN")
    assert countries(e.participants) == {"KOR", "USA"} and countries(e.recipients) == {"PRK"}


@pytest.mark.parametrize("text, answers", [
    ("정부는 이번 도발을 강력히 규탄했다.", True),
    ("정부는 미사일 발사에 대해 우려를 표명했다.", True),
    ("정부는 이번 결정을 강력히 비판했다.", False),
])
def test_an_act_on_a_provocation_answers_it(text, answers):
    (hit,) = hits(text, "ACCUSE")
    assert bool(hit.data.get("answers")) is answers


@pytest.mark.parametrize("second, recipients", [
    ("정부는 이번 도발을 강력히 규탄했다.", {"PRK"}),
    ("정부는 이번 결정을 강력히 비판했다.", None),  # no target named, no provocation: no act
])
def test_a_condemned_provocation_targets_its_author(extract, second, recipients):
    a = extract("북한은 8일 단거리 탄도미사일 한 발을 동해로 발사했다. 한국 " + second, published=PUB)
    found = events_of(a, "ACCUSE")
    if recipients is None:
        assert not found
    else:
        (e,) = found
        assert countries(e.participants) == {"KOR"} and countries(e.recipients) == recipients


def test_a_material_act_with_a_dropped_subject_continues_the_last_mobilizer(extract):
    a = extract("북한은 8일 단거리 탄도미사일 한 발을 동해로 발사했다. 이어 9일에는 접경 지역에서 포병 사격을 했다.",
                published=PUB)
    found = events_of(a, "MOBILIZE")
    assert {e.date for e in found} == {date(2024, 5, 8), date(2024, 5, 9)}
    assert all(countries(e.participants) == {"PRK"} for e in found)


def test_a_combined_exercise_is_mobilized_by_every_country_of_the_compound(extract):
    (e,) = events_of(extract("한미 양국은 8일 연합훈련을 실시했다.", published=PUB), "COOPERATE")  # plans56: joint drill
    assert countries(e.participants) == {"KOR", "USA"} and e.mode is None


@pytest.mark.parametrize("text, type_, recipients", [
    # the subject of the complement clause is the one asked or warned, not the nearest name
    ("한국은 중국이 북한 비핵화를 위해 건설적인 역할을 해 줄 것을 요청했다.", "REQUEST", {"CHN"}),
    ("미국은 북한이 핵실험을 강행하면 추가 제재를 부과하겠다고 경고했다.", "THREATEN", {"PRK"}),
    # the genitive owner of what is condemned, not a name inside the compound
    ("중국은 미국의 대만 무기 판매에 강한 불만을 표시했다.", "ACCUSE", {"USA"}),
    ("한미 양국은 북한과 러시아의 군사협력을 규탄했다.", "ACCUSE", {"PRK", "RUS"}),
    ("미국은 한국의 안보리 진출을 지지한다고 밝혔다.", "SUPPORT", {"KOR"}),
    ("러시아는 한국이 무기를 공급하면 양국 관계가 파괴될 것이라고 경고했다.", "THREATEN", {"KOR"}),  # 2nd subject
])
def test_the_target_span_beats_the_nearest_name(extract, text, type_, recipients):
    (e,) = events_of(extract(text, published=PUB), type_)
    assert countries(e.recipients) == recipients


def test_a_target_span_is_no_more_than_the_language_says():
    (hit,) = hits("한국은 중국이 건설적인 역할을 해 줄 것을 요청했다.", "REQUEST")
    (start, end), = hit.data["target_spans"]
    assert "한국은 중국이 건설적인 역할을 해 줄 것을 요청했다."[start:end] == "중국"


@pytest.mark.parametrize("text, type_, actors", [
    ("북한 외무성 대변인은 담화를 내고 한미 연합훈련을 맹비난했다.", "ACCUSE", {"PRK"}),  # the spokesman's state
    ("이란 시위대는 영국 대사관 앞에서 시위를 벌였다.", "PROTEST", {"IRN"}),
    ("미국은 북한이 핵실험을 강행했다고 비난했다.", "MOBILIZE", {"PRK"}),  # not the topic (a condition, '강행하면',
    # states no act at all: tests/lang/ko/test_news_probe.py)
])
def test_the_acting_side_of_a_noun_phrase_and_of_an_embedded_clause(extract, text, type_, actors):
    (e,) = events_of(extract(text, published=PUB), type_)
    assert countries(e.participants) == actors


def test_a_list_closer_does_not_lend_its_particle():
    """'A 선임보좌관 등도 만났으며 B를 만나': A is no subject of the second meeting."""
    text = "그는 미국 선임보좌관 등도 만났으며 중국 교수를 만났다."
    r = SentenceReader(text, tokens(text))
    from readout.lang.ko.name_heads import agent_head
    i = next(k for k, w in enumerate(r.words) if w.text == "미국")
    assert agent_head(r, i, len(r.words) - 1) == i  # 등도 is no agent noun: 미국 keeps its own (no) particle


def test_a_quotation_opening_with_a_topic_gives_its_clauses_their_subject(extract):
    a = extract("조현 외교부 장관은 8일 루비오 국무장관과 회담했다. 미국 국무부는 보도자료에서 \"양측은 북한의 "
                "완전한 비핵화 목표를 다시 확인하고, 북한과 러시아 간 무기 거래에 대해 깊은 우려를 표명했다\"고 밝혔다.",
                published=PUB)
    (e,) = events_of(a, "ACCUSE")
    assert countries(e.participants) == {"KOR", "USA"} and countries(e.recipients) == {"PRK", "RUS"}


def test_an_act_embedded_in_a_same_type_verb_is_its_content():
    found = hits("북한은 한국이 대가를 치를 것이라고 위협했다.", "THREATEN")
    assert [h.lemma for h in found] == ["위협하다"]


@pytest.mark.parametrize("text, found", [
    ("러시아는 양국 관계가 파괴될 것이라고 말했다.", False),
    ("그 조치는 지역 질서를 파괴했다.", False),
    ("러시아군은 우크라이나의 발전소를 파괴했다.", True),
])
def test_force_against_an_abstraction_is_no_assault(text, found):
    assert bool(hits(text, "ASSAULT")) is found


@pytest.mark.parametrize("text, type_, generic", [
    ("두 장관은 북한의 핵 개발이 심각한 위협이라는 데 인식을 같이했다.", "ACCUSE", False),
    ("두 장관은 양국 관계 발전이 중요하다는 데 인식을 같이했다.", "AGREE", True),  # no threat: a generic view
])
def test_a_shared_view_that_something_is_a_threat_is_an_accusation(text, type_, generic):
    (hit,) = hits(text, type_)
    assert hit.generic is generic and hit.status == "occurred"


def test_the_owner_of_a_threatening_act_is_accused(extract):
    (e,) = events_of(extract("미국과 일본은 북한의 러시아 파병이 심각한 위협이라는 데 인식을 같이했다.",
                             published=PUB), "ACCUSE")
    assert countries(e.participants) == {"USA", "JPN"} and countries(e.recipients) == {"PRK"}


def test_a_connective_clause_does_not_inherit_from_a_clause_with_its_own_subject():
    """'우려를 공유하고, 각국이 지킬 수 있도록 협력하기로': the 도록 belongs to the next clause."""
    (hit,) = hits("두 장관은 이란 핵 문제에 대한 우려를 공유하고, 각국이 제재를 지킬 수 있도록 협력하기로 했다.",
                  "ACCUSE")
    assert hit.lemma == "우려+공유하다"


@pytest.mark.parametrize("text, word, subject", [
    ("조 장관은 8일 우가 외교부장과 회담했다.", "우가", False),  # 우/NNP 가/JKS before a title: a name
    ("한국은 8일 량이 대사를 초치했다.", "량이", False),
    ("정부는 북한이 대화에 나와야 한다고 말했다.", "북한이", True),  # a real subject
])
def test_a_one_syllable_name_read_as_noun_and_particle_before_a_title(text, word, subject):
    r = SentenceReader(text, tokens(text))
    i = next(k for k, w in enumerate(r.words) if w.text == word)
    assert (r.facts[i].particle_tag == "JKS") is subject


def meetings(extract, text):
    return [({p.country for p in e.participants}, e.status, e.date)
            for e in events_of(extract(text, published=PUB), "CONSULT")]


@pytest.mark.parametrize("text, expected", [
    # an after-clause meeting verb is a meeting of its own clause, dated by that clause
    ("한국 외교부 장관은 6일 일본 외무상과 회담한 후 기자들과 만났다.",
     [({"KOR", "JPN"}, "occurred", date(2024, 5, 6))]),
    ("한국 외교부 장관은 지난 2일 프랑스 외무장관과 만난 뒤 귀국했다.",
     [({"KOR", "FRA"}, "occurred", date(2024, 5, 2))]),
    # ... without taking the main clause's meeting date or status
    ("한국 외교부 장관은 6일 일본 외무상과 회담한 후 7일 중국 외교부장과 만났다.",
     [({"KOR", "JPN"}, "occurred", date(2024, 5, 6)), ({"KOR", "CHN"}, "occurred", date(2024, 5, 7))]),
    ("한국 외교부 장관은 6일 일본 외무상과 회담한 뒤 공동 기자회견을 할 예정이다.",
     [({"KOR", "JPN"}, "occurred", date(2024, 5, 6))]),
    # a meeting noun at another moment still names no party of its own
    ("한국 외교부 장관은 일본 외무상과의 회담을 앞두고 기자들과 만났다.", []),
])
def test_an_after_clause_meeting_verb_is_a_meeting(extract, text, expected):
    assert meetings(extract, text) == expected


@pytest.mark.parametrize("text, status", [
    ("한국 외교부 장관은 6일 일본 외무상과 회담을 갖고 정상회담 일정을 조율했다.", "occurred"),
    ("한국 외교부 장관은 6일 일본 외무상과 회담하고 다음 달 방문 계획을 협의할 방침이다.", "occurred"),
    ("한국 외교부 장관은 다음 주 일본 외무상과 회담할 예정이다.", "planned"),
    ("한국 외교부 장관은 일본 외무상과 만날 것으로 보인다.", "planned"),
    ("한국 외교부 장관은 일본 외무상과 회담하지 않았다.", "cancelled"),
    # the talks are the scene of the arranging: they took place
    ("한국 외교부 장관은 6일 일본 외무상과의 회담에서 정상회담 일정을 조율했다.", "occurred"),
    # the meeting itself is what is being arranged
    ("한국 외교부 장관은 일본 외무상과 정상회담 일정을 조율했다.", "planned"),
])
def test_a_meetings_status_comes_from_its_own_clause(extract, text, status):
    found = meetings(extract, text)
    assert [(parties, s) for parties, s, _d in found][:1] == [({"KOR", "JPN"}, status)]


@pytest.mark.parametrize("text", [
    "한국 외교부 장관은 6일 서울에서 왕이 중국 외교부장(장관)과 회담했다.",
    "한국 외교부 장관은 6일 서울에서 왕이 중국 외교부장(외교장관)과 만났다.",
    "한국 외교부 장관은 6일 서울에서 왕이 중국 외교부장과 회담했다.",
])
def test_a_bracketed_gloss_after_a_title_keeps_the_chains_particle(extract, text):
    assert meetings(extract, text) == [({"KOR", "CHN"}, "occurred", date(2024, 5, 6))]


def act_sides(extract, text, type_):
    return [(countries(e.participants), countries(e.recipients))
            for e in events_of(extract(text, published=PUB), type_)]


@pytest.mark.parametrize("text, actors, recipients", [
    # the accused is the subject of the embedded clause, however long that clause is
    ("프랑스 외교부는 이란이 지난주 걸프 해역에서 상선 두 척을 잇따라 나포하며 국제 해양법을 명백히 어겼다고 "
     "강하게 비난했다.", {"FRA"}, {"IRN"}),
    ("일본 외무성 대변인은 중국이 영해를 침범했다고 항의했다.", {"JPN"}, {"CHN"}),
    # coordinated embedded subjects are all accused
    ("영국 외무부는 이란과 북한이 무기 기술을 거래하고 있다고 비난했다.", {"GBR"}, {"IRN", "PRK"}),
    # an adnominal before the statement that carries it: the statement's maker accuses
    ("독일 정부는 러시아가 이웃 나라를 침공했다고 규탄하는 성명을 냈다.", {"DEU"}, {"RUS"}),
])
def test_an_accusation_of_an_embedded_clause_targets_its_subject(extract, text, actors, recipients):
    assert act_sides(extract, text, "ACCUSE") == [(actors, recipients)]


def test_a_quoted_complement_is_no_main_predicate(extract):
    """'X가 ...지원했다고 규탄했다': X is the subject of the complement's own act, not the topic: the one charged (the
    transfer itself is the charge's content, no event of its own: k49, act_verdict_charges.charged_transfers)."""
    text = "독일 정부는 러시아가 북한에 무기를 제공했다고 규탄했다."
    assert act_sides(extract, text, "ACCUSE") == [({"DEU"}, {"RUS"})]
    assert act_sides(extract, text, "AID") == []


@pytest.mark.parametrize("text, subject", [
    ("북한이 도발을 멈추도록 정부는 긴밀히 협력하기로 했다.", False),  # a purpose clause keeps its subject
    ("북한이 미사일을 쏘면 정부는 대응하겠다고 밝혔다.", False),  # so does a condition
    ("러시아가 무기를 보냈다고 정부는 비난했다.", False),  # and a quotation
    ("북한이 미사일을 쏘고 도발을 이어갔다.", True),  # a coordinated clause shares it
    ("북한이 대화로 돌아오도록 하기 위한 공조를 이어가기로 했다.", False),  # a causative's 하다 has its own
])
def test_a_subordinate_clause_keeps_its_subject(text, subject):
    r = SentenceReader(text, tokens(text))
    last = len(r.words) - 1
    first, _last = r.clause_of(last)
    assert r.shared_subject(0, first) is subject


def test_a_purpose_clauses_subject_does_not_act_in_the_main_clause(extract):
    text = ("한국 외교부 장관과 일본 외무상은 6일 서울에서 회담했다. "
            "또 북한이 도발을 멈추고 대화에 나서도록 긴밀히 협력해 나가기로 했다.")
    assert act_sides(extract, text, "AGREE") == [({"KOR", "JPN"}, set())]


MEETING = "한국 외교부 장관은 6일 서울에서 프랑스 외무장관과 회담했다. "


@pytest.mark.parametrize("text, type_, actors, recipients", [
    # the source tells of an act the talks' parties took: it is no actor
    (MEETING + "프랑스 정부 관계자는 \"이란의 무기 수출을 강하게 비난했다\"고 말했다.", "ACCUSE", {"KOR", "FRA"},
     {"IRN"}),
    # nor a recipient of an act with its own subject
    # nominal54b: the journalists freed are the releaser's people unless named (SYR JRN), as 'Syria released journalists'
    ("정부 관계자는 \"시리아가 억류한 기자들을 곧 석방할 것으로 본다\"고 말했다.", "RETREAT", {"SYR"}, {"SYR"}),
    ("한 외교 소식통은 이란이 억류했던 유조선을 석방했다고 전했다.", "RETREAT", {"IRN"}, set()),
    # an unnamed official's own present stance stays the official's
    ("외교부 당국자는 \"북한의 도발을 강력히 규탄한다\"고 말했다.", "ACCUSE", {"KOR"}, {"PRK"}),
])
def test_an_anonymous_source_is_no_side_of_the_act_it_reports(extract, text, type_, actors, recipients):
    assert act_sides(extract, text, type_) == [(actors, recipients)]



@pytest.mark.parametrize("text, actors, recipients", [
    ("한국 외교부 장관은 프랑스 외무장관이 적극 협력해 줄 것을 당부했다.", {"KOR"}, {"FRA"}),
    # in a quotation opened by its own topic, after the ministry's topic
    ("외교부는 \"한국 외교부 장관은 회의가 잘 열리도록 프랑스 외무장관이 힘써 줄 것을 요청했다\"고 밝혔다.",
     {"KOR"}, {"FRA"}),
])
def test_the_subject_of_a_complement_before_것_is_the_one_asked(extract, text, actors, recipients):
    assert act_sides(extract, text, "REQUEST") == [(actors, recipients)]


def test_an_auxiliary_verb_closes_no_clause():
    text = "장관은 상대국이 노력해 줄 것을 당부했다."
    r = SentenceReader(text, tokens(text))
    verb = next(i for i, w in enumerate(r.words) if w.text == "노력해")
    assert not r.boundary_after(verb)
    assert r.boundary_after(verb + 1)  # '줄 (것을)': the complement with its own subject ends here


@pytest.mark.parametrize("text, place", [
    ("이날 프랑스 파리 샤를드골 국제공항을 통해 프랑스에 입국한 한국 외교부 장관은 프랑스 외무장관과 회담했다.", "Paris"),
    ("한국 외교부 장관은 프랑스에 도착한 뒤 프랑스 외무장관과 회담했다.", "France"),  # no city: the country
])
def test_the_city_a_visitor_arrives_through_places_the_meeting(extract, text, place):
    (e,) = events_of(extract(text, published=PUB), "CONSULT")
    assert e.location is not None and e.location.name == place


@pytest.mark.parametrize("text", [
    "영국 외무장관은 이란이 도발의 대가를 치르게 될 것이라고 경고했다.",
    "영국 정부는 이란이 도발하면 대가를 치르게 될 것이라고 경고했다.",
])
def test_a_threat_of_what_will_come_to_happen_is_the_warning_verbs(extract, text):
    """'-게 되다' (come to) goes on with the predicate: '대가를 치르게 될 것이라고' is the warning's content,
    so the warner threatens the one who will pay."""
    assert act_sides(extract, text, "THREATEN") == [({"GBR"}, {"IRN"})]


# --- one cache per sentence --------------------------------------------------------------------------
def test_a_sentence_is_read_once_and_its_state_references_once():
    """The clause reader keeps one cache (no module-global 'latest sentence'); every country word's
    state_party reads the sentence's state references from one reading."""
    from readout.api import library_pipeline
    from readout.lang.ko import clauses, states
    from readout.lang.ko.sentences import kiwi

    text = "칠레와 페루 양국은 중국 대표단과 회담했다."
    tokens = tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))
    assert clauses.reader(text, tokens) is clauses.reader(text, tuple(tokens))
    assert not hasattr(clauses, "_latest")
    korean = library_pipeline().language("ko")
    states.references_in.cache_clear()
    for word in ("칠레", "페루", "중국"):
        korean.state_party(text, text.index(word), text.index(word) + len(word))
    info = states.references_in.cache_info()
    assert info.misses == 1 and info.hits == 2


def test_a_stem_of_ambiguous_conjugation_has_its_lemma():
    """kiwi tags some stems VV-R or VV-I ('받았다': 받/VV-R): the class is what the clause reader reads."""
    from readout.lang.ko import clauses
    from readout.lang.ko.sentences import kiwi

    text = "장관은 예방을 받았다."
    r = clauses.reader(text, tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)))
    assert r.facts[-1].lemma == "받다"
