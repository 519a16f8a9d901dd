"""An accord's matter compared across Korean and English by a language-neutral key: the PLOVER contexts its words
name (data/contexts.yaml, every context's words in both languages: 'trade' and '무역' economic, 'defence' and '국방'
military). A Korean report of a pair's defence pact does not join the English report of the trade deal the same pair
signed that day, and joins the English report of the defence pact; words naming no context are not compared across
languages. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.contexts import contexts_of_words
from readout.store.merge_accords import Matter, matter_conflict, read_matter
from readout.store.merge_members import Member
from tests.store.stored import stored_records

THU, FRI = date(2026, 10, 15), date(2026, 10, 16)


@pytest.mark.parametrize("reports, expected", [
    ([("노르웨이와 핀란드는 15일 국방 협력 협정에 서명했다.", "ko", THU),
      ("Norway and Finland signed a trade agreement on Thursday.", "en", THU),
      ("Norway and Finland signed a defence cooperation pact on Thursday, officials said.", "en2", FRI)],
     [{"en"}, {"en2", "ko"}]),
    ([("Norway and Finland signed an investment treaty on Thursday.", "en", THU),
      ("노르웨이와 핀란드는 15일 국방 협정을 체결했다.", "ko", FRI),
      ("노르웨이와 핀란드 양국은 15일 투자 협정에 서명했다.", "ko2", FRI)],
     [{"en", "ko2"}, {"ko"}]),
    ([("Norway and Finland signed a fisheries agreement on Thursday.", "en", THU),
      ("노르웨이와 핀란드는 15일 수산 협정에 서명했다.", "ko", FRI)],  # no context named: not compared, one accord
     [{"en", "ko"}]),
], ids=["ko-defence-en-trade-en-defence", "en-investment-ko-defence-ko-investment", "no-context-one-accord"])
def test_accords_compared_across_languages(tmp_path, reports, expected):
    assert stored_records(tmp_path, "AGREE", reports) == expected


@pytest.mark.parametrize("words, expected", [
    (["trade"], ("economic",)), (["무역"], ("economic",)), (["국방", "협력"], ("military",)),
    (["Defence", "cooperation"], ("military",)), (["fishery"], ()), ([], ()),
])
def test_contexts_of_matter_words(words, expected):
    assert contexts_of_words(words) == expected


def member(lang: str, words: set[str], contexts: set[str]) -> Member:
    m = Member("k", "d", "AGREE", THU, "day", "text", None, {"cty_nor", "cty_fin"}, set())
    m.matter = Matter(lang, frozenset(words), frozenset(contexts))
    return m


@pytest.mark.parametrize("matters, new, conflict", [
    ([Matter("en", frozenset({"trade"}), frozenset({"economic"}))], member("ko", {"국방"}, {"military"}), True),
    ([Matter("en", frozenset({"defence"}), frozenset({"military"}))], member("ko", {"국방"}, {"military"}), False),
    ([Matter("en", frozenset({"fishery"}))], member("ko", {"국방"}, {"military"}), False),  # nothing to compare
    ([Matter("en", frozenset({"trade"}), frozenset({"economic"}))], member("ko", {"수산"}, set()), False),
    ([Matter("en", frozenset({"trade"}), frozenset({"economic"})), Matter("ko", frozenset({"국방"}))],
     member("ko", {"국방", "협력"}, {"military"}), False),  # its own language's words agree
    ([("en", frozenset({"fishery"}))], member("en", {"culture"}, set()), True),  # a plain pair still compared
])
def test_matter_conflict_across_languages(matters, new, conflict):
    assert bool(matter_conflict(matters, new)) is conflict


def test_read_matter_keeps_contexts():
    record = {"matter": ["trade"], "matter_contexts": ["economic"], "sources": [{"lang": "en"}]}
    assert read_matter(record) == Matter("en", frozenset({"trade"}), frozenset({"economic"}))
