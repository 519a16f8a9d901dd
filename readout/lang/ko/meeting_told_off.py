"""(kofix46) A meeting whose calling-off passive is told by one of its sides ('칠레와 페루의 회담이 취소됐다고 칠레
외교부는 전했다') is that side's REJECT meet (the act reader: act_predicates.spoken_side), so the meeting word tells
no CONSULT cancelled beside it, as English drops it (lang/en/reading_meetings.told_by_side). A speaker who is no
side of it (a third state, a news agency) leaves the meeting cancelled by no one named, a CONSULT cancelled.

Why here: reading_meetings is long; the question is the act reader's, asked of the same morphemes (the first 되 after
the meeting word in its clause), so both readers agree on which sentences name a side calling the meeting off.
"""
from __future__ import annotations

from readout.lang.ko.tags import ACT_VERB_TAGS, CLAUSE_EDGE_TAGS
from readout.lang.ko.act_table import act_index

PASSIVE_STEM = "되"


def told_off_by_side(toks: list, end: int) -> bool:
    """The meeting word ending at character `end` is the subject of a calling-off passive ('회담이 연기됐다고') that
    one of its sides says ('... A 외교부가 밝혔다'): the act reader reads that side's REJECT meet from it. `toks`:
    the sentence's morphemes as 4-tuples (endings.tokens_of)."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.act_predicates import predicate, spoken_side
    noun = max((i for i, t in enumerate(toks) if t[2] < end), default=None)
    if noun is None:
        return False
    k = noun + 1
    while k < len(toks) and toks[k][1] not in CLAUSE_EDGE_TAGS:
        if toks[k][0] == PASSIVE_STEM and toks[k][1] in ACT_VERB_TAGS:
            lex = act_index()
            cand = predicate(toks, k, lex)
            return cand is not None and (cand.entry.type, cand.entry.mode) == ("REJECT", "meet") \
                and spoken_side(toks, cand, k, lex) is not None
        k += 1
    return False
