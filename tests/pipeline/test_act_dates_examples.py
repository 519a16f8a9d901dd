"""The date of an act whose object lists a dated example (dates40), end to end on our own sentences:
- a date inside an example the act's object lists ('condemned the incursions, including two raids carried out on
  March 3'; '지난 3일 감행된 습격 2건을 포함한 국경 침범을 규탄했다') is the example's day: the statement keeps the story's
  day (lang/en/date_examples.py, lang/ko/date_examples.py; lexicons `date_example_cue_re`, `date_example_after_re`);
- a cue followed by a preposition of time ('three times, including on March 3') lists the act's own occasions, and a
  Korean date right after the topic ('외교부는 14일 ...을 포함한') is the statement's: both keep their day;
- a day right before an example's date ('14일 지난 3일 감행된 ...') is no conjunct of it (lang/base.opens_own_clause);
- the deed named right before the cue ('the incursions, including two raids ... on March 3') is the series the example
  belongs to: it takes the example's day (pipeline/act_dates.exemplified);
- two statements of one sentence aimed at other sets of sides ('condemned X's incursions ... and voiced concern over
  cooperation between X and Y') are two acts once no day sets them apart (pipeline/acts.other_objects,
  pipeline/consolidate.other_objects_told).
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-03-15"  # a Sunday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Brazil imposed new tariffs on Venezuelan steel on Saturday. Brazil's foreign ministry also condemned "
     "Venezuela's border incursions, including two raids carried out on March 3, and urged Caracas to respect the "
     "border.", "ACCUSE", ("BRA", "VEN", "2026-03-14")),
    ("Brazil imposed new tariffs on Venezuelan steel on Saturday. Brazil's foreign ministry also condemned "
     "Venezuela's border incursions, including two raids carried out on March 3, and urged Caracas to respect the "
     "border.", "REQUEST", ("BRA", "VEN", "2026-03-14")),
    ("Brazil imposed new tariffs on Venezuelan steel on Saturday. Brazil's foreign ministry also condemned "
     "Venezuela's border incursions, including two raids carried out on March 3.", "ASSAULT", ("VEN", "", "2026-03-03")),
    ("Chile recalled its ambassador from Bolivia on Friday. Chile's president criticized Bolivia's provocations, "
     "such as the seizure of a Chilean truck on March 2.", "ACCUSE", ("CHL", "BOL", "2026-03-13")),
    ("브라질 정부는 14일 베네수엘라산 철강에 관세를 부과했다. 브라질 외교부는 또 지난 3일 감행된 습격 2건을 포함한 "
     "베네수엘라의 국경 침범을 규탄했다.", "ACCUSE", ("BRA", "VEN", "2026-03-14")),
    ("브라질 외교부는 14일 지난 3일 감행된 습격 2건을 포함한 베네수엘라의 국경 침범을 규탄했다.", "ACCUSE",
     ("BRA", "VEN", "2026-03-14")),
    ("칠레 정부는 13일 볼리비아 주재 대사를 소환했다. 칠레 대통령은 지난 2일 칠레 화물차를 억류한 사건 등을 비롯한 "
     "볼리비아의 도발을 비판했다.", "ACCUSE", ("CHL", "BOL", "2026-03-13")),
])
def test_an_examples_date_is_not_the_acts(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    # negative: occasions of the act itself
    ("Kenya's foreign minister met Uganda's foreign minister three times, including on March 3, to discuss the "
     "border.", "CONSULT", ("KEN,UGA", "", "2026-03-03")),
    # negative: a date right after the topic is the statement's
    ("브라질 외교부는 12일 무력 도발을 포함한 베네수엘라의 국경 침범을 규탄했다.", "ACCUSE", ("BRA", "VEN", "2026-03-12")),
])
def test_occasions_and_the_topics_date_stay(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, expected", [
    ("Brazil imposed tariffs on Venezuela on Saturday. In a joint statement, Brazil and Argentina condemned Venezuela's "
     "border incursions and voiced serious concern over military cooperation between Venezuela and Cuba.",
     {("BRA,ARG", "VEN", "2026-03-14"), ("BRA,ARG", "VEN,CUB", "2026-03-14")}),
    ("브라질 정부는 14일 베네수엘라에 관세를 부과했다. 브라질과 아르헨티나는 공동성명에서 베네수엘라의 국경 침범을 "
     "규탄하고 베네수엘라와 쿠바의 군사협력 심화에 깊은 우려를 표명했다.",
     {("BRA,ARG", "VEN", "2026-03-14"), ("BRA,ARG", "VEN,CUB", "2026-03-14")}),
])
def test_two_statements_aimed_at_other_sides_stay_two(text, expected):
    assert set(dated(text, "ACCUSE")) == expected
