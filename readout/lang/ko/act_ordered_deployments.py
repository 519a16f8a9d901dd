"""Forces ordered deployed (threat54): 'X는 Y에 병력 배치를 명령했다', '국경에 군 병력 투입을 지시했다'.

Why a reader of its own: the finder reads a verb of ordering (cue order_verb) as a REQUEST of whoever is named beside
it, so a bloc ordering its standby troops into a country was read as asking that country for a change. Ordering one's
own forces deployed readies them, the manual's MOBILIZE ("increase military or police capability"), as the English
reader takes 'ordered the deployment of troops' (en_acts_additions, order + deployment); the place or state marked 에
before the deployment is where the forces go (its recipient when it names a state). Only a deployment noun
(`deployment_noun`) whose run names forces (`troop_noun`) counts: '조사를 지시했다' or '사드 배치' stay as they were.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_ordered_measures import measure_target
from readout.lang.ko.act_table import ActIndex


def ordered_deployments(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each order (REQUEST of cue order_verb) whose object is a deployment of forces made a MOBILIZE of
    troops by the one ordering, aimed at the 에 argument before the forces (if any)."""
    out = []
    for h in hits:
        run = ordered_forces(toks, h, lex) if h.type == "REQUEST" and h.lemma in lex.cue("order_verb") else None
        if run is not None:
            target = measure_target(toks, run)
            data = {k: v for k, v in h.data.items() if k != "target_spans"}
            data.update(target_spans=(target,) if target else (), stated_type=h.type, ordered_deployment=True)
            h = replace(h, type="MOBILIZE", mode="troops", status="occurred", contexts=("military",), data=data)
        out.append(h)
    return out


def ordered_forces(toks: list, h: ActHit, lex: ActIndex) -> int | None:
    """The first morpheme of the object run ('대기 군 배치를') right before the order verb at `h`, when the run ends in a
    deployment noun and names forces; None otherwise."""
    first = h.data.get("first", 0)
    if first < 3 or toks[first - 1][1] != "JKO" or toks[first - 2][0] not in lex.cue("deployment_noun"):
        return None
    start = glossed_run_start(toks, first - 2)
    forces = tuple(lex.cue("troop_noun"))
    if not any(toks[k][0].endswith(forces) for k in range(start, first - 2)):
        return None  # (request56) a compound ending in a force noun names forces too ('평화유지군', '대기군')
    return start


GLOSS_TAGS = ("SSO", "SSC", "SL")  # quotes, brackets and a foreign gloss inside a noun run


def glossed_run_start(toks: list, end: int) -> int:
    """(request56) The first morpheme of the noun run ending at `end`, across the quotes and a foreign gloss inside
    it ("'대기군'(standby force) 배치를"): a run the story glosses is still the one noun run."""
    start = run_start(toks, end)
    while start > 0 and toks[start - 1][1] in GLOSS_TAGS:
        start = run_start(toks, start - 1)
    return start
