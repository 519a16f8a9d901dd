"""The measures a '등' list names, and the measure that sums them up: '대사를 소환하고 상대국 대사를 추방하는 등
외교 관계를 격하했다'.

Why (sanction58): the acts listed before '등' are done (sanction56, endings' `example_noun`), and the predicate after
the list names what they amount to ('relations downgraded'): the same measures told once more as a whole, no measure
of its own. Read as one, it stood as a third SANCTION beside the recall and the expulsion, and its object class
(relations) kept another outlet's report of the recall from joining the record (store/merge_evidence.py). The
summing predicate goes when a SANCTION is listed before its '등'; one with no listed measure before it ('무역을
중단하는 등의 조치': no act listed, a kind of measure) or a list of acts of other types stays.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

SUMMED_TYPES = frozenset({"SANCTION"})  # measures a '등' list may sum up
PREDICATE_TAGS = frozenset({"VV", "XSV", "VA", "EF", "EC", "SF"})  # a predicate or a clause end between list and sum


def listed_measures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without each verbal SANCTION whose clause follows 'V-는 등' right after a listed SANCTION (only its
    object's nouns and particles between the '등' and its trigger)."""
    examples = lex.cue("example_noun")
    out = []
    for h in hits:
        k = list_before(toks, h.start, examples) if h.type in SUMMED_TYPES and not h.nominal else None
        listed = k is not None and any(g is not h and g.type in SUMMED_TYPES and g.end <= toks[k][2] for g in hits)
        if not listed:
            out.append(h)
    return out


def list_before(toks: list, start: int, examples: frozenset | set) -> int | None:
    """The index of the '등' that closes an adnominal list right before the morpheme at offset `start`, with no
    predicate between; None when there is none."""
    k = next((i for i, t in enumerate(toks) if t[2] >= start), len(toks)) - 1
    while k > 0:
        form, tag = toks[k][0], toks[k][1]
        if form in examples and tag.startswith("NN"):
            return k if toks[k - 1][1] == "ETM" else None
        if tag in PREDICATE_TAGS:
            return None
        k -= 1
    return None
