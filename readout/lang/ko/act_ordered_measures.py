"""A measure ordered, not yet in force, is a threat (threats49): 'X 총리는 Y산 수입품에 보복 관세를 부과하라고 장관에게
지시했다', 'Y에 대한 제재를 시행하라고 명령했다'.

Why a reader of its own: the finder reads a verb of ordering (cue order_verb) as a REQUEST of the one ordered, with the
ordered act as its content. An official ordered by his own government is no other side, and the order makes no
measure take effect: it declares the government's intent to act against the measure's target, the PLOVER manual's
THREATEN ("a statement of intent to take a negative action"), its mode the measure's (a trade measure restricts:
`threatened_mode`). One rule in both languages (lang/en/act_ordered_measures): an ORDER of a sanction is THREATEN at
the sanction's target; a sanction imposed, or announced as imposed ('부과했다'), stays SANCTION.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_forewarnings import threatened_mode
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import LOCATIVE_PARTICLE

ORDER_ENDINGS = frozenset({"라고", "도록", "게"})  # '부과하라고 지시', '부과하도록 지시'
MEASURES = frozenset({"SANCTION"})
TARGET = ("에", "에 대해", "에 대한")  # where the measure's target stands ('Y산 수입품에')


def ordered_measures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each order (REQUEST of cue order_verb) whose content is a sanction made a THREATEN of it, aimed at
    the sanction's target (the 에 argument before the measure), not at the official ordered."""
    out = []
    for h in hits:
        found = ordered_measure(toks, h, lex) if h.type == "REQUEST" and h.lemma in lex.cue("order_verb") else None
        if found is not None:
            entry, target = found
            data = {k: v for k, v in h.data.items() if k != "target_spans"}
            data.update(target_spans=(target,) if target else (), stated_type=entry.type, ordered_measure=True)
            h = replace(h, type="THREATEN", mode=threatened_mode(entry.type, entry.contexts, entry.mode), status="occurred",
                        data=data)
        out.append(h)
    return out


def ordered_measure(toks: list, h: ActHit, lex: ActIndex):
    """(entry, target span) of the sanction the order at `h` commands ('관세를 부과하라고'), the target the 에 argument
    before the measure's noun (None when the clause names none); None when the content is no sanction."""
    end = next((k for k in range(h.data.get("first", 0) - 1, -1, -1)
                if toks[k][1] == "EC" and toks[k][0] in ORDER_ENDINGS), None)
    if end is None or end < 3:
        return None
    verb = end - 1
    lemma = toks[verb - 1][0] + "하다" if toks[verb][1] == "XSV" else toks[verb][0] + "다"
    noun_end = (verb - 2 if toks[verb][1] == "XSV" else verb - 1)
    if noun_end < 1 or toks[noun_end][1] != "JKO":
        return None
    first = run_start(toks, noun_end - 1)
    pairs = lex.pairs.get(lemma, {})
    nouns = [toks[k][0] for k in range(noun_end - 1, first - 1, -1)]
    entry = next((pairs[w] for w in nouns if w in pairs), None)
    if entry is None or entry.type not in MEASURES or not set(nouns) & lex.cue("paid_measure_noun"):
        return None  # '단교를 선언하라고 지시': the break itself, told so; only a sanction (관세, 제재) waits to take effect
    return entry, measure_target(toks, first)


def measure_target(toks: list, first: int) -> tuple[int, int] | None:
    """The noun run marked 에 right before the measure's object ('터키산 수입품에 25% 보복 관세를')."""
    for k in range(first - 1, max(-1, first - 6), -1):
        if toks[k][1] in ("EC", "EF", "SF", "JX", "JKS"):
            return None
        if toks[k][:2] == LOCATIVE_PARTICLE and k > 0:
            start = run_start(toks, k - 1)
            return toks[start][2], toks[k - 1][2] + toks[k - 1][3]
    return None
