"""dates62: a deed told in a past retrospective relative clause on the sentence's subject ('[대사를 추방했던] 칠레는')
is that subject's earlier act, background: never the story's day (lang/ko/adnominal_endings._recalled_subject, cue
retrospective_ending; lang/ko/act_word_hits marks it relative, background, its agent the head). A clause on a head
that is no subject ('[제안했던] 페루의 요청을') only describes; with a subject of its own and no object ('[볼리비아가
추방했던] 외교관이') the head is what was acted on, never the doer (relatives63: the subject's measure on the head's
state, tests/pipeline/test_relative_clause_deeds.py). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries
from tests.event_sides import first_of

PUB = date(2025, 9, 17)
STORY = "칠레 외교장관은 12일 페루 외교장관과 회담했다. "


def _events(text: str):
    return extract_text(STORY + text, published=PUB).events


RECALLED = [
    ("볼리비아 대사를 추방했던 칠레는 15일 볼리비아와의 회담을 제안했다.", "SANCTION", "CHL", "BOL"),
    ("에콰도르 외교관들을 추방했던 페루 정부가 15일 에콰도르와의 회담을 제안했다.", "SANCTION", "PER", "ECU"),
    ("아르헨티나를 비난했던 칠레는 15일 아르헨티나와의 회담을 제안했다.", "ACCUSE", "CHL", "ARG"),
]


@pytest.mark.parametrize("text,type_,actor,recipient", RECALLED)
def test_retrospective_relative_on_the_subject_is_its_earlier_deed(text, type_, actor, recipient):
    e = first_of(_events(text), type=type_)
    assert countries(e.participants) - countries(e.recipients) == {actor}
    assert countries(e.recipients) == {recipient}
    assert e.date_precision != "day" and e.date not in (date(2025, 9, 12), date(2025, 9, 15))


DESCRIBING = [
    ("칠레는 15일 회담을 제안했던 페루의 요청을 거절했다.", "REQUEST", "PER"),  # the head is a genitive: a description
    ("볼리비아가 추방했던 칠레 외교관이 15일 귀국했다.", "SANCTION", "CHL"),  # the head was expelled, did not expel
]


@pytest.mark.parametrize("text,type_,actor", DESCRIBING)
def test_relative_clause_on_another_head_states_no_act_of_it(text, type_, actor):
    assert not [e for e in _events(text) if e.type == type_ and actor in countries(e.participants)]


def test_a_main_clause_act_of_the_same_type_keeps_the_storys_day():
    """The background deed gives way to the main clause's act of its type (lang/ko/acts: relative hits)."""
    found = [e for e in _events("볼리비아 대사를 추방했던 칠레는 15일 볼리비아와 국교를 단절했다.") if e.type == "SANCTION"]
    assert [e.date for e in found] == [date(2025, 9, 15)]
