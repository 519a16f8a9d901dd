"""speed51 (issue 20): a Korean reader that tests one word against several cue lists looks the word up once
(`ActIndex.kinds`: the names of the lists holding it) instead of calling `cue` per list; `run_start` passes the act
index it fetched to `duration_end`; a sentence's prepared meetings are read once per sentence reader
(`meeting_prepared.prepared_meetings`). Every answer is the one the old per-list, per-word questions gave.

Each sentence is our own.
"""
from __future__ import annotations

import pickle

import pytest

from readout.lang.ko import act_table
from readout.lang.ko.act_candidate import duration_end, run_start
from readout.lang.ko.act_table import act_index
from readout.lang.ko.endings import read_clause, tokens_of
from readout.lang.ko.sentences import kiwi
from tests.lang.ko.test_speed50b_cue_loops import CountingIndex


def morphemes(text: str) -> list:
    return tokens_of([(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])


def test_kinds_names_every_list_holding_the_word():
    lex = act_index()
    for name, words in lex.cues.items():
        for word in words:
            assert name in lex.kinds(word), (name, word)
    for word in ("규탄하다", "겠", "것", "회담", "없는말"):
        assert lex.kinds(word) == {name for name, words in lex.cues.items() if word in words}


def test_kinds_is_rebuilt_after_the_cache_and_never_pickled():
    lex = act_index()
    lex.kinds("것")  # built
    state = lex.__getstate__()
    assert "_kinds" not in state and "cues" not in state
    copy = pickle.loads(pickle.dumps(lex))
    assert all(copy.kinds(w) == lex.kinds(w) for w in ("것", "겠", "지", "않", "라고", "없는말"))


SENTENCES = [
    # a negation after a focus particle, a demand's content, a quote, a plan, a relative clause, an exhortation
    "칠레 외교부는 페루 대사를 소환하지는 않았다고 밝혔다.",
    "볼리비아 정부는 파라과이에 국경 검문소를 철수하라고 요구했다.",
    "에콰도르는 콜롬비아와 국경 협력을 강화할 방침이라고 말했다.",
    "우루과이 의회는 아르헨티나를 규탄하는 결의안을 논의했다.",
    "베네수엘라 대통령은 가이아나와 대화하자고 제안했다.",
    "칠레는 지난달 페루 대사를 추방한 바 있다.",
    "페루 정부는 칠레산 구리에 관세를 부과하는 데 주저하지 않겠다고 경고했다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_clause_walk_reads_each_ending_as_before_and_asks_no_list_per_ending(text):
    """The walk over every stem finds the readings the plain index gives, and asks `cue` for none of the ending and
    head-noun lists it now reads through `kinds` (the old walk asked up to a dozen per connective ending)."""
    toks = morphemes(text)
    lex = act_index()
    counting = CountingIndex(lex)
    stems = [k for k, t in enumerate(toks) if t[1] in ("VV", "VA", "XSV")]
    assert stems
    for k in stems:
        assert vars(read_clause(toks, k, counting)) == vars(read_clause(toks, k, lex))
    moved = {"negation_focus_particle", "negation_adverb", "obligation_ending", "aspect_aux",
             "request_aux", "go_aux", "exhortation_ending", "imperative_ending", "content_ending", "intent_ending",
             "condition_ending", "future_noun", "possible_noun", "modality_noun", "option_noun", "schedule_noun",
             "connective_noun", "example_noun", "reported_noun", "fact_noun"}
    assert not moved & set(counting.asked), counting.asked


@pytest.mark.parametrize("text, object_first", [
    ("칠레는 수년간 반군을 무장시켰다.", "반군"),
    ("페루는 지난달 자국민을 추방했다.", "자국민"),
    ("볼리비아는 3개월째 국경 검문소를 봉쇄했다.", "국경"),
])
def test_a_run_of_nouns_asks_for_the_index_at_most_once(text, object_first, monkeypatch):
    """`run_start` stops at a time adverbial as before; given the index it fetches none, and `duration_end` asked
    with it answers what it answers alone."""
    toks = morphemes(text)
    end = next(k for k, t in enumerate(toks) if t[1] == "JKO") - 1
    start = run_start(toks, end)
    assert toks[start][0] == object_first
    lex = act_index()
    alone = [duration_end(toks, k) for k in range(len(toks))]
    monkeypatch.setattr(act_table, "act_index", lambda: pytest.fail("the index was fetched again"))
    assert run_start(toks, end, lex) == start
    assert [duration_end(toks, k, lex) for k in range(len(toks))] == alone


def old_beside_held(r, j: int) -> bool:
    """The per-word question `prepared_beside_held` asked before speed51."""
    from readout.lang.ko.meeting_prepared import meeting_word, prepared_span

    span = prepared_span(r, j)
    return span is not None and meeting_word(r, j) and any(meeting_word(r, k) for k in range(span[1] + 1, len(r.words)))


def old_role(r, i: int, j: int):
    from readout.lang.ko.meeting_prepared import meeting_word, partner_named, prepared_span

    own = prepared_span(r, j) if old_beside_held(r, j) else None
    if own is not None and partner_named(r, own[0], j):
        return None
    if own is not None:
        return "with" if own[0] <= i < j else "other"
    for k in range(len(r.words)):
        span = prepared_span(r, k) if k != j else None
        if span is not None and span[0] <= i <= span[1] and not span[0] <= j <= span[1] and meeting_word(r, k):
            return "other"
    return None


def old_around(r, i: int):
    from readout.lang.ko.meeting_prepared import meeting_word, prepared_span

    for k in range(len(r.words)):
        span = prepared_span(r, k)
        if span is not None and span[0] <= i <= span[1] and meeting_word(r, k) and old_beside_held(r, k):
            return span
    return None


PREPARED = [
    "칠레와 페루의 정상회담을 준비하기 위해 양국 외교차관이 리마에서 회담했다.",
    "볼리비아 외교장관은 내달 정상회담 준비를 위해 파라과이 외교장관과 회의를 열었다.",
    "에콰도르 장관은 콜롬비아와의 정상회담을 준비하기 위해 보고타에서 회담했다.",
    "우루과이와 파라과이는 정상회담을 준비하기 위해 노력하고 있다.",  # no meeting held beside it
    "아르헨티나 대통령은 칠레 대통령과 회담했다.",  # nothing prepared
]


@pytest.mark.parametrize("text", PREPARED)
def test_prepared_meetings_read_once_answer_as_the_word_by_word_questions(text):
    from readout.lang.ko.clauses import SentenceReader
    from readout.lang.ko.meeting_prepared import prepared_around, prepared_beside_held, prepared_role

    r = SentenceReader(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])
    n = len(r.words)
    assert [prepared_beside_held(r, j) for j in range(n)] == [old_beside_held(r, j) for j in range(n)]
    assert [prepared_around(r, i) for i in range(n)] == [old_around(r, i) for i in range(n)]
    assert [[prepared_role(r, i, j) for j in range(n)] for i in range(n)] == \
        [[old_role(r, i, j) for j in range(n)] for i in range(n)]
    assert r.prepared is not None  # kept on the reader: the next question reads it


def test_a_prepared_meeting_beside_the_one_held_is_found():
    """The rows above must not all be empty: the first sentence's prepared summit stands beside the talks held."""
    from readout.lang.ko.clauses import SentenceReader
    from readout.lang.ko.meeting_prepared import prepared_meetings

    text = PREPARED[0]
    r = SentenceReader(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])
    held = [k for k, (_, beside) in prepared_meetings(r).items() if beside]
    assert [r.words[k].text for k in held] == ["정상회담을"]


def test_a_matter_noun_is_one_of_the_five_lists():
    from readout.lang.ko.act_spoken_attacks import MATTER_CUES, matter_noun

    lex = act_index()
    union = {w for cue in MATTER_CUES for w in lex.cue(cue)}
    assert union and all(matter_noun(w, lex) for w in union)
    others = {w for words in lex.cues.values() for w in words} - union
    assert not any(matter_noun(w, lex) for w in others)
    assert not matter_noun(None, lex)
