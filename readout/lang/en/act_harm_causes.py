"""(koactors68) Harm told first, its violent cause after it: 'Five people were killed in a bomb attack in X', 'Three
civilians died in an air strike', and a device told as going off with its harm after a comma: 'A car bomb went off in
X, killing three'.

An ASSAULT nominal of violence (a bomb attack, an air strike, a shooting ...) after 'in' (and its determiners and
modifiers, at most `CAUSE_REACH` words) right after a word of harm (`harm_forms`: killed, wounded, died ...) is the
attack that did the harm: its victims are the harm's subject (`victims`, and its `domestic_target`), so the pipeline's
attackers_of_victims keeps a named attacker and else gives the attack to the place's state, as Korean '폭탄 테러로 5명이
숨졌다' (lang/ko/act_harm_causes). An explosive device's nominal (a car bomb) followed by a verb of going off
(`going_off_verbs`: went off, exploded) and a participle of harm after a comma (', killing three') is one attack by no
side named, as lang/en/act_doerless_explosions reads 'A bomb exploded ...': the participle's object is its victims and
its own hit goes. Not a fight both sides wage ('killed in an exchange of fire': tests/pipeline/test_reciprocal_fights),
nor an accident ('a gas explosion', 'a car crash': no ASSAULT nominal), nor a cause with no harm.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_targets import reciprocal_noun
from readout.lang.en.agents import sector_of as agent_sector
from readout.sectors import HARMED_SECTORS

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

CAUSE_REACH = 4  # words from 'in' to the cause's head ('in a suspected suicide bomb attack')
PARTICIPLE_REACH = 8  # words from the going off to its participle of harm (', in Kabul on Monday, killing')
IN = "in"
COMMA = ","
SECTOR = "CVL"
BLAST_MODE = "explosives"


def harm_causes(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The ASSAULT nominals that caused a harm told before them, and the devices gone off with a harm after them, each
    with its victims marked; the participle of harm after a device gone off is no second hit."""
    out, dropped = list(hits), set()
    for n, h in enumerate(hits):
        if h.type != "ASSAULT" or not h.nominal or h.data.get("victims") or reciprocal_noun(toks, h):
            continue  # 'killed in an exchange of fire': a fight both sides wage, no one-sided attack
        victims = harmed_before(toks, h, cues)
        if victims is None:
            harm = gone_off_harm(toks, h, hits[n + 1:], cues)
            if harm is None:
                continue
            victims = harm.data.get("domestic_target") or participle_object(toks, harm.data["end_token"])
            dropped.add(id(harm))
        out[n] = replace(h, data={**h.data, "victims": victims, "domestic_target": victims, "domestic_sector": harmed_sector(toks, victims)})
    return [device_harm(toks, h, cues) for h in out if id(h) not in dropped]


def harmed_sector(toks: list[Token], span: tuple[int, int]) -> str:
    """(victims47) The sector of the harmed: the agent table's for the first people noun of their span ('two soldiers'
    MIL, 'four police officers' COP, 'three journalists' JRN), else civilians ('five people', 'residents')."""
    inside = [t for t in toks if span[0] <= t.start and t.end <= span[1] and t.word]
    for k, t in enumerate(inside):
        for phrase in (f"{t.low} {inside[k + 1].low}" if k + 1 < len(inside) else None, t.low):
            sector = phrase and agent_sector(phrase)
            if sector in HARMED_SECTORS:
                return sector
    return SECTOR


def device_harm(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """'A bomb went off in X, [killing] two soldiers': a device the lexicon has no nominal for, gone off before the
    participle of harm, makes the participle the attack, its object the victims (the device acts for no side)."""
    k = hit.data["token"]
    if hit.type != "ASSAULT" or hit.nominal or hit.data.get("victims") or hit.lemma not in cues.harm_lemmas \
            or not toks[k].low.endswith("ing") or k < 1 or toks[k - 1].low != COMMA:
        return hit
    before = [t.low for t in toks[max(0, k - 1 - PARTICIPLE_REACH):k - 1]]
    gone = next((i for i in range(1, len(before)) if before[i - 1] in cues.explosive_devices
                 and any(tuple(before[i:i + len(p.split())]) == tuple(p.split()) for p in cues.going_off_verbs)), None)
    victims = hit.data.get("domestic_target") or participle_object(toks, hit.data["end_token"])
    if gone is None or victims is None:
        return hit
    return replace(hit, mode=hit.mode or BLAST_MODE,
                   data={**hit.data, "victims": victims, "domestic_target": victims, "domestic_sector": harmed_sector(toks, victims)})


def harmed_before(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the harmed subject of 'X were killed in [a bomb attack]', or None."""
    k = hit.data["token"]
    at = next((i for i in range(k - 1, max(-1, k - 1 - CAUSE_REACH), -1) if toks[i].low == IN), None)
    if at is None or at < 2 or not all(t.word for t in toks[at:k]) or toks[at - 1].low not in cues.harm_forms:
        return None
    last = at - 2
    while last >= 0 and (toks[last].low in cues.be or toks[last].low.endswith("ly")):
        last -= 1  # 'were reportedly killed'
    first = last
    while first > 0 and toks[first - 1].word and toks[first - 1].low not in cues.harm_forms \
            and toks[first - 1].low not in cues.reporting and toks[first - 1].low != "that":
        first -= 1  # 'Officials said [three civilians] were killed': the reporter is no victim
    if last < 0 or first > last:
        return None
    return toks[first].start, toks[last].end


def gone_off_harm(toks: list[Token], hit: ActHit, later: list[ActHit], cues: Cues) -> ActHit | None:
    """The participle of harm after 'A [car bomb] went off ...,' (a device's nominal, a verb of going off right after
    it), or None."""
    end = hit.data["end_token"]
    if toks[hit.data.get("head_end", end)].low not in cues.explosive_devices:
        return None
    after = tuple(t.low for t in toks[end + 1:end + 3])
    if not any(after[:len(p)] == p for p in (tuple(p.split()) for p in cues.going_off_verbs)):
        return None
    for other in later:
        k = other.data["token"]
        if k - end > PARTICIPLE_REACH:
            return None
        if other.type == "ASSAULT" and other.lemma in cues.harm_lemmas and toks[k].low.endswith("ing") \
                and toks[k - 1].low == COMMA and not other.nominal \
                and (other.data.get("domestic_target") or participle_object(toks, other.data["end_token"])):
            return other
    return None


def participle_object(toks: list[Token], end: int) -> tuple[int, int] | None:
    """The words right after the participle up to the next punctuation (', killing [three]'), or None."""
    last = end
    while last + 1 < len(toks) and toks[last + 1].word:
        last += 1
    return (toks[end + 1].start, toks[last].end) if last > end else None
