"""One test per Korean clause rule that decides an act's sides or status (lang/ko/clauses.py, endings.py,
acts.py, and the language-free flags pipeline/acts.py reads). Every sentence is written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.acts import find_acts
from readout.lang.ko.clauses import SentenceReader, facts
from readout.lang.ko.countries import find_countries
from readout.lang.ko.mentions import Word
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
    a = extract("북한은 8일 동해상으로 탄도미사일을 발사했다. 한국 " + second, published=PUB)
    found = events_of(a, "ACCUSE")
    if recipients is None:
        assert not found
    else:
        (e,) = found
        assert countries(e.participants) == {"KOR"} and countries(e.recipients) == recipients


def test_a_material_act_with_a_dropped_subject_continues_the_last_mobilizer(extract):
    a = extract("북한은 8일 동해상으로 탄도미사일을 발사했다. 이어 9일에는 서해 완충구역으로 포병 사격을 했다.",
                published=PUB)
    found = events_of(a, "MOBILIZE")
    assert {e.date for e in found} == {date(2024, 5, 8), date(2024, 5, 9)}
    assert all(countries(e.participants) == {"PRK"} for e in found)


def test_a_combined_exercise_is_mobilized_by_every_country_of_the_compound(extract):
    (e,) = events_of(extract("한미 양국은 8일 연합훈련을 실시했다.", published=PUB), "MOBILIZE")
    assert countries(e.participants) == {"KOR", "USA"} and e.mode == "troops"
