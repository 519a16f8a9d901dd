"""komeet48 (issues 13, 15): Korean meetings and visits still missed.

- A meeting noun with the holding noun '개최' is a meeting, not an agreement: '정상회담을 개최했다' is CONSULT as
  '회담을 개최했다' always was (ko_acts.yaml 정상회담/개최하다 had read it AGREE); a headline ending on the bare holding
  noun after a meeting word ('A·B 정상회담 개최', 'A 대통령, B와 정상회담 개최…') is the meeting held, and with a plan noun
  after it ('개최 예정') the meeting planned (lang/ko/meeting_held_headlines). Negative rows: an agreement to hold one
  ('정상회담 개최에 합의했다') stays AGREE and no meeting held; a headline whose holding noun another noun follows ('개최
  합의', '개최 무산', '개최 장소는') holds no meeting; a sentence's noun phrase is no headline.
- A visit with a verb that names no partner after it ('A 총리는 B를 방문해 경제 협력을 논의했다') keeps the visit: CONSULT
  visit of A and the host B; so does the news style that writes the visit noun with a comma for '방문해' ('B를 방문, ...
  논의했다', 'B를 국빈 방문, ...'), a predicate of its clause (lang/ko/meeting_comma_visits). Negative rows: a visit noun
  with no object-marked host before the comma ('B 방문, 그 의미는' a headline's topic), a place that is no state ('공장을
  방문,'), a visit said ahead ('방문, ... 논의할 예정이다': a planned visit of states stays no event, coding choices).
- A visit to a city named after its state ('B 리마를 방문했다', 'B의 수도 …를 방문해', 'B 남부 …를 방문했다'): the state
  word is the host visited, its phrase running to the city's object particle (lang/ko/visited_cities). Negative rows: a
  city of another state after the word, the city as a place ('B 리마에서'), the visitor's own state's city.
- A visit of states said ahead ('방한을 검토', '방중 추진', '방일할 예정', 'B를 방문할 예정') follows the coding choice (a
  Korean visit said ahead stays without an event, never an AGREE): every 방 + one-syllable state word of the lexicon's
  `visit_country` table is checked, so a new form added there is checked too.
Every sentence is our own (real states, invented matters).
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

BODY = "\n\n에콰도르 외교부는 이날 짧은 보도자료를 냈다."


def kinds(text: str) -> list[tuple[str, str, set[str]]]:
    return [(e.type, e.status, countries(e.participants)) for e in events(text)]


@pytest.mark.parametrize("text", [
    "에콰도르와 페루는 국경 도시에서 정상회담을 개최했다.",
    "에콰도르 정부는 페루 정부와 정상회담을 개최하고 어업 분쟁을 논의했다.",
    "에콰도르·페루 정상회담 개최" + BODY,
    "에콰도르 대통령, 페루와 정상회담 개최" + BODY,
    "에콰도르·페루 정상회담 개최…바나나 교역 논의" + BODY,
])
def test_a_summit_held_is_a_meeting_not_an_agreement(text):
    found = kinds(text)
    assert ("CONSULT", "occurred", {"ECU", "PER"}) in found, found
    assert not [k for k in found if k[0] == "AGREE"], found


def test_a_summit_to_be_held_in_a_headline_is_planned():
    found = kinds("에콰도르·페루 정상회담 개최 예정" + BODY)
    assert ("CONSULT", "planned", {"ECU", "PER"}) in found, found
    assert not [k for k in found if k[1] == "occurred"], found


@pytest.mark.parametrize("text", [
    "에콰도르와 페루는 다음 달 정상회담 개최에 합의했다.",
    "에콰도르는 페루와 정상회담 개최에 합의했다.",
])
def test_an_agreement_to_hold_a_summit_stays_an_agreement(text):
    found = kinds(text)
    assert ("AGREE", "occurred", {"ECU", "PER"}) in found, found
    assert not [k for k in found if k[0] == "CONSULT" and k[1] == "occurred"], found


@pytest.mark.parametrize("text", [
    "에콰도르·페루 정상회담 개최 합의" + BODY,
    "에콰도르·페루 정상회담 개최 무산" + BODY,
    "에콰도르·페루 정상회담 개최 장소는 국경 도시" + BODY,
    "에콰도르와 페루의 정상회담 개최는 처음이다.",
])
def test_a_holding_noun_that_another_noun_follows_holds_no_meeting(text):
    found = kinds(text)
    assert not [k for k in found if k[0] == "CONSULT" and k[1] == "occurred"], found


@pytest.mark.parametrize("text", [
    "Ecuador and Peru held a summit in a border town and discussed fishing rights.",
])
def test_english_a_summit_held_is_a_meeting_not_an_agreement(text):
    found = kinds(text)
    assert ("CONSULT", "occurred", {"ECU", "PER"}) in found, found
    assert not [k for k in found if k[0] == "AGREE"], found


@pytest.mark.parametrize("text", [
    "에콰도르 총리는 페루를 방문해 바나나 교역 확대를 논의했다.",
    "에콰도르 총리는 페루를 방문하고 어업 협력 방안을 협의했다.",
    "에콰도르 총리는 페루를 방문, 바나나 교역 확대를 논의했다.",
    "에콰도르 총리는 11일 페루를 국빈 방문, 어업 협력 방안을 협의했다.",
    "에콰도르 외교장관은 볼리비아, 페루를 방문, 철도 연결을 논의했다.",
])
def test_a_visit_before_a_partnerless_verb_is_kept_with_its_host(text):
    found = [(e.mode, e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]
    assert [f for f in found if f[0] == "visit" and f[1] == "occurred" and {"ECU", "PER"} <= f[2]], found


@pytest.mark.parametrize("text", [
    "에콰도르 총리의 페루 방문, 그 의미는" + BODY,
    "에콰도르 총리는 페루 방문, 어업 협력 등 여러 일정을 소화했다.",
    "에콰도르 총리는 공장을 방문, 노동자들과 대화했다.",
    "에콰도르 총리는 페루를 방문, 바나나 교역 확대를 논의할 예정이다.",
])
def test_a_comma_visit_with_no_host_object_or_said_ahead_is_no_visit_made(text):
    found = [(e.mode, e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]
    assert not [f for f in found if f[1] == "occurred" and {"ECU", "PER"} <= f[2]], found


def test_english_a_visit_before_a_partnerless_verb_is_kept_with_its_host():
    found = [(e.mode, e.status, countries(e.participants))
             for e in events("Ecuador's prime minister visited Peru and discussed banana trade.") if e.type == "CONSULT"]
    assert ("visit", "occurred", {"ECU", "PER"}) in found, found


def visit_country_words() -> list[str]:
    from readout.kb.loader import lexicon

    return sorted(lexicon("ko")["visit_country"])


@pytest.mark.parametrize("word", visit_country_words())
@pytest.mark.parametrize("frame", [
    "에콰도르 정부는 대통령의 {word}{obj} 검토하고 있다.",
    "에콰도르 정부는 대통령의 {word}{obj} 추진하고 있다.",
    "에콰도르 대통령은 다음 달 {word}할 예정이다.",
])
def test_a_visit_of_states_said_ahead_is_no_agreement_and_no_visit_made(word, frame):
    from readout.lang.ko.syllables import final_consonant

    text = frame.format(word=word, obj="을" if final_consonant(word[-1]) else "를")
    found = kinds(text)
    assert not [k for k in found if k[0] == "AGREE" or k[0] == "CONSULT" and k[1] == "occurred"], found


def test_a_visit_said_ahead_with_its_host_named_is_no_agreement():
    found = kinds("에콰도르 외교장관은 다음 주 페루를 방문할 예정이다.")
    assert not [k for k in found if k[0] == "AGREE" or k[1] == "occurred"], found


@pytest.mark.parametrize("text", [
    "에콰도르 총리는 페루 리마를 방문했다.",
    "에콰도르 총리는 페루 수도 리마를 방문해 바나나 교역을 논의했다.",
    "에콰도르 총리는 페루의 수도 리마를 방문했다.",
    "페루 리마를 방문한 에콰도르 총리는 어업 협력을 논의했다.",
])
def test_a_visit_to_a_city_named_after_its_state_has_that_state_as_host(text):
    found = [(e.mode, e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]
    assert ("visit", "occurred", {"ECU", "PER"}) in found, found


@pytest.mark.parametrize("text", [
    "에콰도르 총리는 볼리비아 리마를 방문했다.",
    "에콰도르 총리는 페루 리마에서 국제회의에 참석했다.",
    "에콰도르 대통령은 에콰도르 남부 쿠엔카를 방문해 농민들을 만났다.",
])
def test_a_city_of_another_state_or_a_place_names_no_host(text):
    found = [(e.mode, e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]
    assert not [f for f in found if f[1] == "occurred" and len(f[2]) > 1], found


def test_english_a_visit_to_a_capital_has_its_state_as_host():
    found = [(e.mode, e.status, countries(e.participants))
             for e in events("Ecuador's prime minister visited Lima and discussed fishing rights.") if e.type == "CONSULT"]
    assert ("visit", "occurred", {"ECU", "PER"}) in found, found
