"""A retaliation's means names what is threatened (threats49): 'X는 Y에 관세로 보복하겠다고 밝혔다', '제재로 맞대응하겠다'.

Why a rule: the lexicon reads a verb of retaliating (보복하다, 맞대응하다) as force, so a threat of it is a threat of
violence. The PLOVER manual's THREATEN mode is "the content of the threat": paying back with a trade or political
measure (a noun of cue paid_measure_noun marked 로/으로 right before the verb) threatens that measure, mode `restrict`
(as en's act_retaliation_means), not violence.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES

MEANS = INSTRUMENTAL_PARTICLES
MEASURE_MODE = "restrict"
VIOLENCE = "violence"


def retaliation_means(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each threat of violence whose verb is paid back with a measure ('관세로 보복') given mode restrict."""
    return [replace(h, mode=MEASURE_MODE, data={**h.data, "paid_with": "SANCTION"})
            if h.type == "THREATEN" and h.mode == VIOLENCE and paid_with_measure(toks, h.data.get("first"), lex) else h
            for h in hits]


def paid_with_measure(toks: list, first: int | None, lex: ActIndex) -> bool:
    """Whether the noun run marked 로 right before the verb starting at `first` ends with a measure noun."""
    if first is None or first < 2 or not (toks[first - 1][0] in MEANS and toks[first - 1][1] == "JKB"):
        return False
    start = run_start(toks, first - 2)
    words = {toks[k][0] for k in range(start, first - 1)}
    joined = "".join(toks[k][0] for k in range(start, first - 1))
    return bool(words & lex.cue("paid_measure_noun")) or joined in lex.cue("paid_measure_noun")
