"""Two accords of one pair on one day with another matter ('a fisheries agreement' and 'a cultural exchange accord')
stay two records, in one document (pipeline/consolidate.py) and across reports of one language
(store/merge_accords.py matter_conflict); one accord told in other words, or in the other language, stays one; a
pledge naming no document has no matter. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.pipeline.act_matter import other_matter
from readout.store.merge_accords import matter_conflict, read_matter
from readout.store.merge_members import Member
from tests.store.stored import stored_records

FRI, SAT = date(2026, 5, 8), date(2026, 5, 9)


def matters(text: str, published: date = FRI) -> list[tuple[str, ...]]:
    return [e.matter for e in extract_text(text, "m", published).events if e.type == "AGREE"]


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed a fisheries agreement on Friday.", [("fishery",)]),
    ("칠레와 페루는 8일 수산 협정에 서명했다.", [("수산",)]),
    ("Chile and Peru agreed on Friday to cooperate closely.", [()]),  # a pledge: no document, no matter
    ("Chile and Peru signed a memorandum on port security on Friday.", [("port", "security")]),
    ("Chile and Peru signed a memorandum of understanding on port security on Friday.", [("port", "security")]),
    ("Chile and Peru signed an agreement for the joint development of copper on Friday.",
     [("copper", "development", "joint")]),
    ("Chile and Peru signed an agreement on Friday.", [()]),  # no words of its own
    ("칠레와 페루는 8일 항만 보안에 관한 양해각서를 체결했다.", [("보안", "항만")]),
])
def test_an_accords_matter(text, expected):
    assert matters(text) == expected


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a fisheries agreement on Friday. The two countries also signed a cultural exchange accord.",
    "칠레와 페루는 8일 수산 협정에 서명했다. 양국은 또 문화교류 협정도 체결했다.",
])
def test_two_accords_in_one_document(text):
    assert len(matters(text)) == 2


@pytest.mark.parametrize("reports, expected", [
    ([("Chile and Peru signed a fisheries agreement on Friday.", "a", FRI),
      ("Chile and Peru signed a cultural exchange accord on Friday.", "b", FRI),
      ("Santiago and Lima signed a new fisheries pact on Friday, officials said.", "c", SAT)],
     [{"a", "c"}, {"b"}]),
    ([("칠레와 페루는 8일 수산 협정에 서명했다.", "a", FRI),
      ("칠레와 페루는 8일 문화교류 협정을 체결했다.", "b", FRI),
      ("칠레와 페루 양국은 8일 수산 분야 협정을 맺었다.", "c", SAT)],
     [{"a", "c"}, {"b"}]),
    ([("Chile and Peru signed a fisheries agreement on Friday.", "a", FRI),
      ("칠레와 페루는 8일 수산 협정에 서명했다.", "b", SAT)],  # the other language: words not compared
     [{"a", "b"}]),
], ids=["en-two-accords-one-retold", "ko-two-accords-one-retold", "en-ko-one-accord"])
def test_accords_of_other_matter_stay_apart(tmp_path, reports, expected):
    assert stored_records(tmp_path, "AGREE", reports) == expected


def member(lang: str, words: set[str]) -> Member:
    m = Member("k", "d", "AGREE", FRI, "day", "text", None, {"cty_chl", "cty_per"}, set())
    m.matter = (lang, frozenset(words)) if words else None
    return m


@pytest.mark.parametrize("matters_, new, conflict", [
    ([("en", frozenset({"fishery"}))], member("en", {"culture", "exchange"}), True),
    ([("en", frozenset({"fishery"}))], member("en", {"fishery", "new"}), False),
    ([("en", frozenset({"fishery"}))], member("ko", {"문화"}), False),  # another language: not compared
    ([("en", frozenset({"fishery"})), ("en", frozenset({"culture"}))], member("en", {"culture"}), False),
    ([], member("en", {"culture"}), False),
    ([("en", frozenset({"fishery"}))], member("en", set()), False),  # no matter: nothing said against it
])
def test_matter_conflict(matters_, new, conflict):
    assert bool(matter_conflict(matters_, new)) is conflict


def test_read_matter_and_other_matter():
    assert read_matter({"matter": ["fishery"], "sources": [{"lang": "en"}]})[:2] == ("en", frozenset({"fishery"}))
    assert read_matter({"sources": [{"lang": "en"}]}) is None
    assert other_matter(("fishery",), ("culture",)) and not other_matter(("fishery",), ())
