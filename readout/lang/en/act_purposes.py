"""What the words around an English act make of it: its purpose, and a hedge that governs it.

- Forces sent "to help" another side are that side's military aid. The walk reads "sent two frigates" as a move of
  forces (MOBILIZE) from the verb and its object; the purpose infinitive after the object, outside the object window,
  says whom the move serves. The PLOVER manual counts "military and police assistance including arms and personnel"
  as AID (mode military), aimed at the one helped, so the reading changes only when the purpose names a party.
- Forces sent "to bomb X" report the bombing done: the strike is the act, the sending its means (no aid to X).
- "Did not rule out imposing sanctions on X": a hostile act that a negated refusal to consider it governs is held
  out as possible, which is a threat (THREATEN, its mode from what it threatens), not a rejection and not the act.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

HELPED_WORDS = 6  # words of the helped party's phrase after the verb of help ("the Malian army")


def assisting_forces(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Rwanda sent troops to help Mozambique", "dispatched two frigates to assist the Greek navy": a move of forces
    with an object, right after which "to" and a verb of help (`assist_verbs`) name a party (a capitalized word,
    after a determiner at most), is AID military to that party (`target_spans`: the helped phrase)."""
    out = []
    for h in hits:
        span = helped_span(toks, h, cues) if h.type == "MOBILIZE" and "object_token" in h.data else None
        if span is not None:
            h = replace(h, type="AID", mode="military", target=("to",),
                        data={**h.data, "stated_type": "MOBILIZE", "target_spans": (span,)})
        out.append(h)
    return out


def helped_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the party after "to help" that follows the act's object phrase, or None."""
    j = hit.data.get("end_token", hit.data["token"]) + 1
    while j < len(toks) and toks[j].word and toks[j].low not in cues.infinitive and j <= hit.data["end_token"] + 3:
        j += 1  # the rest of the object phrase ("two frigates of its navy")
    if j + 2 >= len(toks) or toks[j].low not in cues.infinitive or toks[j + 1].low not in cues.assist_verbs:
        return None
    start = j + 2 + (toks[j + 2].low in cues.determiners)
    if start >= len(toks) or not toks[start].raw[:1].isupper():
        return None
    end = start
    while end + 1 < len(toks) and end + 1 - start < HELPED_WORDS and toks[end + 1].word \
            and (toks[end + 1].raw[:1].isupper() or toks[end + 1].low in ("army", "forces", "government", "navy")):
        end += 1
    return toks[start].start, toks[end].end


SENT_FORCES = frozenset({"AID", "MOBILIZE"})  # forces or arms sent (CAMEO's 'send &aircraft' reads as military aid)
STRIKE = "ASSAULT"


def forces_sent_to_strike(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Kenya sent warplanes to bomb Somali positions", "dispatched drones to strike X": a sending of forces or arms
    that happened, whose object is followed right away by a purpose infinitive of force, reports the strike itself
    (clash49): the infinitive's ASSAULT is done as the sending is (its status, not a plan), and the sending is its
    means, no aid to the side struck (the AID reading is dropped; a deployment, MOBILIZE, stays as told)."""
    out, dropped = list(hits), set()
    for n, h in enumerate(hits):
        if h.type not in SENT_FORCES or h.negated or h.status != "occurred" or "object_token" not in h.data:
            continue
        j = h.data.get("end_token", h.data["token"]) + 1
        strike = next((k for k, g in enumerate(hits) if g.type == STRIKE and not g.negated
                       and g.data.get("modality") == "infinitive" and g.data["token"] == j + 1), None)
        if j >= len(toks) or toks[j].low not in cues.infinitive or strike is None:
            continue
        data = {k: v for k, v in hits[strike].data.items() if k != "modality"}
        mode = hits[strike].mode or sent_weapon_mode(toks, h, cues)  # force58: 'sent jets to bomb X': aerial
        out[strike] = replace(hits[strike], status=h.status, mode=mode, data=data)
        if h.type == "AID":
            dropped.add(n)
    return [h for n, h in enumerate(out) if n not in dropped]


def sent_weapon_mode(toks: list[Token], sending: ActHit, cues: Cues) -> str | None:
    """(force58) The PLOVER mode of the weapon the sending names as its object ('sent fighter jets', 'dispatched
    drones': aerial, drone), which the strike it was sent for is done with; None when it names none."""
    words = toks[sending.data["object_token"]:sending.data.get("end_token", sending.data["token"]) + 1]
    return next((cues.assault_instruments[w.low] for w in words if w.low in cues.assault_instruments), None)


# a threat already; a move of forces 'to X' names a destination, no target
UNHEDGED = frozenset({"THREATEN", "MOBILIZE"})
HEDGE_REACH = 3  # words from "rule out" to the act it governs ("did not rule out further military action")


def hedged_acts(hits: list[ActHit], cues: Cues, reach: int) -> Iterator[tuple[ActHit, int]]:
    """Each negated hedge ('did not rule out', 'would not exclude': a REJECT of `hedge_lemmas`) with the index of the
    act it keeps open: the first hit after it, unnegated, within `reach` words. One reader for what the hedge
    governs; what an open act of each kind means is its caller's (force: `hedged_threats`; arming a third side:
    act_threats.hedged_arming)."""
    for n, h in enumerate(hits):
        if h.type != "REJECT" or not h.negated or h.lemma not in cues.hedge_lemmas:
            continue
        end = h.data.get("end_token", h.data["token"])
        nxt = next((k for k in range(n + 1, len(hits)) if hits[k].data["token"] > end), None)
        if nxt is not None and hits[nxt].data["token"] - end <= reach and not hits[nxt].negated:
            yield h, nxt


def hedged_threats(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Japan did not rule out imposing sanctions on China", "would not exclude military action": a negated hedge
    (`hedge_lemmas`) governing a hostile act (one `pledge_threat_modes` names) within reach is a threat by the
    hedge's subject; the governed act becomes that THREATEN (it keeps its object and target, `threatened` its type),
    stated when the hedge is."""
    out = list(hits)
    for h, nxt in hedged_acts(hits, cues, HEDGE_REACH):
        if hits[nxt].type not in cues.pledge_threat_modes or hits[nxt].type in UNHEDGED:
            continue
        act = hits[nxt]
        data = {k: v for k, v in act.data.items() if k != "modality"}
        out[nxt] = replace(act, type="THREATEN", mode=threat_mode_of(act, cues), status=h.status,
                           data={**data, "threatened": act.type, "stated_type": act.type})
    return out  # the negated hedge stays a negated act (no event of its own)
