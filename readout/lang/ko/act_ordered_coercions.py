"""A coercive measure ordered by its own side (koacts56): 'X 정부는 전력 공급 차단을 지시했다', '국경 봉쇄를 명령했다'.

Why a reader of its own: the finder reads a verb of ordering (cue order_verb) as a REQUEST of whoever is named beside
it, and with no one named the order is dropped, so a government ordering its own supply cut or border closure gave
nothing, while English 'ordered the cutting of power supplies' and 'ordered the closure of the border' read the
measure itself (en_acts: order + the act's nominal). A state's order to its own organs is how that state acts: the
manual's COERCE (restrict, withhold, censor ...) is done by the side that orders it. So an order whose object (its 을/를
run right before the verb) ends in an act noun of type COERCE is that COERCE, its target the 에 argument before the
run (`measure_target`). A sanction ordered stays a threat (act_ordered_measures) and forces ordered out MOBILIZE
(act_ordered_deployments); an order of anything else ('조사를 지시했다') is left as it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_ordered_deployments import glossed_run_start
from readout.lang.ko.act_ordered_measures import measure_target
from readout.lang.ko.act_table import ActIndex, ActEntry

ORDERED_TYPES = frozenset({"COERCE"})  # what a side orders done is its own act (a sanction ordered is a threat)


def ordered_coercions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each order (REQUEST of cue order_verb) whose object is a coercive act noun made that act of the one
    ordering, aimed at the 에 argument before the object run (if any)."""
    out = []
    for h in hits:
        found = ordered_act(toks, h, lex) if h.type == "REQUEST" and h.lemma in lex.cue("order_verb") else None
        if found is not None:
            entry, start = found
            target = measure_target(toks, start)
            data = {k: v for k, v in h.data.items() if k != "target_spans"}
            data.update(target_spans=(target,) if target else (), stated_type=h.type, ordered_coercion=True)
            h = replace(h, type=entry.type, mode=entry.mode, status="occurred", contexts=entry.contexts, data=data)
        out.append(h)
    return out


def ordered_act(toks: list, h: ActHit, lex: ActIndex) -> tuple[ActEntry, int] | None:
    """The act entry of the object run right before the order verb at `h` and the run's first morpheme, when the run
    ends in an act noun of an `ORDERED_TYPES` type ('전력 공급 차단을'); None otherwise."""
    first = h.data.get("first", 0)
    if first < 2 or toks[first - 1][1] != "JKO":
        return None
    end = first - 2
    start = glossed_run_start(toks, end)
    hit = act_noun(toks, start, end, lex, nominals=True)
    if hit is None or hit[0].type not in ORDERED_TYPES:
        return None
    return hit[0], start
