"""(victims49) Recipient reader for the people an attack harmed whose words name no state: a town of another state
than the attacker's in their noun phrase ('killed five residents of X') or placing the deed in the act's clause
('killed five villagers near X', 'X에서 주민 5명을 살해했다', 'five villagers were killed by Y's troops near X', 'X에서
주민 5명이 Y군에 의해 살해됐다') names the victims' state, before the domestic readers fall back to the attacker's own;
they receive it with their own sector (CVL for villagers), not the state's government. A town of the attacker's own
state, or a state named in the victims' words ('five Y deserters'), leaves them to the domestic readers.
"""
from __future__ import annotations

import dataclasses

from readout.model import LOCAL_PRECISIONS
from readout.pipeline.act_recipients import MUTUAL, SideReading
from readout.pipeline.common import IGO_CODES

ATTACK_TYPES = frozenset({"ASSAULT"})  # deeds that harm people where they are done
# (places55b) an arrest is done to people where they are, as an attack is: '헤브론에서 주민 9명을 체포했다' by another
# state's troops took the attacker's own state as the arrested side (the domestic readers' fallback)
PLACED_MODES = {"COERCE": frozenset({"arrest"})}


def placed_victims(r: SideReading) -> None:
    """Still no one, for an attack on people whose words name no state (`victims`, a `domestic_target`, or a
    passive's people subject with its agent named, `people_subject`): the state of a town in their words, else of the
    town in a locative of the act's clause nearest the verb, when it is another state than the attacker's. The hit
    keeps the state as `placed_victims`, whose sector is the victims' (act_side_entities.sided)."""
    placed = r.hit.type in ATTACK_TYPES or r.hit.mode in PLACED_MODES.get(r.hit.type, ())
    if r.recipients or not placed or r.hit.type in MUTUAL or not r.actors:
        return
    span, sector = victims_span(r)
    if span is None and not sector:
        return
    lo, hi = (r.sent.start + span[0], r.sent.start + span[1]) if span else (0, 0)
    if any(lo <= i.span.start < hi and i.codes for i in r.items):
        return  # 'five Russian deserters': the victims' own words name their state
    towns = [p for p in r.article.places if p.country and p.country not in IGO_CODES and p.precision in LOCAL_PRECISIONS]
    named = [p for p in towns if lo <= p.span.start < hi]
    if not named:
        left, right = r.lang.clause(r.text, r.tokens, r.hit.start, r.hit.end)
        named = [p for p in towns if r.sent.start + left <= p.span.start < r.sent.start + right
                 and p.span.data.get("locative")]
    if not named:
        return
    pos = r.sent.start + r.hit.start
    nearest = min(named, key=lambda p: abs(p.span.start - pos)).country
    if nearest in r.actors:
        return
    r.recipients = [nearest]
    r.receiving_sector = r.receiving_sector or sector
    r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "placed_victims": (nearest,)})


def victims_span(r: SideReading) -> tuple[tuple[int, int] | None, str | None]:
    """The harmed people's span in the sentence (None where the language marked none) and their sector: the marked
    victims or object, else a passive's subject (its first target span, where marked) with the agent it names."""
    data = r.hit.data
    span = data.get("victims") or data.get("domestic_target")
    if span:
        return span, data.get("domestic_sector")
    if data.get("passive") and data.get("people_subject") and ("by" in data or "agent_span" in data):
        return (data.get("target_spans") or (None,))[0], data["people_subject"]
    return None, None
