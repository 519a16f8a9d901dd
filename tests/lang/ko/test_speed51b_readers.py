"""speed51b (issue 20): Korean readers that test one word against several cue lists look it up once
(`ActIndex.kinds`): `act_clauses.refusal` (the refused verb's four lists), `act_spoken_attacks.closes_quote` (the
ending's four), `act_passive_coups.ousting_lemma` (an active lemma's two), `act_predicates.predicate` (a passive's
active verb; a common noun asks the decision nouns only before 로, `kiro_verb`'s first test) and
`act_nominals.nominal_hits` (a compound's last noun). `meeting_lists.date_skipped` runs the date reader only where
`dates.date_may_open` says a date may start; `place_words.place_at` tries the particles ending in its word's last
letter. Every answer is the one the old questions gave (the old forms are kept below).

Each sentence is our own.
"""
from __future__ import annotations

import pytest

from readout.lang.ko.act_clauses import refusal
from readout.lang.ko.act_passive_coups import ousting_lemma
from readout.lang.ko.act_predicates import predicate
from readout.lang.ko.act_spoken_attacks import closes_quote
from readout.lang.ko.act_table import act_index
from readout.lang.ko.dates import date_may_open, find_dates
from readout.lang.ko.meeting_lists import date_skipped
from readout.lang.ko.place_words import HANGUL_WORD, place_at, place_names
from readout.lang.ko.split_names import particle_tags
from tests.lang.ko.test_speed50b_cue_loops import CountingIndex, morphemes


def old_ousting_lemma(lemma: str, lex) -> bool:
    active = lemma[:-2] + "하다" if lemma.endswith("되다") else lemma
    return active in lex.cue("ousting_verb") or lemma in lex.cue("ousted_verb")


def test_ousting_lemma_answers_as_the_two_lists_did():
    lex = act_index()
    words = {*lex.words("ousting_verb"), *lex.words("ousted_verb"), "전복되다", "축출되다", "타도되다", "규탄하다",
             "회담하다", "물러나다", "되다"}
    words |= {w[:-2] + "되다" for w in lex.words("ousting_verb") if w.endswith("하다")}
    for word in sorted(words):
        assert ousting_lemma(word, lex) == old_ousting_lemma(word, lex), word


def old_closes_quote_ending(toks: list, k: int, lex) -> bool:
    """The old last lines of `closes_quote`, at the quotative morpheme `k`."""
    form = toks[k][0]
    if form in lex.cue("quote_ending") or form in lex.cue("verdict_joined_ending"):
        return True
    return form in lex.cue("verdict_quote_particle") and (toks[k][1] == "JKQ" or toks[k - 1][1] == "SSC") \
        or form in lex.cue("paired_condemnation_ending") and toks[k - 1][1] == "SSC"


QUOTED = [
    "칠레 외교부는 \"페루가 국경을 침범했다\"고 페루를 비난했다.",
    "볼리비아 대통령은 \"용납할 수 없는 도발\"이라며 파라과이를 규탄했다.",
    "에콰도르는 콜롬비아가 협정을 어겼다며 콜롬비아 정부를 맹비난했다.",
    "우루과이 의회는 \"명백한 주권 침해\"라고 아르헨티나를 성토했다.",
    "가이아나 외무장관은 베네수엘라의 주장이 근거가 없다고 일축했다.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_closes_quote_answers_as_before_at_every_morpheme_and_asks_no_ending_list(text):
    toks = morphemes(text)
    lex = act_index()
    counting = CountingIndex(lex)
    answers = [closes_quote(toks, k, counting) for k in range(len(toks))]
    assert answers == [closes_quote(toks, k, lex) for k in range(len(toks))]
    assert any(answers)  # each sentence has a verb after a quotation
    moved = {"quote_ending", "verdict_joined_ending", "verdict_quote_particle", "paired_condemnation_ending"}
    assert not moved & set(counting.asked), counting.asked
    # the kinds reading is the lists' own reading for every morpheme a quotation may close on
    for k in range(1, len(toks)):
        if toks[k][1] in ("EC", "EF", "ETM", "JKQ", "JX"):
            kinds = lex.kinds(toks[k][0])
            assert ("quote_ending" in kinds or "verdict_joined_ending" in kinds
                    or "verdict_quote_particle" in kinds and (toks[k][1] == "JKQ" or toks[k - 1][1] == "SSC")
                    or "paired_condemnation_ending" in kinds and toks[k - 1][1] == "SSC") \
                == old_closes_quote_ending(toks, k, lex)


REFUSALS = [
    ("칠레는 페루와의 국경 협상을 중단하지 않겠다고 밝혔다.", "중단하다"),
    ("볼리비아 정부는 파라과이의 제안을 검토조차 하지 않겠다고 말했다.", "검토하다"),
    ("에콰도르는 영토를 양도하지 않을 것이라고 강조했다.", "양도하다"),
    ("우루과이는 아르헨티나에 대한 제재를 이행하지 않겠다고 선언했다.", "이행하다"),
]


@pytest.mark.parametrize("text, verb", REFUSALS)
def test_refusal_reads_the_refused_verb_from_one_look_up(text, verb):
    toks = morphemes(text)
    lex = act_index()
    counting = CountingIndex(lex)
    hits = [(k, refusal(toks, k, counting)) for k in range(len(toks))]
    assert [(k, h) for k, h in hits] == [(k, refusal(toks, k, lex)) for k in range(len(toks))]
    found = [h for _, h in hits if h is not None]
    assert [h.lemma for h in found] == [verb] and found[0].type == "REJECT"
    assert found[0].data.get("refused_yield", False) == (verb in lex.cue("land_yield_verb"))
    moved = {"measure_apply_verb", "refusal_verb", "considering_verb", "land_yield_verb"}
    assert not moved & set(counting.asked), counting.asked


@pytest.mark.parametrize("text, lemmas", [
    ("칠레는 페루에 대한 제재를 부과키로 했다.", {"부과하다"}),
    ("볼리비아는 파라과이와 국경 회담을 열기로 했다.", set()),
    ("에콰도르 정부는 콜롬비아산 수입품에 관세를 부과했다.", {"부과하다"}),
])
def test_a_common_noun_asks_the_decision_nouns_only_before_ro(text, lemmas):
    toks = morphemes(text)
    lex = act_index()
    counting = CountingIndex(lex)
    read = [predicate(toks, k, counting) for k in range(len(toks))]
    assert [c and (c.entry, c.first, c.stem, c.passive, c.occurred) for c in read] == \
        [c and (c.entry, c.first, c.stem, c.passive, c.occurred) for c in (predicate(toks, k, lex) for k in range(len(toks)))]
    assert lemmas <= {c.entry.lemma for c in read if c}
    before_ro = sum(1 for k, t in enumerate(toks) if t[1] == "NNG"
                    and (t[0].endswith("로") or k + 1 < len(toks) and toks[k + 1][0] == "로"))
    assert counting.asked.get("decision_noun", 0) == before_ro
    assert counting.asked.get("decision_noun", 0) < sum(1 for t in toks if t[1] == "NNG")


@pytest.mark.parametrize("text, occurred, passive", [
    ("칠레와 페루의 합동 훈련이 시작됐다.", True, False),
    ("페루산 구리에 새 관세가 부과됐다.", False, True),
])
def test_a_passive_reads_its_active_verbs_lists_once(text, occurred, passive):
    toks = morphemes(text)
    lex = act_index()
    counting = CountingIndex(lex)
    read = [c for c in (predicate(toks, k, counting) for k in range(len(toks))) if c]
    assert read and (read[-1].occurred, read[-1].passive) == (occurred, passive)
    assert not {"feared_passive_verb", "occurrence_light_verb"} & set(counting.asked)


@pytest.mark.parametrize("text, read", [
    ("칠레의 대페루 경제 제재 방안이 공개됐다.", ("경제 제재", "SANCTION", "planned")),  # an option noun: planned
    ("우루과이의 군사 훈련 일정이 공개됐다.", ("군사 훈련", "MOBILIZE", "planned")),  # a schedule noun
    ("볼리비아의 국경 봉쇄 조치가 사흘째 이어졌다.", ("국경 봉쇄", "COERCE", "occurred")),  # the measure: the deed before it
    ("칠레 해군의 포격 감행은 페루의 반발을 불렀다.", ("포격", "ASSAULT", "occurred")),  # a noun of carrying out
])
def test_a_compounds_last_noun_is_read_once(text, read):
    from readout.lang.ko.act_nominals import nominal_hits

    toks = morphemes(text)
    lex = act_index()
    counting = CountingIndex(lex)
    hits = nominal_hits(toks, counting, set(), {})
    assert [(h.start, h.end, h.type, h.mode, h.lemma, h.status) for h in hits] == \
        [(h.start, h.end, h.type, h.mode, h.lemma, h.status) for h in nominal_hits(toks, lex, set(), {})]
    assert [(text[h.start:h.end], h.type, h.status) for h in hits] == [read]
    assert counting.asked["decision_noun"] == 1, counting.asked
    moved = {"modality_noun", "option_noun", "schedule_noun", "realize_noun", "measure_noun", "after_noun"}
    assert not moved & set(counting.asked), counting.asked


def old_date_skipped(text: str, pos: int) -> int:
    head = text[pos:]
    found = [d.span.end for d in find_dates(head, 0, None, 0) if d.span.start == 0] if head else []
    if not found:
        return pos
    end = pos + max(found)
    return end + len(text[end:]) - len(text[end:].lstrip())


DATED = [
    "칠레와 페루의 내달 정상회담이 산티아고에서 열린다.",
    "볼리비아와 파라과이의 오는 15일 회담은 취소됐다.",
    "에콰도르 외무장관은 지난 3일 콜롬비아를 방문했고 다음 주 월요일 귀국한다.",
    "우루과이와 아르헨티나는 같은 날 2027년 3월 회담 일정을 발표했다.",
    "가이아나는 이날 오전 베네수엘라 대사를 초치했다.",
]


@pytest.mark.parametrize("text", DATED)
def test_every_korean_date_opens_where_the_gate_says_and_date_skipped_is_unchanged(text):
    found = find_dates(text, 0, None, 0)
    assert found
    for d in found:
        assert date_may_open(text[d.span.start:]), text[d.span.start:d.span.end]
    for pos in range(len(text)):
        assert date_skipped(text, pos) == old_date_skipped(text, pos), pos


def old_place_at(surface: str, words: list, i: int):
    """`place_at` trying every particle at every run, as before."""
    from readout.lang.ko.place_words import MAX_NAME_WORDS, name_openings

    a = words[i][0]
    if a > 0 and surface[a - 1].isalnum() or surface[a:a + 2] not in name_openings():
        return None
    names = place_names()
    for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
        run = words[i:i + n]
        if any(run[k + 1][0] != run[k][1] + 1 or surface[run[k][1]] != " " for k in range(n - 1)):
            continue
        end = run[-1][1]
        if end < len(surface) and surface[end].isalnum():
            continue
        last = surface[run[-1][0]:end]
        for particle in ("", *particle_tags()):
            stem = last[:len(last) - len(particle)] if particle else last
            if particle and not last.endswith(particle) or not stem:
                continue
            if surface[a:run[-1][0]] + stem in names:
                return n, run[-1][0] + len(stem)
    return None


@pytest.mark.parametrize("text", [
    "트리니다드 토바고 정부는 발파라이소에서 열린 회의에 참석했다.",
    "칠레 대통령은 안토파가스타에서는 시위가 없었다고 말했다.",
    "볼리비아는 코차밤바에게 책임을 물었고 파라과이는 아순시온으로 대사를 불렀다.",
    "에콰도르와 콜롬비아는 과야킬의 항구에서 만났다.",
])
def test_place_at_finds_what_every_particle_found(text):
    words = [(m.start(), m.end()) for m in HANGUL_WORD.finditer(text)]
    answers = [place_at(text, words, i) for i in range(len(words))]
    assert answers == [old_place_at(text, words, i) for i in range(len(words))]
    assert any(a is not None for a in answers)
