"""speed50b (issue 20): a Korean reader that scans every morpheme of a sentence asks the act index for its cue set
once before the loop (or gates the loop on a fixed morpheme), not once per morpheme; what it finds is unchanged.

Each row runs one reader over a long sentence of our own with a counting index and checks (a) the reader's answer is
the same as with the plain index, (b) it found what the sentence says (or nothing, for the plain filler), and (c) the
gate cue was asked no more than a few times however long the sentence is (the old loops asked it once per morpheme).
"""
from __future__ import annotations

import pytest

from readout.lang.ko.act_table import act_index
from readout.lang.ko.endings import tokens_of
from readout.lang.ko.sentences import kiwi

FILLER = "지역 주민들은 지난 주말 시장과 학교 근처에서 오랫동안 조용히 기다리며 여러 가지 이야기를 나누었고, "


class CountingIndex:
    """The act index, counting how often each cue list is asked for; every other attribute is the index's own."""

    def __init__(self, lex) -> None:
        self._lex = lex
        self.asked: dict[str, int] = {}

    def cue(self, name: str) -> frozenset[str]:
        self.asked[name] = self.asked.get(name, 0) + 1
        return self._lex.cue(name)

    def __getattr__(self, name: str):
        return getattr(self._lex, name)


def morphemes(text: str) -> list:
    return tokens_of([(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])


def run_reader(reader: str, toks: list, lex) -> list:
    """The named reader's hits (a list) over the morphemes, with no hits read before it."""
    from readout.lang.ko import act_threats
    from readout.lang.ko.act_pledged_measures import pledged_measures
    from readout.lang.ko.act_punishment_warnings import said_punishment
    from readout.lang.ko.act_ready_defences import ready_defences
    from readout.lang.ko.act_regarded_deeds import regarded_threats
    from readout.lang.ko.act_unsold_land import unsold_lands
    from readout.lang.ko.act_unworthy import unworthy_refusals
    calls = {
        "pledged": lambda: pledged_measures(toks, [], lex),
        "defences": lambda: ready_defences(toks, [], lex),
        "regarded": lambda: regarded_threats(toks, [], lex),
        "warnings": lambda: act_threats.named_warnings(toks, [], lex),
        "deterred": lambda: act_threats.deterred_deeds(toks, [], lex, True),
        "unworthy": lambda: unworthy_refusals(toks, lex, []),
        "unsold": lambda: unsold_lands(toks, lex, []),
        "punished": lambda: [h for h in [said_punishment(toks, lex)] if h is not None],
    }
    return calls[reader]()


ROWS = [  # reader, gate cue, sentence (filler first, so the loop runs long before the pattern), hits expected
    ("pledged", "pledged_measure_modifier", FILLER + "몰도바 외무부는 추가 조치를 취하겠다고 밝혔다.", 1),
    ("pledged", "pledged_measure_modifier", FILLER + "몰도바 외무부는 내일 다시 만나겠다고 밝혔다.", 0),
    ("defences", "self_defence_verb", FILLER + "조지아 국방부는 자국 영토를 방어할 준비가 돼 있다고 밝혔다.", 1),
    ("regarded", "regarding_verb", FILLER + "라트비아 정부는 그 훈련을 도발 행위로 간주하겠다고 경고했다.", 1),
    ("warnings", "warning_noun", FILLER + '대변인은 "이 기동은 민병대에 대한 분명한 경고"라고 밝혔다.', 1),
    ("deterred", "instance_determiner", FILLER + "어떠한 로켓 공격도 단호한 대응에 직면할 것이라고 밝혔다.", None),
    ("unworthy", "unworthy_noun", FILLER + "알바니아 총리는 그 안은 검토할 가치도 없다고 말했다.", 1),
    ("unsold", "sale_item_noun", FILLER + "아이슬란드 총리는 그 항구는 매물이 아니라고 말했다.", 1),
    ("punished", "punishment_noun", FILLER + "에콰도르 경찰청은 약탈에 가담한 누구든 엄벌하겠다고 밝혔다.", None),
]


@pytest.mark.parametrize("reader, gate, text, expected", ROWS)
def test_a_reader_asks_its_gate_cue_once_not_per_morpheme(reader, gate, text, expected):
    toks = morphemes(text)
    assert len(toks) > 30  # a long sentence: a per-morpheme loop would ask dozens of times
    counting = CountingIndex(act_index())
    found = run_reader(reader, toks, counting)
    assert found == run_reader(reader, toks, act_index())
    if expected is not None:
        assert len(found) == expected, found
    assert counting.asked.get(gate, 0) <= 3, counting.asked


@pytest.mark.parametrize("text, verb, expected", [
    (FILLER + "라트비아 대표팀은 결승에서 에스토니아 대표팀을 다시 만난다.", "만나", "match"),
    (FILLER + "라트비아 외무장관은 리가에서 에스토니아 외무장관을 만났다.", "만나", None),
])
def test_a_meeting_verb_asks_for_match_nouns_once(monkeypatch, text, verb, expected):
    """act_figures.no_meeting: the match nouns are read once for the sentence, not once per morpheme."""
    from readout.lang.ko import act_figures

    tokens = kiwi().tokenize(text)
    start = next(t.start for t in tokens if t.form == verb and t.tag.startswith("VV"))
    counting = CountingIndex(act_index())
    monkeypatch.setattr(act_figures, "act_index", lambda: counting)
    assert act_figures.no_meeting(tokens, start) == expected
    assert counting.asked.get("match_noun", 0) <= 1 and counting.asked.get("encounter_verb", 0) <= 1, counting.asked
