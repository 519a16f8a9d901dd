"""Which act a Korean noun run names: the longest key of an act table the run ends with, on morpheme boundaries, and a
measure described before its noun.

Why its own module: predicates (`act_predicates`), warnings (`act_forewarnings`), targets and nominal acts all look an
act noun up the same way.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import joined
from readout.lang.ko.act_table import ActEntry, ActIndex


def noun_lookup(toks: list, start: int, end: int, table: dict,
                 suffix: str = "") -> tuple[ActEntry, int] | None:
    """The longest key of `table` that the noun run [start..end] ends with, on morpheme boundaries."""
    for k in range(start, end + 1):
        key = joined(toks, k, end) + suffix
        if len(key) <= 12 and key in table:
            return table[key], k
    return None


def act_noun(toks: list, start: int, end: int, lex: ActIndex, nominals: bool) -> tuple[ActEntry, int] | None:
    """The longest act noun the run ends with: a nominal entry (경제 보복) or the noun of a noun+하다
    verb (보복 of 보복하다), so 경제 보복을 가했다 is a sanction, not an assault. A run that ends in a
    measure noun (cue measure_noun: '수출 제한 조치') carries the act before it: a nominal, a noun+하다
    verb, or a pair's noun before its verbal noun (수출 + 제한하다)."""
    for k in range(start, end + 1):
        key = joined(toks, k, end)
        if nominals and key in lex.nominals:
            return lex.nominals[key], k
        if key + "하다" in lex.verbs:
            pair = noun_lookup(toks, start, k - 1, lex.pairs.get(key + "하다", {})) if k == end > start else None
            return pair or (lex.verbs[key + "하다"], k)  # kodeed47: '난민 추방' reads as '난민을 추방' (the pair)
    joint = joint_compound(toks, start, end, lex) if nominals and end > start + 1 else None
    if joint is not None:
        return joint
    if end == start and toks[end][0] in lex.cue("measure_noun"):
        described = described_measure(toks, start, lex)
        if described is not None:
            return described
    if end > start and toks[end][0] in lex.cue("measure_noun") | lex.cue("procedure_noun"):
        head = end - 1
        pairs = lex.pairs.get(toks[head][0] + "하다", {})
        pair = noun_lookup(toks, start, head - 1, pairs) if head > start else None
        return pair or act_noun(toks, start, head, lex, nominals)
    if end > start and toks[end][1] == "NNG":  # '제재 복원에 착수했다': a pair's noun before its verbal noun
        return noun_lookup(toks, start, end - 1, lex.pairs.get(toks[end][0] + "하다", {}))
    return None


def described_measure(toks: list, start: int, lex: ActIndex) -> tuple[ActEntry, int] | None:
    """'상응하는 조치', '보복하는 조치': a measure noun at `start` described by the adnominal 'X하는' of a counter-measure
    noun (cue counter_measure_noun) is the measure 'X 조치' the compound names ('상응 조치'), so a pledge to take it
    reads as the compound's would (a counter-measure threatened); the act starts at X."""
    k = start - 3
    if k < 0 or toks[start - 1][1] != "ETM" or toks[start - 2][:2] != ("하", "XSV") \
            or toks[k][0] not in lex.cue("counter_measure_noun"):
        return None
    key = toks[k][0] + toks[start][0]
    if key in lex.nominals:
        return lex.nominals[key], k
    return (lex.verbs[toks[k][0] + "하다"], k) if toks[k][0] + "하다" in lex.verbs else None


def joint_compound(toks: list, start: int, end: int, lex: ActIndex) -> tuple[ActEntry, int] | None:
    """(kopar53a) '합동 해상 순찰', '공동 위성 사업': a run whose word after a joint prefix (cue joint_prefix_noun) is
    followed by the activity's field names the joint activity the prefix and the run's head make ('합동 순찰'), a
    nominal entry. Why: the field between is free ('해상', '국경', '위성'), so listing every compound would never end;
    the prefix says the sides act together and the head what they do, which is all COOPERATE needs."""
    for k in range(start, end - 1):
        if toks[k][0] in lex.cue("joint_prefix_noun"):
            key = toks[k][0] + toks[end][0]
            return (lex.nominals[key], k) if key in lex.nominals else None
    return None
